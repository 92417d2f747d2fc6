/**
 * Turns ExcelJS worksheets into the core's `Grid`: the same raw values the
 * Office.js gateway hands the core (numbers, strings, booleans, date serials,
 * error texts), so one engine reads both and parses dates itself.
 */
import type ExcelJS from 'exceljs';
import type { Grid } from '../core';
import { isOurTableName, sheetTables } from './tables';

const MS_PER_DAY = 86_400_000;
/** Same cap as the Excel gateway: a tracker is a few dozen columns wide. */
const MAX_COLUMNS = 256;
/** 1970-01-01 as an Excel 1900-system serial. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * ExcelJS turns date-formatted numbers into `Date`s at UTC midnight; turning
 * them back into serials gives the core what Excel itself stores, so no time
 * zone can shift the calendar day.
 */
function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** One ExcelJS cell value as the plain value Office.js `values` would report. */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateToSerial(value);
  if (!isObject(value)) return value;
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isObject(run) ? String(run.text ?? '') : ''))
      .join('');
  }
  if (typeof value.error === 'string') return value.error;
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result);
  if ('hyperlink' in value) return plainValue(value.text);
  if ('text' in value) return plainValue(value.text);
  return '';
}

function isBlank(value: unknown): boolean {
  return value === '' || (typeof value === 'string' && value.trim() === '');
}

interface UsedValues {
  /** Zero-based sheet row → column → value. */
  readonly values: ReadonlyMap<number, ReadonlyMap<number, unknown>>;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Cells holding a value; merged areas keep it in their top-left cell only, as in Excel. */
function usedValues(worksheet: ExcelJS.Worksheet): UsedValues | null {
  const values = new Map<number, Map<number, unknown>>();
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainValue(cell.value);
      if (isBlank(value)) return;
      let rowValues = values.get(rowNumber - 1);
      if (!rowValues) values.set(rowNumber - 1, (rowValues = new Map()));
      rowValues.set(columnNumber - 1, value);
      top = Math.min(top, rowNumber - 1);
      bottom = Math.max(bottom, rowNumber - 1);
      left = Math.min(left, columnNumber - 1);
      right = Math.max(right, columnNumber - 1);
    });
  });
  return bottom < 0 ? null : { values, top, bottom, left, right };
}

function denseCells({ values, top, bottom, left, right }: UsedValues): (readonly unknown[])[] {
  // A stray value far to the right must not make every row thousands of cells wide.
  const last = Math.min(right, left + MAX_COLUMNS - 1);
  const width = last - left + 1;
  // Empty rows (a stray value far below the data) share one row instead of each allocating one.
  const emptyRow: readonly unknown[] = Object.freeze(new Array(width).fill(''));
  const cells: (readonly unknown[])[] = [];
  for (let row = top; row <= bottom; row += 1) {
    const rowValues = values.get(row);
    if (!rowValues) {
      cells.push(emptyRow);
      continue;
    }
    const line: unknown[] = new Array(width).fill('');
    rowValues.forEach((value, column) => {
      if (column <= last) line[column - left] = value;
    });
    cells.push(line);
  }
  return cells;
}

/**
 * The used range of one worksheet with `origin` set, so a merged title row
 * reads as one title and the core finds the header below it.
 */
export function readGrid(worksheet: ExcelJS.Worksheet): Grid {
  const used = usedValues(worksheet);
  const grid: Grid = used
    ? {
        sheetName: worksheet.name,
        cells: denseCells(used),
        origin: { row: used.top, column: used.left },
      }
    : { sheetName: worksheet.name, cells: [], origin: { row: 0, column: 0 } };
  const ourTable = sheetTables(worksheet).find((table) => isOurTableName(table.name));
  return ourTable ? { ...grid, tableName: ourTable.name } : grid;
}

/** Every worksheet of the workbook, in tab order. */
export function readGrids(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(readGrid);
}
