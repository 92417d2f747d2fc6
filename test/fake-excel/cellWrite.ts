/**
 * How Excel stores what `values` / `formulas` write into a cell: General
 * cells turn numeric, percent, date and boolean text into numbers and
 * booleans, and text starting with = + - @ into a formula; a cell formatted
 * as text ('@') keeps the text as typed. Null leaves the cell unchanged.
 */
import type { FakeSheet } from './state';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?\d+(\.\d+)?%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const FORMULA_START = /^[=+\-@]./s;

function dateSerial(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

export function writeCell(sheet: FakeSheet, row: number, column: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const cell = sheet.mutable(row, column);
  delete cell.formula;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text === '' || cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  if (NUMBER.test(text)) {
    cell.value = Number(text);
    return;
  }
  if (PERCENT.test(text)) {
    cell.value = Number(text.slice(0, -1)) / 100;
    cell.numberFormat ??= text.includes('.') ? '0.0%' : '0%';
    return;
  }
  const serial = dateSerial(text);
  if (serial !== null) {
    cell.value = serial;
    cell.numberFormat ??= 'yyyy/m/d';
    return;
  }
  if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === 'true';
    return;
  }
  if (FORMULA_START.test(text)) {
    // The fake does not calculate: a formula's value stays empty.
    cell.formula = text.startsWith('=') ? text : `=${text}`;
    cell.value = '';
    return;
  }
  cell.value = text;
}
