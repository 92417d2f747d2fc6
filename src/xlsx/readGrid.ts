/**
 * Turns ExcelJS worksheets into the core's `Grid`: the same raw values the
 * Office.js gateway hands the core (numbers, strings, booleans, date serials,
 * error texts), so one engine reads both and parses dates itself.
 */
import type ExcelJS from 'exceljs';
import type { CellArea, Grid } from '../core';
import { GridBuilder } from './gridBuilder';
import { DAYS_1904, isOurTableName, isPercentFormatCode } from '../core';
import { sheetTables } from './tables';
import { isElapsedFormatCode } from '../core/values/dateFormat';
import { movesWith1904 } from '../core/read/dateSystem';

const MS_PER_DAY = 86_400_000;
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

/** Whether ExcelJS made a `Date` of the cell's number (its own or its formula's result). */
function isDateValue(value: unknown): boolean {
  return value instanceof Date || (isObject(value) && value.result instanceof Date);
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

/** Each merged area grows from its master cell to the covered cells ExcelJS reports. */
function growMerge(
  merges: Map<ExcelJS.Cell, CellArea>,
  master: ExcelJS.Cell,
  row: number,
  column: number,
): void {
  const top = Number(master.row) - 1;
  const left = Number(master.col) - 1;
  const area = merges.get(master) ?? { top, left, bottom: top, right: left };
  merges.set(master, {
    top,
    left,
    bottom: Math.max(area.bottom, row),
    right: Math.max(area.right, column),
  });
}

/**
 * The used range of one worksheet with `origin` set, and its merged areas. Merged areas keep their
 * value in the top-left cell only, as in Excel, so a merged title row reads
 * as one title and the core finds the header below it.
 */
export function readGrid(worksheet: ExcelJS.Worksheet): Grid {
  const builder = new GridBuilder();
  const merges = new Map<ExcelJS.Cell, CellArea>();
  const date1904 = worksheet.workbook.properties.date1904 === true;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) {
        growMerge(merges, cell.master, rowNumber - 1, columnNumber - 1);
        return;
      }
      let value = plainValue(cell.value);
      // ExcelJS moves every date-formatted number of a 1904 workbook; taken back for elapsed
      // time (a duration) and for a number `movesWith1904` leaves alone, as `dateCellSerial` does.
      if (
        date1904 &&
        typeof value === 'number' &&
        isDateValue(cell.value) &&
        (isElapsedFormatCode(cell.numFmt ?? '') || !movesWith1904(value - DAYS_1904))
      )
        value -= DAYS_1904;
      builder.add(rowNumber - 1, columnNumber - 1, value);
      if (typeof value === 'number' && isPercentFormatCode(cell.numFmt ?? ''))
        builder.percent(rowNumber - 1, columnNumber - 1);
    });
  });
  merges.forEach((area) => builder.merge(area));
  const ourTable = sheetTables(worksheet).find((table) => isOurTableName(table.name));
  return builder.build(worksheet.name, ourTable);
}

/** Every worksheet of the workbook, in tab order. */
export function readGrids(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(readGrid);
}
