/**
 * SPEC §13 Fix: the preview lists every change Fix would make now; applying
 * makes exactly the previewed changes whose cell still holds what the preview
 * showed (a cell edited since is left alone and counted), and logs each one.
 */
import { recogniseGrid, type Locale } from '../core';
import { afterText, planFixes, planFixLog, type FixChange } from '../core/fix';
import type { FixOutcome } from './api';
import { workbookLanguage } from '../core/share/workbookLanguage';
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

/** The language a use case speaks: the workbook's own when asked for and it has one. */
export interface LanguageRequest {
  /** The language otherwise (the CLI's `--lang` or the system's). */
  readonly locale: Locale;
  /** Speak the workbook's language when it has one (the CLI without `--lang`). */
  readonly workbookLocale?: boolean;
}

const languageOf = (snapshot: WorkbookSnapshot, request: LanguageRequest): Locale =>
  (request.workbookLocale ? workbookLanguage(snapshot.grids) : null) ?? request.locale;

/** The CLI's `fix` without `--write`: the changes, and the language to list them in. */
export function previewFixesIn(
  port: WorkbookPort,
  request: PreviewRequest & LanguageRequest,
): Promise<{ readonly changes: FixChange[]; readonly locale: Locale }> {
  return port.session(async (session) => {
    const snapshot = await session.read();
    return { changes: plannedFixes(snapshot, request), locale: languageOf(snapshot, request) };
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

export type FixNowRequest = PreviewRequest &
  Omit<ApplyFixesRequest, 'changes'> &
  Pick<LanguageRequest, 'workbookLocale'>;

/**
 * Plans and makes every fix in one session, the workbook read once (the CLI's
 * `fix --write`: nobody can edit a file between its preview and its write).
 */
export function fixNow(
  port: WorkbookPort,
  request: FixNowRequest,
): Promise<{
  readonly changes: FixChange[];
  readonly logSheet: string | null;
  /** The log's language, which the CLI then speaks. */
  readonly locale: Locale;
}> {
  return port.session(async (session) => {
    const snapshot = await session.read();
    const changes = plannedFixes(snapshot, request);
    const locale = languageOf(snapshot, request);
    const logSheet = await writeChanges(session, snapshot, changes, { ...request, locale });
    return { changes, logSheet, locale };
  });
}
