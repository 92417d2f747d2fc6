/**
 * What makes Excel offer to "repair" a workbook's tables: duplicate table
 * names, header cells that differ from the table's column names, an
 * autofilter that does not match the table, tables that overlap. Returns one
 * line per problem so a failing test says what is wrong.
 */
import type ExcelJS from 'exceljs';
import { parseBox, tableModels, type CellBox } from '../../../src/xlsx/tables';

const overlaps = (a: CellBox, b: CellBox) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export function tableProblems(workbook: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const sheet of workbook.worksheets) {
    const boxes: CellBox[] = [];
    for (const table of tableModels(sheet)) {
      const key = table.name.toLowerCase();
      if (names.has(key)) problems.push(`${table.name}: name used twice`);
      names.add(key);
      const box = parseBox(table.tableRef);
      if (!box) {
        problems.push(`${table.name}: unreadable ref ${table.tableRef}`);
        continue;
      }
      if (table.autoFilterRef !== undefined && table.autoFilterRef !== table.tableRef) {
        problems.push(`${table.name}: autofilter ${table.autoFilterRef} ≠ ${table.tableRef}`);
      }
      table.columns.forEach((column, index) => {
        const header = sheet.getCell(box.top + 1, box.left + index + 1).value;
        if (header !== column.name) {
          problems.push(`${table.name}: header ${String(header)} ≠ column ${column.name}`);
        }
      });
      if (table.columns.length !== box.right - box.left + 1) {
        problems.push(
          `${table.name}: ${table.columns.length} columns in a ${table.tableRef} table`,
        );
      }
      if (boxes.some((other) => overlaps(other, box)))
        problems.push(`${table.name}: overlaps a table`);
      boxes.push(box);
    }
  }
  return problems;
}
