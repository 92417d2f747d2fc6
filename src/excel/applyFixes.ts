/**
 * SPEC §13 Fix in Excel, the write step: the changes the use case kept
 * (`src/app/fix.ts`) and their Fix Log rows, queued for one write sync.
 */
import type { FixChange, FixLogPlan } from '../core/fix';
import { TEXT_FORMAT } from './cells';
import type { ExcelContext, Worksheet } from './context';

function queueChange(context: ExcelContext, change: FixChange): void {
  const range = context.workbook.worksheets.getItem(change.sheet).getRange(change.cell);
  const { after } = change;
  if (after.kind === 'day') {
    range.numberFormat = [[after.numberFormat]];
    range.values = [[after.serial]];
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

/** Queues the changes and their log, then writes them in one sync. */
export async function writeFixes(
  context: ExcelContext,
  changes: readonly FixChange[],
  log: FixLogPlan,
): Promise<void> {
  for (const change of changes) queueChange(context, change);
  queueLog(context, log);
  await context.sync();
}
