/**
 * One stored row of a worksheet part read into its cells, for the editor:
 * each cell's own XML as it stands, its column and its format, and the row's
 * start tag and format. Nothing here changes a row; `SheetEditor` does.
 */
import { decodeEntities, XmlScanner, type TagKind } from '../package/xmlScanner';
import { SheetBytes, Tag } from '../read/sheetBytes';
import { parseBox } from '../tables';

export interface SheetCell {
  readonly column: number;
  xml: string;
  readonly style: number | undefined;
}

export interface SheetRow {
  row: number;
  /** The row's start tag as written (`<row r="5" ht="20" customHeight="1">`). */
  startTag: string;
  /** Where the row's stored XML lies in the part while it is unchanged; null once changed or new. */
  original: { readonly start: number; readonly end: number } | null;
  cells: SheetCell[];
  /** The row's own format (`s` with `customFormat`), which its empty cells show. */
  style: number | undefined;
}

const decoder = new TextDecoder('utf-8');
const DOLLAR = 36;

function cellRow(reference: string): { row: number; column: number } | null {
  const box = parseBox(reference);
  return box ? { row: box.top, column: box.left } : null;
}

/**
 * The column of a plain cell reference (`B7`, `$B$7`) in `xml` from `start`
 * to `end`, read in place; -1 when it is anything else (a range, an entity,
 * space), which `parseBox` then reads as it always did. A row of a fix is
 * read twice, so its twelve cells' references must not each cost a regex.
 */
function plainColumn(xml: string, start: number, end: number): number {
  let at = start;
  if (xml.charCodeAt(at) === DOLLAR) at += 1;
  let column = 0;
  const lettersStart = at;
  for (; at < end; at += 1) {
    const code = xml.charCodeAt(at);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (at === lettersStart || at - lettersStart > 3) return -1;
  if (xml.charCodeAt(at) === DOLLAR) at += 1;
  const digitsStart = at;
  for (; at < end; at += 1) {
    const code = xml.charCodeAt(at);
    if (code < 48 || code > 57) break;
  }
  return at === end && at > digitsStart ? column - 1 : -1;
}

/** The row's own format from its start tag: `s` where `customFormat="1"` says it applies. */
function rowStyleOf(startTag: string): number | undefined {
  if (!startTag.includes('customFormat')) return undefined;
  const scanner = new XmlScanner(startTag);
  scanner.next();
  return scanner.attribute('customFormat') === '1' ? Number(scanner.attribute('s')) : undefined;
}

/** Read through a call: TypeScript would keep `scanner.kind` narrowed across `next()`. */
const kindOf = (scanner: XmlScanner): TagKind => scanner.kind;

/** One stored row read into its cells from its XML text. */
export function parseRow(xml: string, row: number): SheetRow {
  const scanner = new XmlScanner(xml);
  scanner.next();
  const startTag = xml.slice(0, scanner.position);
  const style =
    scanner.attribute('customFormat') === '1' ? Number(scanner.attribute('s')) : undefined;
  const cells: SheetCell[] = [];
  if (scanner.kind === 'open') {
    let column = -1;
    while (scanner.next()) {
      const name = scanner.name;
      const kind = kindOf(scanner);
      if (name === 'row' && kind === 'close') break;
      if (name !== 'c' || kind === 'close') continue;
      const cellStart = scanner.tagStart;
      const plain = scanner.attributeSpan('r')
        ? plainColumn(xml, scanner.spanStart, scanner.spanEnd)
        : -1;
      if (plain >= 0) column = plain;
      else {
        const place = cellRow(scanner.attribute('r') ?? '');
        column = place ? place.column : column + 1;
      }
      const styleText = scanner.attribute('s');
      if (kind === 'open') scanner.skipElement();
      cells.push({
        column,
        xml: xml.slice(cellStart, scanner.position),
        style: styleText === undefined ? undefined : Number(styleText),
      });
    }
  }
  return { row, startTag, original: null, cells, style };
}

/** `SheetBytes`' tag and kind read through calls, for the same reason as `kindOf`. */
const bytesKindOf = (scanner: SheetBytes): TagKind => scanner.kind;
const bytesTagOf = (scanner: SheetBytes): Tag => scanner.tag;

/**
 * The stored row at `start`–`end` of the part's bytes, read into its cells.
 * A row whose bytes are all ASCII (most are: shared strings keep the text
 * elsewhere) is read by the byte scanner the reader uses, each character
 * one byte, so a cell's XML is a slice of the row's text at the offsets the
 * scanner found: a fix reads every row it changes (100 ms of a 50,000-row
 * fix's profile with the string scanner, 76 ms so). Any other row is read as
 * text by `parseRow`, which the byte path answers exactly as (a test holds
 * them to it).
 */
export function parseStoredRow(
  bytes: Uint8Array,
  start: number,
  end: number,
  row: number,
): SheetRow {
  const xml = decoder.decode(bytes.subarray(start, end));
  const line = xml.length === end - start ? asciiRow(bytes, start, end, xml, row) : null;
  const read = line ?? parseRow(xml, row);
  read.original = { start, end };
  return read;
}

/**
 * An attribute's value from the row's text at the scanner's offsets, its
 * entities decoded as `XmlScanner.attribute` decodes them: a slice of the
 * text, not a decoder call on the bytes (which made the byte path slower
 * than the text one: 136 ms against 100 ms of a 50,000-row fix's profile).
 */
function attributeValue(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  return raw.includes('&') ? decodeEntities(raw) : raw;
}

/** `parseRow` over an ASCII row's bytes; null where it cannot answer the same (then `parseRow` does). */
function asciiRow(
  bytes: Uint8Array,
  start: number,
  end: number,
  xml: string,
  row: number,
): SheetRow | null {
  const scanner = new SheetBytes(bytes, start, end);
  if (!scanner.next() || scanner.tag !== Tag.Row || scanner.kind === 'close') return null;
  const startTag = xml.slice(0, scanner.position - start);
  const cells: SheetCell[] = [];
  if (scanner.kind === 'open') {
    let column = -1;
    while (scanner.next()) {
      const tag = bytesTagOf(scanner);
      const kind = bytesKindOf(scanner);
      if (tag === Tag.Row && kind === 'close') break;
      if (tag !== Tag.Cell || kind === 'close') continue;
      const cellStart = scanner.tagStart - start;
      const plain =
        scanner.rStart >= 0 ? plainColumn(xml, scanner.rStart - start, scanner.rEnd - start) : -1;
      if (plain >= 0) column = plain;
      else {
        const reference =
          scanner.rStart >= 0
            ? attributeValue(xml, scanner.rStart - start, scanner.rEnd - start)
            : '';
        const place = cellRow(reference);
        column = place ? place.column : column + 1;
      }
      const style =
        scanner.sStart >= 0
          ? Number(attributeValue(xml, scanner.sStart - start, scanner.sEnd - start))
          : undefined;
      // As `skipElement`: to the end tag that closes this one, whatever it holds.
      for (let depth = kind === 'open' ? 1 : 0; depth > 0 && scanner.next();) {
        const inner = bytesKindOf(scanner);
        if (inner === 'open') depth += 1;
        else if (inner === 'close') depth -= 1;
      }
      cells.push({ column, xml: xml.slice(cellStart, scanner.position - start), style });
    }
  }
  return { row, startTag, original: null, cells, style: rowStyleOf(startTag) };
}
