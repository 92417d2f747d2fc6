/**
 * SPEC §13 Fix: the preview lists every change Fix would make now; applying
 * makes exactly the previewed changes whose cell still holds what the preview
 * showed (a cell edited since is left alone and counted), and logs each one.
 */
import { recogniseGrid, type Locale } from '../core';
import { afterText, planFixes, planFixLog, type FixChange } from '../core/fix';
import type { FixOutcome } from './api';
import { NothingRecognised } from './options';
import type { WorkbookPort } from './port';
import { fixStamp } from './stamps';

export interface PreviewRequest {
  /** Refuse (`NothingRecognised`) a workbook in which no sheet is recognised. */
  readonly requireRecognised?: boolean;
}

export function previewFixes(
  port: WorkbookPort,
  request: PreviewRequest = {},
): Promise<FixChange[]> {
  return port.session(async (session) => {
    const { grids } = await session.read();
    if (request.requireRecognised && !grids.some((grid) => recogniseGrid(grid) !== null))
      throw new NothingRecognised();
    return planFixes(grids);
  });
}

export interface ApplyFixesRequest {
  readonly changes: readonly FixChange[];
  /** The log sheet's language. */
  readonly locale: Locale;
  /** When the changes are made (each log entry's time). */
  readonly now: Date;
}

const placeOf = (change: FixChange): string => `${change.sheet}!${change.cell}`;

function samePlan(a: FixChange, b: FixChange): boolean {
  return a.before === b.before && afterText(a.after) === afterText(b.after);
}

export function applyFixes(port: WorkbookPort, request: ApplyFixesRequest): Promise<FixOutcome> {
  return port.session(async (session) => {
    const snapshot = await session.read();
    const current = new Map(planFixes(snapshot.grids).map((change) => [placeOf(change), change]));
    const changes = request.changes.filter((change) => {
      const now = current.get(placeOf(change));
      return now !== undefined && samePlan(now, change);
    });
    const skipped = request.changes.length - changes.length;
    if (changes.length === 0) return { applied: 0, skipped, logSheet: null };
    const log = planFixLog(
      snapshot.grids,
      snapshot.sheetNames,
      changes,
      fixStamp(request.now),
      request.locale,
    );
    await session.writeFixes(changes, log);
    return { applied: changes.length, skipped, logSheet: log.sheetName };
  });
}
