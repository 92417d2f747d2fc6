/**
 * How Excel stores what `values` / `formulas` write into a cell: General
 * cells turn numeric, percent, date and boolean text into numbers and
 * booleans, and text starting with = + - @ into a formula; a cell formatted
 * as text ('@') keeps the text as typed. Null leaves the cell unchanged. A
 * date becomes the serial of the workbook's date system; a 1904 workbook has
 * no day before 1904-01-01, so an earlier one stays text.
 */
import type { FakeDateSystem, FakeSheet } from './state';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?\d+(\.\d+)?%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const FORMULA_START = /^[=+\-@]./s;

export function dateSerial(text: string, system: FakeDateSystem): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Each system is named after the first year it holds.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < system) return null;
  const epoch = system === 1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return Math.round((time - epoch) / 86400000);
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
  const serial = dateSerial(text, sheet.dateSystem);
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

export type TypedOutcome = 'accepted' | 'warned' | 'rejected';

function passes(rule: Excel.DataValidationRule, value: unknown, system: FakeDateSystem): boolean {
  if (rule.list) {
    const allowed = String(rule.list.source)
      .split(',')
      .map((item) => item.trim());
    return allowed.includes(String(value));
  }
  if (rule.date) {
    if (typeof value !== 'number') return false;
    const bound = dateSerial(String(rule.date.formula1), system);
    return bound === null || rule.date.operator !== 'GreaterThanOrEqualTo' || value >= bound;
  }
  return true;
}

/**
 * The user types `text` into a cell, as in Excel's grid: the text is stored
 * as a typed entry is (General cells turn dates and numbers into values), then
 * the cell's data validation judges it. A Stop alert (Excel's default style)
 * refuses an invalid entry and the cell keeps what it had; Warning and
 * Information alerts tell the user and keep the entry.
 */
export function typeIntoCell(
  sheet: FakeSheet,
  row: number,
  column: number,
  text: string,
): TypedOutcome {
  const before = { ...sheet.cellAt(row, column) };
  writeCell(sheet, row, column, text);
  const value = sheet.cellAt(row, column).value;
  const validation = sheet.validations.find(
    (v) =>
      row >= v.rect.row &&
      row < v.rect.row + v.rect.rowCount &&
      column >= v.rect.column &&
      column < v.rect.column + v.rect.columnCount,
  );
  if (!validation || text === '' || passes(validation.rule, value, sheet.dateSystem))
    return 'accepted';
  const alert = validation.errorAlert;
  if (alert?.showAlert === false) return 'accepted';
  if ((alert?.style ?? 'Stop') !== 'Stop') return 'warned';
  const cell = sheet.mutable(row, column);
  cell.value = before.value;
  if (before.formula === undefined) delete cell.formula;
  else cell.formula = before.formula;
  return 'rejected';
}
