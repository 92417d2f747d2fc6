/**
 * Edits the cells of one worksheet part in place. Rows a write touches are
 * rebuilt from their cells (each cell's own XML kept as it was unless the
 * write sets it); every other row and everything outside `sheetData`
 * (validations, x14 extensions, drawings, page setup…) stays byte for byte,
 * except ranges an inserted table row moves.
 */
import { columnLetter } from '../../core';
import { XmlScanner } from '../package/xmlScanner';
import { ColumnStyleTally, type StyleCount } from './columnStyleTally';
import { parseBox, type CellBox } from '../tables';
import { prefixOf, withAttribute, withoutAttribute } from './xmlWriting';

interface SheetCell {
  readonly column: number;
  xml: string;
  readonly style: number | undefined;
}

interface SheetRow {
  row: number;
  /** The row's start tag as written (`<row r="5" ht="20" customHeight="1">`). */
  startTag: string;
  /** The row's whole XML when it is unchanged. */
  original: string | null;
  cells: SheetCell[];
  /** The row's own format (`s` with `customFormat`), which its empty cells show. */
  style: number | undefined;
}

function cellRow(reference: string): { row: number; column: number } | null {
  const box = parseBox(reference);
  return box ? { row: box.top, column: box.left } : null;
}

export class SheetEditor {
  private readonly rows = new Map<number, SheetRow>();
  private head: string;
  private tail: string;
  readonly prefix: string;
  private readonly columnStyles: { min: number; max: number; style: number }[] = [];
  /** Per column, built on first use and kept current by `setCell`. */
  private readonly tallies = new Map<number, ColumnStyleTally>();

  constructor(xml: string) {
    const scanner = new XmlScanner(xml);
    let dataStart = -1;
    let dataEnd = -1;
    let prefix = '';
    let selfClosing = false;
    while (scanner.next()) {
      if (scanner.name === 'col' && scanner.kind !== 'close') {
        const style = scanner.attribute('style');
        if (style !== undefined)
          this.columnStyles.push({
            min: Number(scanner.attribute('min')) - 1,
            max: Number(scanner.attribute('max')) - 1,
            style: Number(style),
          });
      }
      if (scanner.name !== 'sheetData') continue;
      prefix = prefixOf(xml, scanner.tagStart, 'sheetData');
      if (scanner.kind === 'empty') {
        selfClosing = true;
        dataStart = scanner.tagStart;
        dataEnd = scanner.position;
        break;
      }
      dataStart = scanner.position;
      this.readRows(scanner);
      dataEnd = scanner.tagStart;
      break;
    }
    if (dataStart < 0) throw new Error('worksheet without sheetData');
    this.prefix = prefix;
    this.head = selfClosing
      ? `${xml.slice(0, dataStart)}<${prefix}sheetData>`
      : xml.slice(0, dataStart);
    this.tail = selfClosing ? `</${prefix}sheetData>${xml.slice(dataEnd)}` : xml.slice(dataEnd);
  }

  private readRows(scanner: XmlScanner): void {
    const xml = scanner.xml;
    let previous = -1;
    while (scanner.next()) {
      if (scanner.name === 'sheetData' && scanner.kind === 'close') return;
      if (scanner.name !== 'row' || scanner.kind === 'close') continue;
      const start = scanner.tagStart;
      const startTagEnd = scanner.position;
      const number = Number(scanner.attribute('r'));
      const row = Number.isInteger(number) && number >= 1 ? number - 1 : previous + 1;
      const style =
        scanner.attribute('customFormat') === '1' ? Number(scanner.attribute('s')) : undefined;
      previous = row;
      const startTag = xml.slice(start, startTagEnd);
      const cells: SheetCell[] = [];
      if (scanner.kind === 'open') {
        let column = -1;
        while (scanner.next()) {
          const { name, kind } = scanner.tag();
          if (name === 'row' && kind === 'close') break;
          if (name !== 'c' || kind === 'close') continue;
          const cellStart = scanner.tagStart;
          const place = cellRow(scanner.attribute('r') ?? '');
          column = place ? place.column : column + 1;
          const styleText = scanner.attribute('s');
          if (kind === 'open') scanner.skipElement();
          cells.push({
            column,
            xml: xml.slice(cellStart, scanner.position),
            style: styleText === undefined ? undefined : Number(styleText),
          });
        }
      }
      this.rows.set(row, {
        row,
        startTag,
        original: xml.slice(start, scanner.position),
        cells,
        style,
      });
    }
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
      for (const line of this.rows.values()) {
        const cell = line.cells.find((candidate) => candidate.column === column);
        if (cell?.style !== undefined) tally.add(line.row, cell.style);
      }
      this.tallies.set(column, tally);
    }
    return tally.counts();
  }

  /** The format an empty cell shows: its own, else its row's, else its column's. */
  styleAt(row: number, column: number): number {
    const line = this.rows.get(row);
    const cell = line?.cells.find((candidate) => candidate.column === column);
    if (cell?.style !== undefined) return cell.style;
    if (line?.style !== undefined) return line.style;
    return this.columnStyles.find((span) => column >= span.min && column <= span.max)?.style ?? 0;
  }

  private rowFor(row: number): SheetRow {
    let line = this.rows.get(row);
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
    const line = this.rowFor(row);
    const at = line.cells.findIndex((cell) => cell.column === column);
    const cell = { column, xml, style: undefined };
    if (at >= 0) {
      if (line.cells[at]!.xml === xml) return;
      line.cells[at] = cell;
      this.tallies.get(column)?.replace(row);
    } else {
      line.cells.push(cell);
      line.cells.sort((a, b) => a.column - b.column);
    }
    line.original = null;
  }

  /**
   * What inserting a sheet row inside a table does to the cells of its
   * columns: those at `fromRow` and below move down one row (as Excel's
   * `ListRows.add`); the cells left at `fromRow` keep the formats of the
   * ones that moved, without values.
   */
  shiftDown(fromRow: number, left: number, right: number): void {
    this.tallies.clear();
    const rows = [...this.rows.keys()].filter((row) => row >= fromRow).sort((a, b) => b - a);
    for (const row of rows) {
      const line = this.rows.get(row)!;
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

  /**
   * Sets `fitToPage` on `<sheetPr><pageSetUpPr>`, adding either where it is
   * missing: `pageSetUpPr` is the last child CT_SheetPr allows, `sheetPr` the
   * first child of the worksheet.
   */
  setFitToPage(fit: boolean): void {
    const value = fit ? '1' : '0';
    const scanner = new XmlScanner(this.head);
    let sheetPr: { start: number; end: number; kind: string } | null = null;
    let worksheetEnd = -1;
    while (scanner.next()) {
      if (scanner.name === 'worksheet' && scanner.kind === 'open') worksheetEnd = scanner.position;
      else if (scanner.name === 'sheetPr' && scanner.kind !== 'close') {
        sheetPr = { start: scanner.tagStart, end: scanner.position, kind: scanner.kind };
        if (scanner.kind === 'empty') break;
      } else if (scanner.name === 'pageSetUpPr' && sheetPr && scanner.kind !== 'close') {
        const tag = this.head.slice(scanner.tagStart, scanner.position);
        this.head =
          this.head.slice(0, scanner.tagStart) +
          withAttribute(tag, 'fitToPage', value) +
          this.head.slice(scanner.position);
        return;
      } else if (scanner.name === 'sheetPr' && scanner.kind === 'close') {
        const own = `<${this.prefix}pageSetUpPr fitToPage="${value}"/>`;
        this.head = this.head.slice(0, scanner.tagStart) + own + this.head.slice(scanner.tagStart);
        return;
      } else if (!sheetPr && scanner.name !== 'worksheet') break;
    }
    const own = `<${this.prefix}pageSetUpPr fitToPage="${value}"/>`;
    if (sheetPr) {
      // `<sheetPr codeName="…"/>`: opened up to hold its new child.
      const tag = this.head.slice(sheetPr.start, sheetPr.end).replace(/\s*\/>$/, '>');
      this.head = `${this.head.slice(0, sheetPr.start)}${tag}${own}</${this.prefix}sheetPr>${this.head.slice(sheetPr.end)}`;
      return;
    }
    if (worksheetEnd < 0) throw new Error('worksheet part without its worksheet element');
    this.head = `${this.head.slice(0, worksheetEnd)}<${this.prefix}sheetPr>${own}</${this.prefix}sheetPr>${this.head.slice(worksheetEnd)}`;
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

  toXml(): string {
    const rows = [...this.rows.values()].sort((a, b) => a.row - b.row);
    const body = rows
      .map((line) => {
        if (line.original !== null) return line.original;
        const open = withoutAttribute(line.startTag.replace(/\s*\/>$/, '>'), 'spans');
        return `${open}${line.cells.map((cell) => cell.xml).join('')}</${this.prefix}row>`;
      })
      .join('');
    return this.head + body + this.tail;
  }
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
