/**
 * The Excel tables of a worksheet as plain data. ExcelJS types `getTables()`
 * wrongly and keeps a loaded table's extent in `tableRef` (a new one also has
 * `ref`, its top-left cell), so this file is the one place that knows that.
 */
import type ExcelJS from 'exceljs';
import { columnIndex } from '../core';

/** Zero-based, inclusive sheet coordinates of a rectangle. */
export interface CellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetTable {
  readonly name: string;
  /** Header row included. */
  readonly box: CellBox;
  readonly columnNames: readonly string[];
}

/** The mutable model ExcelJS writes back to the file. */
export interface TableModel {
  name: string;
  tableRef: string;
  ref?: string;
  autoFilterRef?: string;
  columns: { name: string }[];
}

export function tableModels(worksheet: ExcelJS.Worksheet): TableModel[] {
  const tables = worksheet.getTables() as unknown as { model: TableModel }[];
  return tables.map((table) => table.model);
}

/** `B3:L40` → zero-based box; a single cell gives a 1×1 box. */
export function parseBox(reference: string): CellBox | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(reference.trim());
  if (!match) return null;
  const [, leftLetters = '', topDigits = '', rightLetters, bottomDigits] = match;
  const left = columnIndex(leftLetters);
  const top = Number(topDigits) - 1;
  return {
    top,
    left,
    bottom: bottomDigits === undefined ? top : Number(bottomDigits) - 1,
    right: rightLetters === undefined ? left : columnIndex(rightLetters),
  };
}

export function sheetTables(worksheet: ExcelJS.Worksheet): SheetTable[] {
  return tableModels(worksheet).flatMap((model) => {
    const box = parseBox(model.tableRef ?? model.ref ?? '');
    return box ? [{ name: model.name, box, columnNames: model.columns.map((c) => c.name) }] : [];
  });
}

/** Every table name in the workbook: table names are unique across sheets in Excel. */
export function workbookTableNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((sheet) => tableModels(sheet).map((model) => model.name));
}
