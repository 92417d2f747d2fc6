/**
 * Where things lie in a worksheet part's bytes, found without reading a
 * cell: `sheetData` (its prefix, where its rows start and end, or that it
 * is empty), each stored row, and the styles its `<col>` spans give.
 * What `SheetEditor` knows up front; everything else it reads when asked.
 */
import { BANG, COLON, GT, LT, QUESTION, SLASH } from '../package/charCodes';
import { XmlFormatError, XmlScanner } from '../package/xmlScanner';
import { SheetBytes, startsWithBytes, Tag } from '../read/sheetBytes';
import { prefixOf } from './xmlWriting';

const decoder = new TextDecoder('utf-8');

/** Per stored row, in part order: its number and where its XML starts and ends. */
export class StoredRows {
  readonly numbers: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /**
   * The stored row of each row number, in the order the numbers first
   * appear; a number written twice is the later row (the earlier one is
   * dropped when the part is written, as it always was).
   */
  readonly byNumber = new Map<number, number>();

  add(row: number, start: number, end: number): void {
    this.byNumber.set(row, this.numbers.length);
    this.numbers.push(row);
    this.starts.push(start);
    this.ends.push(end);
  }
}

export interface ColumnStyle {
  /** Zero-based columns, inclusive. */
  readonly min: number;
  readonly max: number;
  readonly style: number;
}

export interface SheetLayout {
  /** `sheetData`'s namespace prefix with its colon (`x:`), or empty. */
  readonly prefix: string;
  /** The part's text before the rows (a self-closing `<sheetData/>` opened up). */
  readonly head: string;
  /** The part's text from `</sheetData>` on. */
  readonly tail: string;
  readonly rows: StoredRows;
  readonly columnStyles: readonly ColumnStyle[];
}

/** Where the tag that ends just before `position` starts: its `<` (no `<` can stand in a tag). */
function tagStartBefore(bytes: Uint8Array, position: number): number {
  let at = position - 1;
  while (at > 0 && bytes[at] !== LT) at -= 1;
  return at;
}

/** The local name of the tag starting at `lt` (`x:sheetData` → `sheetData`), as XmlScanner reads it. */
function localNameAt(bytes: Uint8Array, lt: number, end: number): string {
  let at = bytes[lt + 1] === 0x2f ? lt + 2 : lt + 1;
  let start = at;
  for (; at < end; at += 1) {
    const code = bytes[at]!;
    if (code <= 32 || code === 0x2f || code === 0x3e) break;
    if (code === 0x3a) start = at + 1;
  }
  return decoder.decode(bytes.subarray(start, at));
}

const ROW = [114, 111, 119];
const SHEET_DATA = [...'sheetData'].map((letter) => letter.charCodeAt(0));
const CDATA_OPEN = [...'<![CDATA['].map((letter) => letter.charCodeAt(0));
const CDATA_CLOSE = [93, 93, GT];
const COMMENT_OPEN = [LT, BANG, 45, 45];
const COMMENT_CLOSE = [45, 45, GT];
const PI_CLOSE = [QUESTION, GT];

/** Where `code` next is from `from` (before `end`), else -1: a loop, as tags are a few bytes apart. */
function findByte(bytes: Uint8Array, code: number, from: number, end: number): number {
  for (let at = from; at < end; at += 1) if (bytes[at] === code) return at;
  return -1;
}

/** Just past the comment, CDATA section, processing instruction or declaration at `lt`. */
function pastMarkup(bytes: Uint8Array, lt: number): number {
  const close = startsWithBytes(bytes, CDATA_OPEN, lt)
    ? CDATA_CLOSE
    : startsWithBytes(bytes, COMMENT_OPEN, lt)
      ? COMMENT_CLOSE
      : bytes[lt + 1] === QUESTION
        ? PI_CLOSE
        : [GT];
  for (let at = findByte(bytes, close[0]!, lt + 2, bytes.length); at >= 0;) {
    if (startsWithBytes(bytes, close, at)) return at + close.length;
    at = findByte(bytes, close[0]!, at + 1, bytes.length);
  }
  throw new XmlFormatError('unterminated markup');
}

/** Whether the tag name from `from` has the local name `name` (`x:row` is `row`). */
function localNameIs(
  bytes: Uint8Array,
  from: number,
  end: number,
  name: readonly number[],
): boolean {
  let local = from;
  let at = from;
  for (; at < end; at += 1) {
    const code = bytes[at]!;
    if (code <= 32 || code === SLASH || code === GT) break;
    if (code === COLON) local = at + 1;
  }
  if (at - local !== name.length) return false;
  for (let index = 0; index < name.length; index += 1)
    if (bytes[local + index] !== name[index]) return false;
  return true;
}

function columnStyleOf(bytes: Uint8Array, lt: number, end: number): ColumnStyle | null {
  const scanner = new XmlScanner(decoder.decode(bytes.subarray(lt, end)));
  scanner.next();
  const style = scanner.attribute('style');
  return style === undefined
    ? null
    : {
        min: Number(scanner.attribute('min')) - 1,
        max: Number(scanner.attribute('max')) - 1,
        style: Number(style),
      };
}

/** `bytes`: the worksheet's UTF-8, without a byte order mark. */
export function readSheetLayout(bytes: Uint8Array): SheetLayout {
  const scanner = new SheetBytes(bytes, 0, bytes.length);
  const rows = new StoredRows();
  const columnStyles: ColumnStyle[] = [];
  let dataStart = -1;
  let dataEnd = -1;
  let prefix = '';
  let selfClosing = false;
  while (scanner.next()) {
    if (scanner.tag !== Tag.Other) continue;
    const lt = tagStartBefore(bytes, scanner.position);
    const name = localNameAt(bytes, lt, scanner.position);
    if (name === 'col' && scanner.kind !== 'close') {
      const style = columnStyleOf(bytes, lt, scanner.position);
      if (style) columnStyles.push(style);
    }
    if (name !== 'sheetData') continue;
    prefix = prefixOf(decoder.decode(bytes.subarray(lt, scanner.position)), 0, 'sheetData');
    if (scanner.kind === 'empty') {
      selfClosing = true;
      dataStart = lt;
      dataEnd = scanner.position;
      break;
    }
    dataStart = scanner.position;
    dataEnd = findRows(bytes, scanner, rows);
    break;
  }
  if (dataStart < 0) throw new Error('worksheet without sheetData');
  const text = (start: number, end: number) => decoder.decode(bytes.subarray(start, end));
  return {
    prefix,
    head: selfClosing ? `${text(0, dataStart)}<${prefix}sheetData>` : text(0, dataStart),
    tail: selfClosing
      ? `</${prefix}sheetData>${text(dataEnd, bytes.length)}`
      : text(dataEnd, bytes.length),
    rows,
    columnStyles,
  };
}

/**
 * Where each row of `sheetData` lies; returns where `</sheetData>` starts.
 * Steps from `<` to `<` (no `<` stands in a tag or in text) and looks only
 * at the names of row tags and of closing tags: a cell's tags are passed
 * over, not read, as the reader has read them already. A row's own start
 * tag is read by `scanner` (its `r`, as the reader reads it).
 */
function findRows(bytes: Uint8Array, scanner: SheetBytes, rows: StoredRows): number {
  const end = bytes.length;
  let previous = -1;
  let rowStart = -1;
  let at = scanner.position;
  let openRow = -1;
  for (;;) {
    const lt = findByte(bytes, LT, at, end);
    if (lt < 0) break;
    const first = bytes[lt + 1];
    if (first === BANG || first === QUESTION) {
      at = pastMarkup(bytes, lt);
      continue;
    }
    if (first === SLASH) {
      if (rowStart >= 0 && localNameIs(bytes, lt + 2, end, ROW)) {
        const gt = findByte(bytes, GT, lt, end);
        at = gt < 0 ? end : gt + 1;
        rows.add(openRow, rowStart, at);
        rowStart = -1;
        continue;
      }
      if (rowStart < 0 && localNameIs(bytes, lt + 2, end, SHEET_DATA)) return lt;
      at = lt + 2;
      continue;
    }
    if (rowStart >= 0 || !localNameIs(bytes, lt + 1, end, ROW)) {
      at = lt + 1;
      continue;
    }
    scanner.position = lt;
    scanner.next();
    const number =
      scanner.rStart < 0 ? NaN : Number(scanner.attributeText(scanner.rStart, scanner.rEnd));
    const row = Number.isInteger(number) && number >= 1 ? number - 1 : previous + 1;
    previous = row;
    at = scanner.position;
    if (scanner.kind === 'empty') rows.add(row, lt, at);
    else {
      rowStart = lt;
      openRow = row;
    }
  }
  // A part cut short: its open row runs to the end, what follows its last tag is the tail.
  if (rowStart >= 0) rows.add(openRow, rowStart, end);
  return tagStartBefore(bytes, end);
}
