/**
 * SPEC §13: every applied change is appended to the `修正记录 / Fix Log`
 * sheet (time, sheet, cell, before, after), so nothing is lost even though
 * Excel's undo does not reach add-in edits. An existing log (in either
 * language) is appended to; otherwise a new sheet is made under a free name.
 */
import type { Locale } from '../i18n';
import { LOCALES } from '../i18n';
import type { Grid } from '../model';
import { uniqueSheetName } from '../names';
import { matchKey } from '../text/normalise';
import { cellText } from '../values/cell';
import { afterText, type FixChange } from './model';
import { fixText } from './messages';

export interface FixLogPlan {
  readonly sheetName: string;
  /** False when the log sheet must be created (with the header row first). */
  readonly exists: boolean;
  readonly header: readonly string[];
  /** Zero-based sheet row the first appended row goes to. */
  readonly firstRow: number;
  /** One row per change: time, sheet, cell, before, after — all text. */
  readonly rows: readonly (readonly string[])[];
}

export function logHeader(locale: Locale): string[] {
  return (['log.time', 'log.sheet.header', 'log.cell', 'log.before', 'log.after'] as const).map(
    (key) => fixText(locale, key),
  );
}

const LOG_HEADERS = new Set(LOCALES.map((locale) => logHeader(locale).map(matchKey).join('|')));

function isFixLog(grid: Grid): boolean {
  const first = grid.cells[0];
  if (!Array.isArray(first) || grid.origin.column !== 0) return false;
  return LOG_HEADERS.has(
    first
      .slice(0, 5)
      .map((value) => matchKey(cellText(value)))
      .join('|'),
  );
}

/**
 * Where and what to append for `changes`, made at `time` (`YYYY-MM-DD HH:mm:ss`,
 * the local clock). `sheetNames` are all the workbook's sheets, empty ones too.
 */
export function planFixLog(
  grids: readonly Grid[],
  sheetNames: readonly string[],
  changes: readonly FixChange[],
  time: string,
  locale: Locale,
): FixLogPlan {
  const rows = changes.map((change) => [
    time,
    change.sheet,
    change.cell,
    change.before,
    afterText(change.after),
  ]);
  const log = grids.find(isFixLog);
  if (log) {
    return {
      sheetName: log.sheetName,
      exists: true,
      header: logHeader(locale),
      firstRow: log.origin.row + log.cells.length,
      rows,
    };
  }
  return {
    sheetName: uniqueSheetName(fixText(locale, 'log.sheet'), sheetNames),
    exists: false,
    header: logHeader(locale),
    firstRow: 1,
    rows,
  };
}
