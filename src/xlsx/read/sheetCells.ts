/**
 * One worksheet part's cells, scanned in document order into a `GridBuilder`.
 * What is read and how matches the loaded-workbook reader (`readGrid.ts`):
 * shared and inline strings as plain text, numbers, booleans, error values
 * as their text, formulas by their cached value, and date-formatted numbers
 * as 1900-system serials.
 */
import { GridBuilder } from '../gridBuilder';
import { XmlScanner } from '../package/xmlScanner';
import { parseBox, type CellBox } from '../tables';
import { MergedAreas } from './mergedAreas';
import { unescapeOoxml } from './sharedStrings';

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetContents {
  readonly builder: GridBuilder;
  /** Relationship ids of the sheet's tables, in the order the sheet lists them. */
  readonly tableIds: readonly string[];
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and 1904 date systems' day zero. */
const DAYS_1904 = 1462;

/**
 * A date serial at millisecond precision in the 1900 system: the value a
 * JavaScript `Date` holds for it, so both readers agree to the last bit.
 */
export function dateSerial(value: number, date1904: boolean): number | '' {
  const ms = Math.round((value - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : '';
}

/** `t="d"`: an ISO 8601 date in the cell itself (ECMA-376 §18.18.11). */
function isoDateSerial(text: string): number | '' {
  const ms = Date.parse(
    /[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`,
  );
  return Number.isNaN(ms) ? '' : ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** `BC12` → zero-based column 54 and row 11; `null` for anything else. */
function parseCellReference(reference: string): { row: number; column: number } | null {
  let column = 0;
  let at = 0;
  for (; at < reference.length; at += 1) {
    const code = reference.charCodeAt(at);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  const row = Number(reference.slice(at));
  if (at === 0 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, column: column - 1 };
}

interface RawCell {
  type: string;
  style: number;
  value: string | undefined;
  formula: boolean;
}

function cellValue(cell: RawCell, context: CellContext): unknown {
  const { type, value } = cell;
  if (value === undefined || value === '') return '';
  const number = () => {
    const parsed = parseFloat(value);
    return context.dateStyles[cell.style] === true ? dateSerial(parsed, context.date1904) : parsed;
  };
  // A formula's cached value is typed by `t` too, but is never a shared string.
  if (cell.formula) {
    if (type === 'str') return value;
    if (type === 'b') return parseInt(value, 10) !== 0;
    if (type === 'e') return value;
    return number();
  }
  switch (type) {
    case 's':
      return context.sharedStrings[parseInt(value, 10)] ?? '';
    case 'str':
    case 'inlineStr':
    case 'e':
      return value;
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'd':
      return isoDateSerial(value);
    default:
      return number();
  }
}

/**
 * Merged areas and table parts follow `sheetData` in a worksheet, but the
 * cells need the merged areas: the part after `sheetData` is read first.
 */
function sheetDataEnd(xml: string): number {
  const closing = xml.lastIndexOf('sheetData>');
  const selfClosing = xml.lastIndexOf('sheetData/>');
  const at = Math.max(closing, selfClosing);
  return at < 0 ? xml.length : xml.lastIndexOf('<', at);
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

export function readSheetCells(xml: string, context: CellContext): SheetContents {
  const dataEnd = sheetDataEnd(xml);
  const { merged, tableIds } = readTail(xml, dataEnd);
  const areas = new MergedAreas(merged);
  const builder = new GridBuilder();
  for (const box of merged) builder.merge(box);
  const scanner = new XmlScanner(xml, 0, dataEnd);
  let row = -1;
  let column = -1;
  let cell: RawCell | null = null;
  let cellRow = 0;
  let cellColumn = 0;
  /** Inside `<is>`, `<rPh>`: where text belongs. */
  let inline = false;
  let phonetic = false;
  while (scanner.next()) {
    const { name, kind } = scanner;
    switch (name) {
      case 'row':
        if (kind !== 'close') {
          const number = Number(scanner.attribute('r'));
          row = Number.isInteger(number) && number >= 1 ? number - 1 : row + 1;
          column = -1;
        }
        break;
      case 'c': {
        if (kind === 'close') {
          if (cell && !areas.hides(cellRow, cellColumn))
            builder.add(cellRow, cellColumn, cellValue(cell, context));
          cell = null;
          break;
        }
        const place = parseCellReference(scanner.attribute('r') ?? '');
        cellRow = place ? place.row : Math.max(row, 0);
        cellColumn = place ? place.column : column + 1;
        column = cellColumn;
        const style = Number(scanner.attribute('s') ?? '0');
        cell = {
          type: scanner.attribute('t') ?? 'n',
          style: Number.isInteger(style) ? style : 0,
          value: undefined,
          formula: false,
        };
        // `<c r="A1" s="3"/>`: a formatted empty cell.
        if (kind === 'empty') cell = null;
        break;
      }
      case 'v':
        if (cell && kind === 'open') cell.value = scanner.text();
        break;
      case 'f':
        if (cell && kind !== 'close') {
          const shared = scanner.attribute('t') !== undefined;
          cell.formula ||= shared || (kind === 'open' && scanner.text() !== '');
        }
        break;
      case 'is':
        inline = kind === 'open';
        if (cell && inline) cell.value = '';
        break;
      case 'rPh':
        phonetic = kind === 'open';
        break;
      case 't':
        if (cell && inline && !phonetic && kind === 'open')
          cell.value = (cell.value ?? '') + unescapeOoxml(scanner.text());
        break;
      default:
        break;
    }
  }
  return { builder, tableIds };
}
