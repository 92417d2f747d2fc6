/**
 * A sync is not a transaction: when one fails, the operations queued before
 * the failing one stay applied. A write batch therefore records what it
 * creates (new sheets, a new table row) and, if its sync fails, takes exactly
 * that back before the error leaves, so that running the batch again starts
 * from the workbook as it was: no half-built sheet beside `任务跟踪表 (2)`, no
 * blank review row, no workbook name left pointing at a deleted sheet
 * (`#REF!`, which the retry would then keep as taken). Nothing the user had is
 * ever deleted: only sheets and names that did not exist before the batch, and
 * only a row the batch added.
 */
import type { ExcelContext } from './context';
import { OpsError, toOpsError } from './errors';

export interface AddedRow {
  readonly tableName: string;
  /** Data-row index the row was added at. */
  readonly index: number;
  /** Data rows before the batch: more after a failure means the row is there. */
  readonly dataRowsBefore: number;
}

export interface WriteUndo {
  /** Sheets the batch adds (names free before it). */
  readonly addedSheets: readonly string[];
  /** Workbook names the batch adds (free before it). */
  readonly addedNames?: readonly string[];
  readonly addedRow?: AddedRow;
}

export const NOTHING_TO_UNDO: WriteUndo = { addedSheets: [] };

async function takeBack(context: ExcelContext, undo: WriteUndo): Promise<void> {
  const sheets = undo.addedSheets.map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name),
  );
  const names = (undo.addedNames ?? []).map((name) =>
    context.workbook.names.getItemOrNullObject(name),
  );
  const row = undo.addedRow;
  const table = row ? context.workbook.tables.getItemOrNullObject(row.tableName) : null;
  const body = table?.getDataBodyRange().load('rowCount');
  if (sheets.length === 0 && names.length === 0 && !table) return;
  await context.sync();
  let queued = false;
  for (const name of names) {
    if (name.isNullObject) continue;
    name.delete();
    queued = true;
  }
  for (const sheet of sheets) {
    if (sheet.isNullObject) continue;
    sheet.delete();
    queued = true;
  }
  if (row && table && body && !table.isNullObject && body.rowCount > row.dataRowsBefore) {
    table.rows.getItemAt(row.index).delete();
    queued = true;
  }
  if (queued) await context.sync();
}

/** The batch's write sync; on failure, what it created is removed before the error is thrown. */
export async function syncOrUndo(context: ExcelContext, undo: WriteUndo): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    try {
      await takeBack(context, undo);
    } catch {
      const failed = toOpsError(error);
      throw new OpsError(failed.code, { cause: error, retriable: false });
    }
    throw error;
  }
}
