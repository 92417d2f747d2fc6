/**
 * Inserting templates as one batch: one read sync for the names in use
 * (sheets, tables and defined names: a table's name must repeat neither),
 * then every template in one write sync, taken back if it fails partway so a
 * retry starts from the workbook as it was.
 */
import { STATUTORY_CALENDAR } from '../calendarData/statutory';
import {
  localDay,
  planTemplate,
  uniqueSheetName,
  uniqueTableName,
  type Locale,
  type TemplateKind,
} from '../core';
import type { InsertedSheet } from './api';
import { queueSheetPlan } from './applySheetPlan';
import type { ExcelContext } from './context';
import { OpsError } from './errors';
import { syncOrUndo } from './undo';

export async function insertTemplateSheets(
  context: ExcelContext,
  kinds: readonly TemplateKind[],
  locale: Locale,
): Promise<InsertedSheet[]> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  names.load('items/name');
  const structure = context.workbook.protection.load('protected');
  await context.sync();
  if (structure.protected) throw new OpsError('workbookProtected');
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  // Table names and defined names share one namespace in Excel.
  const takenNames = [
    ...tables.items.map((table) => table.name),
    ...names.items.map((name) => name.name),
  ];
  const inserted = kinds.map((kind) => {
    const plan = planTemplate(kind, locale, undefined, {
      today: localDay(new Date()),
      statutory: STATUTORY_CALENDAR,
    });
    const sheetName = uniqueSheetName(plan.sheetName, sheetNames);
    const tableName = uniqueTableName(plan.tableName, takenNames);
    sheetNames.push(sheetName);
    takenNames.push(tableName);
    return {
      kind,
      sheetName,
      tableName,
      placed: queueSheetPlan(context, plan, { sheetName, tableName }, locale, takenNames),
    };
  });
  // The first new sheet is the one to look at after inserting several.
  inserted[0]?.placed.sheet.activate();
  await syncOrUndo(context, { addedSheets: inserted.map((sheet) => sheet.sheetName) });
  return inserted.map(({ kind, sheetName, tableName }) => ({ kind, sheetName, tableName }));
}
