/**
 * SPEC §13 Fix: the preview lists every change Fix would make now; applying
 * makes exactly the previewed changes whose cell still holds what the preview
 * showed (a cell edited since is left alone and counted), and logs each one.
 */
import { recogniseGrid, type Locale } from '../core';
import { afterText, planFixes, planFixLog, type FixChange } from '../core/fix';
import type { FixOutcome } from './api';
import { NothingRecognised } from './options';
import type { WorkbookPort, WorkbookSession, WorkbookSnapshot } from './port';
import { fixStamp } from './stamps';

export interface PreviewRequest {
  /** Refuse (`NothingRecognised`) a workbook in which no sheet is recognised. */
  readonly requireRecognised?: boolean;
}

function plannedFixes(snapshot: WorkbookSnapshot, request: PreviewRequest): FixChange[] {
  const { grids } = snapshot;
  if (request.requireRecognised && !grids.some((grid) => recogniseGrid(grid) !== null))
    throw new NothingRecognised();
  return planFixes(grids);
}

export function previewFixes(
  port: WorkbookPort,
  request: PreviewRequest = {},
): Promise<FixChange[]> {
  return port.session(async (session) => plannedFixes(await session.read(), request));
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

/** Writes `changes` and their log; the log sheet's name, or null when there is nothing to write. */
async function writeChanges(
  session: WorkbookSession,
  snapshot: WorkbookSnapshot,
  changes: readonly FixChange[],
  request: Omit<ApplyFixesRequest, 'changes'>,
): Promise<string | null> {
  if (changes.length === 0) return null;
  const log = planFixLog(
    snapshot.grids,
    snapshot.sheetNames,
    changes,
    fixStamp(request.now),
    request.locale,
  );
  await session.writeFixes(changes, log);
  return log.sheetName;
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
    const logSheet = await writeChanges(session, snapshot, changes, request);
    return { applied: changes.length, skipped, logSheet };
  });
}

export type FixNowRequest = PreviewRequest & Omit<ApplyFixesRequest, 'changes'>;

/**
 * Plans and makes every fix in one session, the workbook read once (the CLI's
 * `fix --write`: nobody can edit a file between its preview and its write).
 */
export function fixNow(
  port: WorkbookPort,
  request: FixNowRequest,
): Promise<{ readonly changes: FixChange[]; readonly logSheet: string | null }> {
  return port.session(async (session) => {
    const snapshot = await session.read();
    const changes = plannedFixes(snapshot, request);
    return { changes, logSheet: await writeChanges(session, snapshot, changes, request) };
  });
}
