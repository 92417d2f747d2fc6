/**
 * Inserting templates as one batch: one read sync for the names in use
 * (sheets, tables and defined names: a table's name must repeat neither) and
 * the workbook's date system, then every planned sheet in one write sync,
 * taken back if it fails partway so a retry starts from the workbook as it was.
 */
import type { DateSystem, Locale } from '../core';
import type { NamedSheetPlan, WorkbookNames } from '../app/port';
import { queueSheetPlan, type SheetWriteSupport } from './applySheetPlan';
import type { ExcelContext } from './context';
import { queueDateSystem } from './dateSystem';
import { OpsError } from './errors';
import { syncOrUndo } from './undo';

export interface InsertNames extends WorkbookNames {
  /** Workbook structure protection: no sheet can be added. */
  readonly structureProtected: boolean;
  /** How the workbook counts days: the serials the new sheets' dates take. */
  readonly dateSystem: DateSystem;
}

export async function readInsertNames(context: ExcelContext): Promise<InsertNames> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  names.load('items/name');
  const structure = context.workbook.protection.load('protected');
  const readDateSystem = queueDateSystem(context);
  await context.sync();
  return {
    sheetNames: worksheets.items.map((sheet) => sheet.name),
    // Table names and defined names share one namespace in Excel.
    takenNames: [...tables.items.map((table) => table.name), ...names.items.map((n) => n.name)],
    structureProtected: structure.protected,
    dateSystem: readDateSystem(),
  };
}

export async function insertPlannedSheets(
  context: ExcelContext,
  names: InsertNames,
  sheets: readonly NamedSheetPlan[],
  locale: Locale,
  support: SheetWriteSupport,
): Promise<void> {
  if (names.structureProtected) throw new OpsError('workbookProtected');
  const takenNames = [...names.takenNames, ...sheets.map((sheet) => sheet.tableName)];
  const placed = sheets.map(({ plan, sheetName, tableName }) =>
    queueSheetPlan(context, plan, { sheetName, tableName }, locale, takenNames, support),
  );
  // The first new sheet is the one to look at after inserting several.
  placed[0]?.sheet.activate();
  await syncOrUndo(context, {
    addedSheets: sheets.map((sheet) => sheet.sheetName),
    addedNames: placed.flatMap((sheet) => sheet.addedNames),
  });
}
