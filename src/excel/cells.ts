/**
 * How a plan cell goes into Excel. Text is always written into a text-format
 * ('@') cell: otherwise Excel turns `=…`, `+…`, `-…`, `@…` into formulas and
 * `85%`, `1/2` or `2023-07-05` into numbers and dates. A day is written as the
 * serial the workbook's date system stores for it.
 */
import {
  dateTimeSerial,
  fitCellText,
  storedSerial,
  TEXT_FORMAT,
  type DateSystem,
  type PlanCell,
} from '../core';
import type { CellWrite, Range } from './context';

export { TEXT_FORMAT };
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const GENERAL = 'General';

export interface CellPut {
  /** Null for a formula cell: written separately through `formulas`. */
  readonly value: CellWrite | null;
  readonly numberFormat: string;
  readonly formula?: string;
}

const looksLikeDateFormat = (format: string): boolean =>
  /[yd]/i.test(format) && format !== TEXT_FORMAT;

export function cellPut(cell: PlanCell, columnFormat: string, dateSystem: DateSystem): CellPut {
  const nonText = columnFormat === TEXT_FORMAT ? GENERAL : columnFormat;
  switch (cell.kind) {
    case 'empty':
      return { value: '', numberFormat: columnFormat };
    case 'text':
      return { value: fitCellText(cell.text), numberFormat: TEXT_FORMAT };
    case 'number':
      return { value: cell.value, numberFormat: nonText };
    case 'date':
      return {
        value: storedSerial(dateTimeSerial(cell.day, cell.minutes), dateSystem),
        numberFormat: looksLikeDateFormat(columnFormat)
          ? columnFormat
          : cell.minutes === undefined
            ? DATE_FORMAT
            : DATE_TIME_FORMAT,
      };
    case 'formula':
      return { value: null, numberFormat: nonText, formula: cell.formula };
  }
}

/**
 * Queues a block of cells at `range` (same shape): number formats first, so
 * that values land in cells that already have the right format, then values,
 * then any formulas one cell at a time (null in `values` leaves a cell alone).
 */
export function queueCells(range: Range, puts: readonly (readonly CellPut[])[]): void {
  range.numberFormat = puts.map((line) => line.map((put) => put.numberFormat));
  range.values = puts.map((line) => line.map((put) => put.value));
  puts.forEach((line, r) =>
    line.forEach((put, c) => {
      if (put.formula !== undefined) range.getCell(r, c).formulas = [[put.formula]];
    }),
  );
}
