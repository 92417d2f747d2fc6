/**
 * One worksheet part's cells, scanned in document order into a `GridBuilder`.
 * What is read and how matches the loaded-workbook reader (`readGrid.ts`):
 * shared and inline strings as plain text, numbers, booleans, error values
 * as their text, formulas by their cached value, and date-formatted numbers
 * as 1900-system serials.
 */
import { DAYS_1904 } from '../../core';
import { movesWith1904 } from '../../core/read/dateSystem';
import { GridBuilder } from '../gridBuilder';
import { XmlScanner } from '../package/xmlScanner';
import { parseBox, type CellBox } from '../tables';
import { MergedAreas } from './mergedAreas';
import { lastIndexOfBytes, SheetBytes, startsWithBytes, Tag } from './sheetBytes';
import { unescapeOoxml } from './sharedStrings';

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  /** Cell formats that show a percentage: their numbers are listed in the grid's `percentFormatted`. */
  readonly percentStyles?: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetContents {
  readonly builder: GridBuilder;
  /** Relationship ids of the sheet's tables, in the order the sheet lists them. */
  readonly tableIds: readonly string[];
}

const tailText = new TextDecoder('utf-8');

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A date serial at millisecond precision in the 1900 system: the value a
 * JavaScript `Date` holds for it, so both readers agree to the last bit.
 */
export function dateSerial(value: number, date1904: boolean): number | '' {
  const ms = Math.round((value - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : '';
}

/**
 * A date-formatted cell's value as the core counts days. In a 1904 workbook a
 * number `movesWith1904` keeps (below 1901-01-01's serial: 10.31, a formula's
 * 0, a time alone) stays as stored, as the pane leaves it; moved, a row of
 * formula zeros would be a task due 1904-01-01. Taken back from the moved
 * serial, as the ExcelJS reader must, so the two readers agree to the last bit.
 */
export function dateCellSerial(value: number, date1904: boolean): number | '' {
  const serial = dateSerial(value, date1904);
  return date1904 && serial !== '' && !movesWith1904(serial - DAYS_1904)
    ? serial - DAYS_1904
    : serial;
}

/** An ISO 8601 time of day without a date (`10:10:10`, `T10:10`), as openpyxl writes a `time`. */
const TIME_OF_DAY = /^T?(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?$/;

/** `t="d"`: an ISO 8601 date, date-time or time of day in the cell itself (ECMA-376 §18.18.11). */
function isoDateSerial(text: string): number | '' {
  // `Date.parse` takes no time without a date: that value was read as blank (calamine date_iso.xlsx).
  const time = TIME_OF_DAY.exec(text);
  if (time) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400;
  const ms = Date.parse(
    /[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`,
  );
  return Number.isNaN(ms) ? '' : ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Where `parseCellReference` puts its answer: one place, not an object per cell. */
const place = { row: 0, column: 0 };

/** `BC12` (at `start`…`end` of `bytes`) → zero-based column 54 and row 11 in `place`; false for anything else. */
function parseCellReference(bytes: Uint8Array, start: number, end: number): boolean {
  let column = 0;
  let at = start;
  for (; at < end; at += 1) {
    const code = bytes[at]!;
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  if (at === start || at === end) return false;
  const row = digitsValue(bytes, at, end);
  if (row < 1) return false;
  place.row = row - 1;
  place.column = column - 1;
  return true;
}

/** The whole number written at `start`…`end` of `bytes`, or -1 when it is not only digits. */
function digitsValue(bytes: Uint8Array, start: number, end: number): number {
  if (start >= end) return -1;
  let value = 0;
  for (let at = start; at < end; at += 1) {
    const code = bytes[at]!;
    if (code < 48 || code > 57) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** Up to 15 digits make an exact whole number: read in place, as `parseFloat` would read them. */
const EXACT_DIGITS = 15;

/** Cell types by their raw `t` value: the same strings every cell, none sliced. */
const CELL_TYPES: readonly (readonly [string, readonly number[]])[] = [
  's',
  'n',
  'str',
  'b',
  'e',
  'inlineStr',
  'd',
].map((type) => [type, Array.from(type, (character) => character.charCodeAt(0))] as const);

function cellType(scanner: SheetBytes): string {
  if (scanner.tStart < 0) return 'n';
  const length = scanner.tEnd - scanner.tStart;
  for (const [type, codes] of CELL_TYPES)
    if (codes.length === length && startsWithBytes(scanner.bytes, codes, scanner.tStart))
      return type;
  return scanner.attributeText(scanner.tStart, scanner.tEnd);
}

/** The cell being read: one record reused for every cell of the sheet. */
interface RawCell {
  type: string;
  style: number;
  value: string | undefined;
  /** A shared string's index read in place (-1: none; then `value` holds the text). */
  sharedIndex: number;
  /** A plain number cell's whole value read in place from `<v>` (`value` is then undefined). */
  whole: number | null;
  formula: boolean;
}

function numberValue(cell: RawCell, parsed: number, context: CellContext): number | '' {
  return context.dateStyles[cell.style] === true
    ? dateCellSerial(parsed, context.date1904)
    : parsed;
}

function cellValue(cell: RawCell, context: CellContext): unknown {
  if (cell.sharedIndex >= 0) return context.sharedStrings[cell.sharedIndex] ?? '';
  const { type, value } = cell;
  if (cell.whole !== null) return numberValue(cell, cell.whole, context);
  if (value === undefined || value === '') return '';
  // A formula's cached value is typed by `t` too, but is never a shared string.
  if (cell.formula) {
    // `<v>` is an ST_Xstring too (ECMA-376 §18.3.1.96): a text result keeps `_x000D_` escapes.
    if (type === 'str') return unescapeOoxml(value);
    if (type === 'b') return parseInt(value, 10) !== 0;
    if (type === 'e') return value;
    return numberValue(cell, parseFloat(value), context);
  }
  switch (type) {
    case 's':
      return context.sharedStrings[parseInt(value, 10)] ?? '';
    case 'str':
      return unescapeOoxml(value);
    case 'inlineStr':
    case 'e':
      return value;
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'd':
      return isoDateSerial(value);
    default:
      return numberValue(cell, parseFloat(value), context);
  }
}

/**
 * Merged areas and table parts follow `sheetData` in a worksheet, but the
 * cells need the merged areas: the part after `sheetData` is read first.
 */
const SHEET_DATA = Array.from('sheetData', (character) => character.charCodeAt(0));

/** Where the tag ending `sheetData` (`</sheetData>`, `<sheetData/>`) starts; the part's end without one. */
function sheetDataEnd(bytes: Uint8Array): number {
  // One walk back from the end: what follows the cells is short, the cells are not.
  for (let at = lastIndexOfBytes(bytes, SHEET_DATA); at >= 0;) {
    const after = at + SHEET_DATA.length;
    const ends = bytes[after] === 62 || (bytes[after] === 47 && bytes[after + 1] === 62);
    if (ends) return Math.max(0, bytes.lastIndexOf(60, at));
    at = lastIndexOfBytes(bytes, SHEET_DATA, at);
  }
  return bytes.length;
}

function readTail(xml: string, from: number): { merged: CellBox[]; tableIds: string[] } {
  const scanner = new XmlScanner(xml, from);
  const merged: CellBox[] = [];
  const tableIds: string[] = [];
  while (scanner.next()) {
    if (scanner.kind === 'close') continue;
    if (scanner.name === 'mergeCell') {
      const box = parseBox(scanner.attribute('ref') ?? '');
      if (box) merged.push(box);
    } else if (scanner.name === 'tablePart') {
      const id = scanner.attribute('id');
      if (id) tableIds.push(id);
    } else if (scanner.name === 'extLst') {
      scanner.skipElement();
    }
  }
  return { merged, tableIds };
}

/** A worksheet part's bytes, UTF-8 (`WorkbookPackage.utf8` turns a UTF-16 part into UTF-8 first). */
export function readSheetCells(bytes: Uint8Array, context: CellContext): SheetContents {
  const dataEnd = sheetDataEnd(bytes);
  // What follows the cells (merges, table parts) is small next to them: it is read as text.
  const { merged, tableIds } = readTail(tailText.decode(bytes.subarray(dataEnd)), 0);
  const areas = new MergedAreas(merged);
  const builder = new GridBuilder();
  for (const box of merged) builder.merge(box);
  const scanner = new SheetBytes(bytes, 0, dataEnd);

  let row = -1;
  let column = -1;
  const current: RawCell = {
    type: 'n',
    style: 0,
    value: undefined,
    sharedIndex: -1,
    whole: null,
    formula: false,
  };
  let cell: RawCell | null = null;
  let cellRow = 0;
  let cellColumn = 0;
  /** Inside `<is>`, `<rPh>`: where text belongs. */
  let inline = false;
  let phonetic = false;
  while (scanner.next()) {
    const { tag, kind } = scanner;
    switch (tag) {
      case Tag.Row:
        if (kind !== 'close') {
          const number =
            scanner.rStart >= 0 ? digitsValue(bytes, scanner.rStart, scanner.rEnd) : -1;
          row = number >= 1 ? number - 1 : row + 1;
          column = -1;
        }
        break;
      case Tag.Cell: {
        if (kind === 'close') {
          if (cell && !areas.hides(cellRow, cellColumn)) {
            const value = cellValue(cell, context);
            builder.add(cellRow, cellColumn, value);
            if (typeof value === 'number' && context.percentStyles?.[cell.style] === true)
              builder.percent(cellRow, cellColumn);
          }
          cell = null;
          break;
        }
        // `<c r="A1" s="3"/>`: a formatted empty cell.
        const placed =
          scanner.rStart >= 0 && parseCellReference(bytes, scanner.rStart, scanner.rEnd);
        if (kind === 'empty') {
          cell = null;
          column = placed ? place.column : column + 1;
          break;
        }
        cellRow = placed ? place.row : Math.max(row, 0);
        cellColumn = placed ? place.column : column + 1;
        column = cellColumn;
        const style = scanner.sStart >= 0 ? digitsValue(bytes, scanner.sStart, scanner.sEnd) : 0;
        current.type = cellType(scanner);
        current.style = style >= 0 ? style : 0;
        current.value = undefined;
        current.sharedIndex = -1;
        current.whole = null;
        current.formula = false;
        cell = current;
        break;
      }
      case Tag.Value:
        if (cell && kind === 'open') {
          const plain = scanner.textSpan();
          const { spanStart, spanEnd } = scanner;
          const digits =
            plain && spanEnd - spanStart <= EXACT_DIGITS
              ? digitsValue(bytes, spanStart, spanEnd)
              : -1;
          if (cell.type === 's' && !cell.formula && digits >= 0) {
            // The common cell: a shared string's index, read without making a string of it.
            cell.sharedIndex = digits;
          } else if (cell.type === 'n' && digits >= 0) {
            cell.whole = digits;
          } else cell.value = plain ? scanner.spanText() : scanner.text();
        }
        break;
      case Tag.Formula:
        if (cell && kind !== 'close') {
          const shared = scanner.tStart >= 0;
          cell.formula ||= shared || (kind === 'open' && scanner.text() !== '');
        }
        break;
      case Tag.Inline:
        inline = kind === 'open';
        if (cell && inline) cell.value = '';
        break;
      case Tag.Phonetic:
        phonetic = kind === 'open';
        break;
      case Tag.Text:
        if (cell && inline && !phonetic && kind === 'open')
          cell.value = (cell.value ?? '') + unescapeOoxml(scanner.text());
        break;
      default:
        break;
    }
  }
  return { builder, tableIds };
}
