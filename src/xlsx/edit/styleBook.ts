/**
 * The cell formats of `styles.xml`, for writes that give a cell a number
 * format or add a highlight fill. An existing format is reused when one
 * matches, so the part changes only when a write needs a format it lacks,
 * and everything else in it (fonts such as 等线 or 宋体, cell styles, table
 * styles) stays as it was.
 */
import { TEXT_FORMAT } from '../../core';
import { isBuiltInDateFormat, isDateFormatCode } from '../../core/values/dateFormat';
import { XmlScanner } from '../package/xmlScanner';
import { escapeAttribute, withAttribute } from './xmlWriting';

/** Built-in number formats by code (ECMA-376 §18.8.30): they need no `<numFmt>`. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  'mm-dd-yy': 14,
  'h:mm': 20,
  'h:mm:ss': 21,
  [TEXT_FORMAT]: 49,
};
/** Custom number formats take ids from 164 up. */
const FIRST_CUSTOM_ID = 164;

interface Section {
  /** Where the element starts and ends in the part, `-1` when the part has none. */
  start: number;
  end: number;
  prefix: string;
  items: string[];
  /** Set when a write added an item: only such sections are rewritten. */
  dirty?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * Hancom (Haansoft) Office wraps some fonts, cell formats and differential
 * formats in `mc:AlternateContent` (a Choice with its own attributes, a plain
 * Fallback). Such an entry is kept whole, and read through its Fallback.
 */
const ALTERNATE = 'AlternateContent';

/** An entry as a plain element: an `mc:AlternateContent` entry's Fallback `<xf>`, else itself. */
function plainItem(item: string | undefined, name: string): string | undefined {
  if (item === undefined || !/^<(?:[\w.-]+:)?AlternateContent\b/.test(item)) return item;
  const fallback = item.search(/<(?:[\w.-]+:)?Fallback\b/);
  const from = fallback >= 0 ? fallback : 0;
  const open = new RegExp(`<([\\w.-]+:)?${name}\\b`).exec(item.slice(from));
  if (!open) return undefined;
  const start = from + open.index;
  const tagEnd = item.indexOf('>', start);
  if (item[tagEnd - 1] === '/') return item.slice(start, tagEnd + 1);
  const close = `</${open[1] ?? ''}${name}>`;
  const end = item.indexOf(close, tagEnd);
  return end < 0 ? undefined : item.slice(start, end + close.length);
}

function findSection(xml: string, name: string, item: string): Section {
  const scanner = new XmlScanner(xml);
  while (scanner.next()) {
    if (scanner.name !== name || scanner.kind === 'close') continue;
    const start = scanner.tagStart;
    const raw = xml.slice(start + 1, xml.indexOf(name, start));
    const items: string[] = [];
    if (scanner.kind === 'empty') return { start, end: scanner.position, prefix: raw, items };
    let depth = 0;
    let itemStart = -1;
    /** Inside an `mc:AlternateContent` of the section: its nesting depth, and where it started. */
    let alternate = 0;
    let alternateStart = -1;
    while (scanner.next()) {
      const { name: inner, kind } = scanner.tag();
      if (inner === ALTERNATE && depth === 0 && kind !== 'empty') {
        // One entry however it is wrapped: indices count it once (ECMA-376 Part 3 §10.2.1).
        if (kind === 'open' && alternate++ === 0) alternateStart = scanner.tagStart;
        if (kind === 'close' && --alternate === 0)
          items.push(xml.slice(alternateStart, scanner.position));
        continue;
      }
      if (alternate > 0) continue;
      if (inner === name && kind === 'close') break;
      if (inner !== item) continue;
      if (kind === 'empty' && depth === 0)
        items.push(xml.slice(scanner.tagStart, scanner.position));
      else if (kind === 'open') {
        if (depth === 0) itemStart = scanner.tagStart;
        depth += 1;
      } else if (kind === 'close') {
        depth -= 1;
        if (depth === 0) items.push(xml.slice(itemStart, scanner.position));
      }
    }
    return { start, end: scanner.position, prefix: raw, items };
  }
  return { start: -1, end: -1, prefix: '', items: [] };
}

export class StyleBook {
  private readonly numFmts: Section;
  private readonly cellXfs: Section;
  private readonly dxfs: Section;
  private changed = false;

  private readonly xml: string;

  constructor(stored: string) {
    const xml = withCellFormats(stored);
    this.xml = xml;
    this.numFmts = findSection(xml, 'numFmts', 'numFmt');
    this.cellXfs = findSection(xml, 'cellXfs', 'xf');
    this.dxfs = findSection(xml, 'dxfs', 'dxf');
    if (this.cellXfs.start < 0) throw new Error('styles part without cellXfs');
  }

  get isChanged(): boolean {
    return this.changed;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let highest = FIRST_CUSTOM_ID - 1;
    for (const item of this.numFmts.items) {
      const scanner = new XmlScanner(item);
      scanner.next();
      const id = Number(scanner.attribute('numFmtId'));
      if (scanner.attribute('formatCode') === code) return id;
      if (id > highest) highest = id;
    }
    const id = highest + 1;
    const p = this.numFmts.prefix || this.cellXfs.prefix;
    this.numFmts.items.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    this.numFmts.dirty = true;
    this.changed = true;
    return id;
  }

  private numberFormatIdOf(style: number): number | null {
    const xf = plainItem(this.cellXfs.items[style], 'xf');
    if (xf === undefined) return null;
    const scanner = new XmlScanner(xf.slice(0, xf.indexOf('>') + 1));
    scanner.next();
    return Number(scanner.attribute('numFmtId') ?? '0');
  }

  /** Whether cells of this format show a date (a built-in date format or a custom date code). */
  showsDate(style: number): boolean {
    const id = this.numberFormatIdOf(style);
    if (id === null) return false;
    if (id < FIRST_CUSTOM_ID) return isBuiltInDateFormat(id);
    for (const item of this.numFmts.items) {
      const scanner = new XmlScanner(item);
      scanner.next();
      if (Number(scanner.attribute('numFmtId')) === id)
        return isDateFormatCode(scanner.attribute('formatCode') ?? '');
    }
    return false;
  }

  /** The index of a cell format like `base` but showing numbers as cells of `source` do. */
  withNumberFormatOf(base: number, source: number): number {
    const id = this.numberFormatIdOf(source) ?? 0;
    return this.withNumberFormatId(base, id);
  }

  /** The index of a cell format like `base` but showing numbers with `code`. */
  withNumberFormat(base: number, code: string): number {
    return this.withNumberFormatId(base, this.numberFormatId(code));
  }

  private withNumberFormatId(base: number, id: number): number {
    const xfs = this.cellXfs.items;
    const template =
      plainItem(xfs[base], 'xf') ??
      plainItem(xfs[0], 'xf') ??
      `<${this.cellXfs.prefix}xf numFmtId="0"/>`;
    const open = template.slice(0, template.indexOf('>') + 1);
    const current = new XmlScanner(open);
    current.next();
    if (Number(current.attribute('numFmtId') ?? '0') === id) return xfs[base] ? base : 0;
    const wanted =
      withAttribute(withAttribute(open, 'numFmtId', String(id)), 'applyNumberFormat', '1') +
      template.slice(open.length);
    const found = xfs.indexOf(wanted);
    if (found >= 0) return found;
    xfs.push(wanted);
    this.cellXfs.dirty = true;
    this.changed = true;
    return xfs.length - 1;
  }

  /**
   * The index of a cell format like `base` whose text wraps, top-aligned
   * (an alignment the format had is kept otherwise).
   */
  withWrap(base: number): number {
    const xfs = this.cellXfs.items;
    const template =
      plainItem(xfs[base], 'xf') ??
      plainItem(xfs[0], 'xf') ??
      `<${this.cellXfs.prefix}xf numFmtId="0"/>`;
    const p = this.cellXfs.prefix;
    const open = template.slice(0, template.indexOf('>') + 1);
    const selfClosing = open.endsWith('/>');
    const body = selfClosing ? '' : template.slice(open.length, template.lastIndexOf('</'));
    const alignment = /<(?:\w+:)?alignment\b[^>]*?\/?>/.exec(body);
    let tag = alignment ? alignment[0].replace(/\s*\/?>$/, '/>') : `<${p}alignment/>`;
    tag = withAttribute(withAttribute(tag, 'wrapText', '1'), 'vertical', 'top');
    if (alignment && alignment[0] === tag) return xfs[base] ? base : 0;
    // An alignment element with children (none in practice) is replaced whole.
    const rest = alignment
      ? body.replace(/<(?:\w+:)?alignment\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?alignment>)/, '')
      : body;
    const head = withAttribute(selfClosing ? `${open.slice(0, -2)}>` : open, 'applyAlignment', '1');
    const wanted = `${head}${tag}${rest}</${p}xf>`;
    const found = xfs.indexOf(wanted);
    if (found >= 0) return found;
    xfs.push(wanted);
    this.cellXfs.dirty = true;
    this.changed = true;
    return xfs.length - 1;
  }

  /** The index of a differential format showing numbers with `code` (a conditional number format). */
  numberFormatFormat(code: string): number {
    const p = this.dxfs.prefix || this.cellXfs.prefix;
    const id = this.numberFormatId(code);
    const wanted = `<${p}dxf><${p}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/></${p}dxf>`;
    const found = this.dxfs.items.indexOf(wanted);
    if (found >= 0) return found;
    this.dxfs.items.push(wanted);
    this.dxfs.dirty = true;
    this.changed = true;
    return this.dxfs.items.length - 1;
  }

  /** The index of a differential format filling cells with `argb` (`FFF8CBAD`). */
  fillFormat(argb: string): number {
    const p = this.dxfs.prefix || this.cellXfs.prefix;
    const wanted = `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb}"/></${p}patternFill></${p}fill></${p}dxf>`;
    const found = this.dxfs.items.indexOf(wanted);
    if (found >= 0) return found;
    this.dxfs.items.push(wanted);
    this.dxfs.dirty = true;
    this.changed = true;
    return this.dxfs.items.length - 1;
  }

  private sectionXml(section: Section, name: string): string {
    const p = section.prefix || this.cellXfs.prefix;
    return `<${p}${name} count="${section.items.length}">${section.items.join('')}</${p}${name}>`;
  }

  /** The part with the sections this book changed rewritten, every other byte as it was. */
  toXml(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    const place = (section: Section, name: string, before: readonly string[]) => {
      if (!section.dirty) return;
      const text = this.sectionXml(section, name);
      if (section.start >= 0) {
        edits.push({ start: section.start, end: section.end, text });
        return;
      }
      // A section the part lacked goes where the schema orders it.
      const at = insertionPoint(this.xml, before);
      edits.push({ start: at, end: at, text });
    };
    place(this.numFmts, 'numFmts', ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    place(this.cellXfs, 'cellXfs', []);
    place(this.dxfs, 'dxfs', ['tableStyles', 'colors', 'extLst']);
    let result = this.xml;
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
      result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    }
    return result;
  }
}

/**
 * The sections a cell format needs (ECMA-376 §18.8.39 orders them), each with
 * the one entry Excel itself writes when a workbook has no formats of its own.
 */
const REQUIRED_SECTIONS: readonly (readonly [string, string])[] = [
  ['fonts', '<font><sz val="11"/><name val="Calibri"/></font>'],
  [
    'fills',
    '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
  ],
  ['borders', '<border><left/><right/><top/><bottom/><diagonal/></border>'],
  ['cellStyleXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  ['cellXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
];
/** What follows the required sections in a `styleSheet`, in schema order. */
const AFTER_REQUIRED = ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/**
 * A styles part without `cellXfs` (ClosedXML's test set holds an empty
 * `<styleSheet>`; other writers drop sections they have nothing for) gets the
 * sections it lacks, so a format can be added to it; everything it has stays
 * as it was. Only a write that adds a format stores the result.
 */
function withCellFormats(stored: string): string {
  if (findSection(stored, 'cellXfs', 'xf').start >= 0) return stored;
  let xml = stored;
  const scanner = new XmlScanner(xml);
  let prefix = '';
  while (scanner.next()) {
    if (scanner.name !== 'styleSheet') continue;
    prefix = xml.slice(scanner.tagStart + 1, xml.indexOf('styleSheet', scanner.tagStart));
    if (scanner.kind === 'empty') {
      // `<styleSheet …/>`: open it so sections can go inside.
      const open = xml.slice(scanner.tagStart, scanner.position).replace(/\s*\/>$/, '>');
      xml = `${xml.slice(0, scanner.tagStart)}${open}</${prefix}styleSheet>${xml.slice(scanner.position)}`;
    }
    break;
  }
  REQUIRED_SECTIONS.forEach(([name, items], index) => {
    if (findSection(xml, name, '').start >= 0) return;
    const later = [...REQUIRED_SECTIONS.slice(index + 1).map(([next]) => next), ...AFTER_REQUIRED];
    const at = insertionPoint(xml, later);
    const count = name === 'fills' ? 2 : 1;
    const text = `<${prefix}${name} count="${count}">${items.replace(/<(\/?)(?=\w)/g, `<$1${prefix}`)}</${prefix}${name}>`;
    xml = xml.slice(0, at) + text + xml.slice(at);
  });
  return xml;
}

/** Before the first of `names` present in the part, else before the root's end tag. */
function insertionPoint(xml: string, names: readonly string[]): number {
  const scanner = new XmlScanner(xml);
  let rootEnd = xml.lastIndexOf('</');
  while (scanner.next()) {
    if (scanner.kind !== 'close' && names.includes(scanner.name)) return scanner.tagStart;
    if (scanner.name === 'styleSheet' && scanner.kind === 'close') rootEnd = scanner.tagStart;
  }
  return rootEnd;
}

export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
