/**
 * What the workbook holds already, for the gallery ("already in this
 * workbook") and Settings (the years its work calendar covers): sync 1 reads
 * the table names (and the workbook's date system, `dateSystem.ts`), sync 2
 * the work calendar tables' cells, which the core reads as Check does. Only
 * tables count: they are what a second insert would repeat.
 */
import {
  isTableOfKind,
  kindOfTableName,
  localDay,
  readWorkbook,
  recordsOf,
  type Grid,
  type TemplateKind,
} from '../core';
import type { WorkbookHoldings } from '../app/api';
import type { ExcelContext, Range } from './context';
import { queueDateSystem } from './dateSystem';

export async function describeWorkbook(
  context: ExcelContext,
  now: Date,
): Promise<WorkbookHoldings> {
  const { tables } = context.workbook;
  tables.load('items/name');
  const readDateSystem = queueDateSystem(context);
  await context.sync();
  const dateSystem = readDateSystem();
  const kinds = new Set<TemplateKind>();
  const calendars: { name: string; range: Range }[] = [];
  for (const table of tables.items) {
    const kind = kindOfTableName(table.name);
    if (kind !== null) kinds.add(kind);
    if (isTableOfKind(table.name, 'calendar')) {
      calendars.push({ name: table.name, range: table.getRange().load('values') });
    }
  }
  if (calendars.length === 0) return { kinds, calendarYears: [] };
  await context.sync();
  const grids: Grid[] = calendars.map(({ name, range }) => ({
    sheetName: name,
    cells: range.values,
    origin: { row: 0, column: 0 },
    tableName: name,
    ...(dateSystem === 1904 ? { dateSystem } : {}),
  }));
  // Which day it is or which language does not change which years the rows state.
  const reading = readWorkbook(grids, { today: localDay(now), locale: 'zh-CN' });
  const years = new Set<number>();
  for (const record of recordsOf(reading, 'calendar')) {
    if (record.day !== null && record.kind !== null) years.add(Number(record.day.slice(0, 4)));
  }
  return { kinds, calendarYears: [...years].sort((a, b) => a - b) };
}
