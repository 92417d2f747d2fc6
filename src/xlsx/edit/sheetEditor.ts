/**
 * Edits the cells of one worksheet part in place. Rows a write touches are
 * rebuilt from their cells (each cell's own XML kept as it was unless the
 * write sets it); every other row and everything outside `sheetData`
 * (validations, x14 extensions, drawings, page setup…) stays byte for byte,
 * except ranges an inserted table row moves.
 *
 * The part is held as the UTF-8 bytes it was stored as, never as one
 * string: a 25 MB sheet with one Chinese character in it is a 50 MB
 * two-byte string, and its rows as strings and cell objects cost as much
 * again. Only where each row lies is known up front; a row is read into its
 * cells when a write touches it or asks about it, and every other row is
 * written out as the stored bytes it was.
 */
import { columnLetter } from '../../core';
import { XmlScanner } from '../package/xmlScanner';
import { ColumnStyleTally, type StyleCount } from './columnStyleTally';
import { parseBox, type CellBox } from '../tables';
import { utf8, withAttribute } from './xmlWriting';
import { readSheetLayout, type ColumnStyle, type StoredRows } from './sheetLayout';
import { parseStoredRow, type SheetRow } from './storedRow';
import type { PieceContent } from './zipWriter';

const decoder = new TextDecoder('utf-8');
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Sets one cell of a row's cells; false when it holds that XML already (nothing changes). */
function placeCell(line: SheetRow, column: number, xml: string): boolean {
  const at = line.cells.findIndex((cell) => cell.column === column);
  const cell = { column, xml, style: undefined };
  if (at >= 0) {
    if (line.cells[at]!.xml === xml) return false;
    line.cells[at] = cell;
  } else {
    line.cells.push(cell);
    line.cells.sort((a, b) => a.column - b.column);
  }
  return true;
}

const ARENA = 1 << 20;
const encoder = new TextEncoder();

/**
 * A rebuilt row's start tag: opened up if it was empty (`<row r="3"/>`), its
 * `spans` (a hint of which columns hold cells) dropped as it may no longer be
 * true. One regex for every row, not one made per row.
 */
const SPANS = /\sspans\s*=\s*("[^"]*"|'[^']*')/;
function rebuiltStartTag(tag: string): string {
  const open = tag.replace(/\s*\/>$/, '>');
  return open.includes('spans') ? open.replace(SPANS, '') : open;
}

export class SheetEditor {
  /** The part's UTF-8 as stored (a byte order mark dropped, as decoding it to text does). */
  private readonly source: Uint8Array;
  /** Where each stored row lies in `source`. */
  private readonly storedRows: StoredRows;
  /** The stored row of each row number (`StoredRows.byNumber`). */
  private readonly stored: ReadonlyMap<number, number>;
  /** Rows kept as cells (their format or height changed, or a table moved them) and rows added. */
  private readonly rows = new Map<number, SheetRow>();
  /**
   * The cells set in stored rows not kept as cells, by row then column: a fix
   * setting one cell in each of 20,000 rows holds those cells' XML, not every
   * cell of every row as objects (~2 KB a row). A row is in here only once
   * a cell of it changed.
   */
  private readonly patched = new Map<number, Map<number, string>>();
  /** The stored row last read with its patches, for the `styleAt` then `setCell` of one change. */
  private recent: SheetRow | null = null;
  /**
   * A patched row's XML as written, made when the row leaves `recent` (its
   * change done), so writing the part does not read the row a second time.
   * Dropped when the row is patched again or kept as cells.
   */
  private readonly written = new Map<number, { chunk: Uint8Array; start: number; end: number }>();
  /** Where `written` rows are encoded, one after another: one buffer a megabyte, not one a row. */
  private arena: Uint8Array | null = null;
  private arenaUsed = 0;
  private head: string;
  private tail: string;
  readonly prefix: string;
  private readonly columnStyles: readonly ColumnStyle[];
  /** Per column, built on first use and kept current by `setCell`. */
  private readonly tallies = new Map<number, ColumnStyleTally>();

  /** `part`: the worksheet's UTF-8 bytes as stored, or its text. */
  constructor(part: Uint8Array | string) {
    let bytes = typeof part === 'string' ? utf8(part) : part;
    if (UTF8_BOM.every((code, index) => bytes[index] === code)) bytes = bytes.subarray(3);
    this.source = bytes;
    const layout = readSheetLayout(bytes);
    this.prefix = layout.prefix;
    this.head = layout.head;
    this.tail = layout.tail;
    this.storedRows = layout.rows;
    this.stored = layout.rows.byNumber;
    this.columnStyles = layout.columnStyles;
  }

  /** A stored row's cells, read afresh from the part. */
  private storedLine(index: number): SheetRow {
    const { starts, ends, numbers } = this.storedRows;
    return parseStoredRow(this.source, starts[index]!, ends[index]!, numbers[index]!);
  }

  /** A stored row's cells with this write's patches on them, not kept. */
  private peek(row: number): SheetRow | undefined {
    const kept = this.rows.get(row);
    if (kept) return kept;
    if (this.recent?.row === row) return this.recent;
    const index = this.stored.get(row);
    if (index === undefined) return undefined;
    const line = this.storedLine(index);
    const patches = this.patched.get(row);
    if (patches) {
      for (const [column, xml] of patches) placeCell(line, column, xml);
      line.original = null;
    }
    this.keepWritten();
    this.recent = line;
    return line;
  }

  /** Before `recent` moves on: a patched row's XML, as `pieceList` would write it. */
  private keepWritten(): void {
    const recent = this.recent;
    if (!recent || !this.patched.has(recent.row) || this.written.has(recent.row)) return;
    const text = this.rowXml(recent);
    // At most three bytes a UTF-16 unit (a surrogate pair is four bytes for two).
    const room = text.length * 3;
    if (!this.arena || this.arenaUsed + room > this.arena.length) {
      this.arena = new Uint8Array(Math.max(ARENA, room));
      this.arenaUsed = 0;
    }
    const start = this.arenaUsed;
    this.arenaUsed += encoder.encodeInto(text, this.arena.subarray(start)).written;
    this.written.set(recent.row, { chunk: this.arena, start, end: this.arenaUsed });
  }

  /** A rebuilt row's XML: its start tag (opened, without `spans`), its cells, its end tag. */
  private rowXml(line: SheetRow): string {
    return `${rebuiltStartTag(line.startTag)}${line.cells.map((cell) => cell.xml).join('')}</${this.prefix}row>`;
  }

  /** The row's cells, kept from now on (patches and all), or undefined when it has none. */
  private line(row: number): SheetRow | undefined {
    const kept = this.rows.get(row);
    if (kept) return kept;
    const line = this.peek(row);
    if (!line) return undefined;
    this.recent = null;
    this.patched.delete(row);
    this.written.delete(row);
    this.rows.set(row, line);
    return line;
  }

  /**
   * The formats the column's written cells have, each with how many carry
   * it, in the order of the first cell carrying it. A cell written since
   * (`setCell`) counts for none: its format is the writer's, not the sheet's.
   */
  columnStyleCounts(column: number): StyleCount[] {
    let tally = this.tallies.get(column);
    if (!tally) {
      tally = new ColumnStyleTally();
      // Rows in the order they were first met: the stored ones, then the ones this write added.
      // A stored row nobody touched is read for this count only, not kept.
      for (const [row, index] of this.stored) {
        const line = this.peek(row) ?? this.storedLine(index);
        const cell = line.cells.find((candidate) => candidate.column === column);
        if (cell?.style !== undefined) tally.add(line.row, cell.style);
      }
      for (const line of this.rows.values()) {
        if (this.stored.has(line.row)) continue;
        const cell = line.cells.find((candidate) => candidate.column === column);
        if (cell?.style !== undefined) tally.add(line.row, cell.style);
      }
      this.tallies.set(column, tally);
    }
    return tally.counts();
  }

  /** The format an empty cell shows: its own, else its row's, else its column's. */
  styleAt(row: number, column: number): number {
    const line = this.peek(row);
    const cell = line?.cells.find((candidate) => candidate.column === column);
    if (cell?.style !== undefined) return cell.style;
    if (line?.style !== undefined) return line.style;
    return this.columnStyles.find((span) => column >= span.min && column <= span.max)?.style ?? 0;
  }

  private rowFor(row: number): SheetRow {
    let line = this.line(row);
    if (!line) {
      line = {
        row,
        startTag: `<${this.prefix}row r="${row + 1}">`,
        original: null,
        cells: [],
        style: undefined,
      };
      this.rows.set(row, line);
    }
    return line;
  }

  /** The row's height in points, kept as set (`customHeight`): Excel does not size rows on open. */
  setRowHeight(row: number, points: number): void {
    const line = this.rowFor(row);
    const tag = withAttribute(
      withAttribute(line.startTag, 'ht', String(points)),
      'customHeight',
      '1',
    );
    if (tag === line.startTag) return;
    line.startTag = tag;
    line.original = null;
  }

  /**
   * One column's width in character units: its `<col>` span is split so
   * the columns beside it keep theirs (and every span keeps its style).
   */
  setColumnWidth(column: number, width: number): void {
    const number = column + 1;
    const cols = /<((?:\w+:)?)cols>([\s\S]*?)<\/(?:\w+:)?cols>|<((?:\w+:)?)cols\s*\/>/.exec(
      this.head,
    );
    const own = `<${this.prefix}col min="${number}" max="${number}" width="${width}" customWidth="1"/>`;
    if (!cols) {
      const at = this.head.lastIndexOf(`<${this.prefix}sheetData`);
      this.head = `${this.head.slice(0, at)}<${this.prefix}cols>${own}</${this.prefix}cols>${this.head.slice(at)}`;
      return;
    }
    const prefix = cols[1] ?? cols[3] ?? '';
    const spans = [...(cols[2] ?? '').matchAll(/<(?:\w+:)?col\b[^>]*?\/>/g)].map((m) => m[0]);
    const result: string[] = [];
    let placed = false;
    for (const span of spans) {
      const scanner = new XmlScanner(span);
      scanner.next();
      const min = Number(scanner.attribute('min'));
      const max = Number(scanner.attribute('max'));
      if (number < min || number > max) {
        if (!placed && min > number) {
          result.push(own);
          placed = true;
        }
        result.push(span);
        continue;
      }
      if (min < number) result.push(withAttribute(span, 'max', String(number - 1)));
      result.push(
        withAttribute(
          withAttribute(
            withAttribute(withAttribute(span, 'min', String(number)), 'max', String(number)),
            'width',
            String(width),
          ),
          'customWidth',
          '1',
        ),
      );
      if (max > number) result.push(withAttribute(span, 'min', String(number + 1)));
      placed = true;
    }
    if (!placed) result.push(own);
    this.head =
      this.head.slice(0, cols.index) +
      `<${prefix}cols>${result.join('')}</${prefix}cols>` +
      this.head.slice(cols.index + cols[0].length);
  }

  /** Replaces (or adds) one cell; `xml` is the whole `<c>` element. */
  setCell(row: number, column: number, xml: string): void {
    const kept = this.rows.has(row) || !this.stored.has(row);
    const line = kept ? this.rowFor(row) : this.peek(row)!;
    const existed = line.cells.some((cell) => cell.column === column);
    if (!placeCell(line, column, xml)) return;
    if (existed) this.tallies.get(column)?.replace(row);
    line.original = null;
    if (kept) return;
    this.written.delete(row);
    let patches = this.patched.get(row);
    if (!patches) {
      patches = new Map();
      this.patched.set(row, patches);
    }
    patches.set(column, xml);
  }

  /**
   * What inserting a sheet row inside a table does to the cells of its
   * columns: those at `fromRow` and below move down one row (as Excel's
   * `ListRows.add`); the cells left at `fromRow` keep the formats of the
   * ones that moved, without values.
   */
  shiftDown(fromRow: number, left: number, right: number): void {
    this.tallies.clear();
    const rows = [...new Set([...this.stored.keys(), ...this.rows.keys()])]
      .filter((row) => row >= fromRow)
      .sort((a, b) => b - a);
    for (const row of rows) {
      const line = this.line(row)!;
      const moving = line.cells.filter((cell) => cell.column >= left && cell.column <= right);
      if (moving.length === 0) continue;
      line.cells = line.cells.filter((cell) => !moving.includes(cell));
      line.original = null;
      const below = this.rowFor(row + 1);
      for (const cell of moving) {
        const reference = `${columnLetter(cell.column)}${row + 2}`;
        const moved = { ...cell, xml: movedCell(cell.xml, reference) };
        below.cells = below.cells.filter((other) => other.column !== cell.column);
        below.cells.push(moved);
        if (row === fromRow && cell.style !== undefined) {
          line.cells.push({
            column: cell.column,
            xml: `<${this.prefix}c r="${columnLetter(cell.column)}${row + 1}" s="${cell.style}"/>`,
            style: cell.style,
          });
        }
      }
      below.cells.sort((a, b) => a.column - b.column);
      below.original = null;
      line.cells.sort((a, b) => a.column - b.column);
    }
  }

  /**
   * Rewrites the ranges after `sheetData` (merged cells, validations, x14
   * validations and formats, conditional formats, hyperlinks) through `move`.
   */
  moveRanges(move: (box: CellBox) => CellBox): void {
    const moveList = (list: string) =>
      list
        .split(/\s+/)
        .filter(Boolean)
        .map((part) => {
          const box = parseBox(part);
          return box ? boxReference(move(box)) : part;
        })
        .join(' ');
    this.tail = this.tail
      .replace(
        /(\ssqref\s*=\s*")([^"]*)(")/g,
        (_m, a: string, list: string, b: string) => a + moveList(list) + b,
      )
      .replace(
        /(<(?:\w+:)?(?:mergeCell|hyperlink)\s[^>]*?\bref\s*=\s*")([^"]*)(")/g,
        (_m, a: string, list: string, b: string) => a + moveList(list) + b,
      )
      .replace(
        /(<(\w+:)?sqref>)([^<]*)(<\/)/g,
        (_m, a: string, _p, list: string, b: string) => a + moveList(list) + b,
      );
  }

  /**
   * The start tag of a child of `<worksheet>` after `sheetData`
   * (`pageSetup`, `pageMargins`…), or null when the sheet has none.
   */
  tailElement(name: string): string | null {
    const found = this.findInTail(name);
    return found ? this.tail.slice(found.start, found.tagEnd) : null;
  }

  /** The whole of such a child, its content included, or null. */
  tailElementXml(name: string): string | null {
    const found = this.findInTail(name);
    return found ? this.tail.slice(found.start, found.end) : null;
  }

  /**
   * Puts a child of `<worksheet>` after `sheetData`: replacing the one the
   * sheet has, else before the first of `following` (the elements CT_Worksheet
   * orders after it, ECMA-376 Part 1 §18.3.1.99), else last. Excel refuses a
   * sheet whose children are out of that order.
   */
  putTailElement(name: string, xml: string, following: readonly string[]): void {
    const found = this.findInTail(name);
    if (found) {
      this.tail = this.tail.slice(0, found.start) + xml + this.tail.slice(found.end);
      return;
    }
    const at = this.topLevelTail().find((element) => following.includes(element.name));
    const end = this.tail.lastIndexOf('</');
    const where = at ? at.start : end;
    this.tail = this.tail.slice(0, where) + xml + this.tail.slice(where);
  }

  /** Whether `<sheetPr><pageSetUpPr fitToPage="1">` makes the sheet print fitted to pages. */
  fitsToPage(): boolean {
    const tag = /<(?:\w+:)?pageSetUpPr\b[^>]*>/.exec(this.head)?.[0] ?? '';
    return /\sfitToPage\s*=\s*["'](?:1|true)["']/.test(tag);
  }

  /**
   * Turns `<sheetPr><pageSetUpPr fitToPage>` off where the sheet has it on,
   * so Excel prints at the page setup's `scale` instead of fitting pages.
   * A sheet without it is off already (the default) and is left as it is.
   */
  turnOffFitToPage(): void {
    const match = /<(?:\w+:)?pageSetUpPr\b[^>]*>/.exec(this.head);
    if (!match || !this.fitsToPage()) return;
    this.head =
      this.head.slice(0, match.index) +
      withAttribute(match[0], 'fitToPage', '0') +
      this.head.slice(match.index + match[0].length);
  }

  /** The worksheet's children after `sheetData`, where they start and end in `tail`. */
  private topLevelTail(): { name: string; start: number; tagEnd: number; end: number }[] {
    const scanner = new XmlScanner(this.tail);
    scanner.next(); // `</sheetData>`
    const found: { name: string; start: number; tagEnd: number; end: number }[] = [];
    while (scanner.next()) {
      if (scanner.kind === 'close') break; // `</worksheet>`
      const start = scanner.tagStart;
      const tagEnd = scanner.position;
      const name = scanner.name;
      if (scanner.kind === 'open') scanner.skipElement();
      found.push({ name, start, tagEnd, end: scanner.position });
    }
    return found;
  }

  private findInTail(name: string) {
    return this.topLevelTail().find((element) => element.name === name) ?? null;
  }

  /**
   * The part as this write leaves it, in pieces: the stored bytes of every
   * row it left alone (views of the part, not copies) between the rows it
   * rebuilt. Rows are in row order and each row number once, as Excel needs.
   */
  private *pieceList(): Generator<Uint8Array, void, undefined> {
    const numbers = [...this.stored.keys()];
    let ordered = true;
    for (let index = 1; index < numbers.length && ordered; index += 1)
      ordered = numbers[index - 1]! < numbers[index]!;
    for (const row of this.rows.keys()) {
      if (this.stored.has(row)) continue;
      if (numbers.length > 0 && row < numbers[numbers.length - 1]!) ordered = false;
      numbers.push(row);
    }
    if (!ordered) numbers.sort((a, b) => a - b);
    yield utf8(this.head);
    // Untouched rows that lie one after another in the part go out as one view of it.
    let runStart = -1;
    let runEnd = -1;
    for (const row of numbers) {
      const line = this.rows.get(row);
      let start = -1;
      let end = -1;
      if (line?.original) ({ start, end } = line.original);
      else if (line === undefined && !this.patched.has(row)) {
        const index = this.stored.get(row)!;
        start = this.storedRows.starts[index]!;
        end = this.storedRows.ends[index]!;
      }
      if (start >= 0 && start === runEnd) {
        runEnd = end;
        continue;
      }
      if (runStart >= 0) yield this.source.subarray(runStart, runEnd);
      runStart = start;
      runEnd = end;
      if (start >= 0) continue;
      const done = line === undefined ? this.written.get(row) : undefined;
      yield done
        ? done.chunk.subarray(done.start, done.end)
        : utf8(this.rowXml(line ?? this.peek(row)!));
    }
    if (runStart >= 0) yield this.source.subarray(runStart, runEnd);
    this.recent = null;
    yield utf8(this.tail);
  }

  private pieces(): Uint8Array[] {
    return [...this.pieceList()];
  }

  /**
   * The part for the zip writer: null when it is what was stored; else its
   * pieces, made one by one as they are compressed (a rebuilt row is
   * encoded, written and let go; the rows left alone are views of the part),
   * compared with the stored bytes on the way so the writer can still keep
   * the stored entry when they turn out the same. `isNew`: a part this
   * write added, never the same.
   */
  content(isNew: boolean): PieceContent | null {
    const rebuilds =
      this.patched.size > 0 || [...this.rows.values()].some((line) => !line.original);
    // Nothing rebuilt: cheap to compare before compressing anything.
    if (!isNew && !rebuilds && sameBytes(this.pieces(), this.source)) return null;
    const source = this.source;
    let same = !isNew;
    let at = 0;
    const list = this.pieceList();
    const pieces = (function* () {
      for (const piece of list) {
        if (same && (piece.buffer !== source.buffer || piece.byteOffset !== source.byteOffset + at))
          same = equalAt(source, at, piece);
        at += piece.length;
        yield piece;
      }
      if (at !== source.length) same = false;
    })();
    return { pieces, same: () => same };
  }

  /** The part's UTF-8 as this write leaves it. */
  bytes(): Uint8Array {
    return joined(this.pieces());
  }

  /**
   * The part's UTF-8 as this write leaves it, or null when that is exactly
   * what was stored (the caller then keeps the stored entry as it was).
   */
  changedBytes(): Uint8Array | null {
    const pieces = this.pieces();
    return sameBytes(pieces, this.source) ? null : joined(pieces);
  }

  /** The part's text as this write leaves it. */
  toXml(): string {
    return decoder.decode(this.bytes());
  }
}

function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}

/** Whether `bytes` stand in `source` at `at`. */
function equalAt(source: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > source.length) return false;
  for (let index = 0; index < bytes.length; index += 1)
    if (bytes[index] !== source[at + index]) return false;
  return true;
}

/** Whether `pieces` one after another are `source`; a piece that is a view of it in place is. */
function sameBytes(pieces: readonly Uint8Array[], source: Uint8Array): boolean {
  let at = 0;
  for (const piece of pieces) {
    const inPlace = piece.buffer === source.buffer && piece.byteOffset === source.byteOffset + at;
    if (!inPlace && !equalAt(source, at, piece)) return false;
    at += piece.length;
  }
  return at === source.length;
}

export function boxReference(box: CellBox): string {
  const topLeft = `${columnLetter(box.left)}${box.top + 1}`;
  const bottomRight = `${columnLetter(box.right)}${box.bottom + 1}`;
  return topLeft === bottomRight ? topLeft : `${topLeft}:${bottomRight}`;
}

function movedCell(xml: string, reference: string): string {
  const open = xml.slice(0, xml.indexOf('>') + 1);
  return withAttribute(open, 'r', reference) + xml.slice(open.length);
}
