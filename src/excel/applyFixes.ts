/**
 * SPEC §13 Fix in Excel, the write step: the changes the use case kept
 * (`src/app/fix.ts`) and their Fix Log rows, queued for one write sync.
 */
import { storedSerial, type DateSystem } from '../core';
import type { FixChange, FixLogPlan } from '../core/fix';
import { isDateFormatCode } from '../core/values/dateFormat';
import { TEXT_FORMAT } from './cells';
import type { ExcelContext, Range, Worksheet } from './context';

/** A converted date's format by cell: its own when it shows a date, else its column's. */
type DateFormats = ReadonlyMap<FixChange, string>;

const columnKey = (change: FixChange) => `${change.sheet}\u0000${change.column}`;

/** Rows below a column's last change whose formats are read too: enough to see its date cells, bounded in size. */
const ROWS_PAST_LAST_CHANGE = 1000;

/**
 * SPEC §13: a text date becomes a date in its column's date format. One read
 * sync loads the number formats of each changed date column, from the top to
 * `ROWS_PAST_LAST_CHANGE` below its last change; a cell already showing a date keeps its format, else it takes
 * the one most of its column's cells show, else the template's. A kept time
 * takes the template's date-and-time format (a date-only one would hide it).
 */
async function readDateFormats(
  context: ExcelContext,
  changes: readonly FixChange[],
): Promise<DateFormats> {
  const days = changes.filter(
    (change) => change.after.kind === 'day' && change.after.minutes === undefined,
  );
  const columns = new Map<string, { change: FixChange; lastRow: number; range?: Range }>();
  for (const change of days) {
    const known = columns.get(columnKey(change));
    const lastRow = Math.max(known?.lastRow ?? 0, change.row);
    columns.set(columnKey(change), { change, lastRow });
  }
  if (columns.size === 0) return new Map();
  for (const entry of columns.values()) {
    const sheet = context.workbook.worksheets.getItem(entry.change.sheet);
    entry.range = sheet
      .getRangeByIndexes(0, entry.change.column, entry.lastRow + 1 + ROWS_PAST_LAST_CHANGE, 1)
      .load('numberFormat');
  }
  await context.sync();
  const formats = new Map<FixChange, string>();
  for (const change of days) {
    const column = (columns.get(columnKey(change))?.range?.numberFormat ?? []).map((line) =>
      String(line[0] ?? ''),
    );
    const own = column[change.row] ?? '';
    if (isDateFormatCode(own)) {
      formats.set(change, own);
      continue;
    }
    const counts = new Map<string, number>();
    column.forEach((format, row) => {
      if (row !== change.row && isDateFormatCode(format))
        counts.set(format, (counts.get(format) ?? 0) + 1);
    });
    const [commonest] = [...counts].sort((a, b) => b[1] - a[1]);
    if (commonest) formats.set(change, commonest[0]);
  }
  return formats;
}

function queueChange(
  context: ExcelContext,
  change: FixChange,
  formats: DateFormats,
  dateSystem: DateSystem,
): void {
  const range = context.workbook.worksheets.getItem(change.sheet).getRange(change.cell);
  const { after } = change;
  if (after.kind === 'day') {
    range.numberFormat = [[formats.get(change) ?? after.numberFormat]];
    // The core's serial counts in the 1900 system; the cell takes the one its workbook shows as that day.
    range.values = [[storedSerial(after.serial, dateSystem)]];
  } else {
    range.values = [[after.kind === 'text' ? after.text : '']];
  }
}

function queueLogRows(
  sheet: Worksheet,
  rows: readonly (readonly string[])[],
  firstRow: number,
): void {
  if (rows.length === 0) return;
  // Log cells are text, so a `before` such as `=SUM(A1)` is recorded, never run.
  const range = sheet.getRange(`A${firstRow + 1}`).getResizedRange(rows.length - 1, 4);
  range.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
  range.values = rows.map((row) => [...row]);
}

function queueLog(context: ExcelContext, log: FixLogPlan): void {
  const { worksheets } = context.workbook;
  if (log.exists) {
    queueLogRows(worksheets.getItem(log.sheetName), log.rows, log.firstRow);
    return;
  }
  const sheet = worksheets.add(log.sheetName);
  queueLogRows(sheet, [log.header, ...log.rows], 0);
  sheet.freezePanes.freezeRows(1);
}

/**
 * Reads the date columns' formats, then queues the changes and their log and
 * writes them in one sync; days as the workbook's `dateSystem` (read with the
 * cells the changes were planned from) stores them.
 */
export async function writeFixes(
  context: ExcelContext,
  changes: readonly FixChange[],
  log: FixLogPlan,
  dateSystem: DateSystem,
): Promise<void> {
  const formats = await readDateFormats(context, changes);
  for (const change of changes) queueChange(context, change, formats, dateSystem);
  queueLog(context, log);
  await context.sync();
}
