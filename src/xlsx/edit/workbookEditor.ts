/**
 * A workbook package opened for a write that changes only what it owns: the
 * worksheet parts it edits, the tables it grows, a sheet it adds, and the
 * index parts that must name a new part (`workbook.xml`, its relationships,
 * `[Content_Types].xml`) or a new format (`styles.xml`). Every other entry
 * of the zip is copied byte for byte, so shapes, x14 validations, sparklines,
 * embedded objects, pivots, charts, macros and the data model survive.
 *
 * No Node imports: compression comes in as arguments.
 */
import type { DateSystem } from '../../core';
import {
  isType,
  parseRelationships,
  relationshipsPartOf,
  relativeTarget,
} from '../package/relationships';
import { XmlScanner } from '../package/xmlScanner';
import type { Inflate, ZipEntry } from '../package/zipArchive';
import { WorkbookPackage, type SheetEntry } from '../read/workbookPackage';
import { parseBox, type CellBox } from '../tables';
import { SheetEditor } from './sheetEditor';
import { EMPTY_STYLES, StyleBook } from './styleBook';
import { escapeAttribute, escapeText, prefixOf, utf8, withAttribute } from './xmlWriting';
import { writePackage, type Compression, type Content, type Deflate } from './zipWriter';

export const RELATIONSHIP_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
} as const;
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = '[Content_Types].xml';
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

export interface TablePart {
  readonly part: string;
  readonly sheetPart: string;
  readonly id: number;
  readonly name: string;
  box: CellBox;
  readonly columns: readonly string[];
}

export class WorkbookEditor {
  /** Parts this write rewrites or adds, by part name (no leading `/`). */
  private readonly texts = new Map<string, string>();
  private readonly added: string[] = [];
  private readonly sheetEditors = new Map<string, SheetEditor>();
  private readonly tableCache = new Map<string, TablePart[]>();
  private styleBook: StyleBook | null = null;
  private stylesPart: string | null = null;
  readonly sheets: SheetEntry[];

  private constructor(private readonly workbook: WorkbookPackage) {
    this.sheets = [...workbook.sheets];
  }

  /** How the package counts days (`workbookPr date1904`): every day written is stored in it. */
  get dateSystem(): DateSystem {
    return this.workbook.date1904 ? 1904 : 1900;
  }

  static async open(bytes: Uint8Array, inflate: Inflate): Promise<WorkbookEditor> {
    return new WorkbookEditor(await WorkbookPackage.open(bytes, inflate));
  }

  /** A part's current text: as this write left it, else as stored. */
  async text(part: string): Promise<string | null> {
    return this.texts.get(part) ?? (await this.workbook.text(part));
  }

  private put(part: string, text: string, isNew = false): void {
    this.texts.set(part, text);
    if (isNew && !this.added.includes(part)) this.added.push(part);
  }

  async sheet(part: string): Promise<SheetEditor> {
    let editor = this.sheetEditors.get(part);
    if (!editor) {
      // A part this write made is edited as its text; a stored one as its bytes, never decoded whole.
      const source = this.texts.get(part) ?? (await this.workbook.utf8(part));
      if (source === null) throw new Error(`no worksheet part ${part}`);
      editor = new SheetEditor(source);
      this.sheetEditors.set(part, editor);
    }
    return editor;
  }

  async styles(): Promise<StyleBook> {
    if (!this.styleBook) {
      this.stylesPart = this.workbook.relatedPart('styles');
      const xml = this.stylesPart ? await this.text(this.stylesPart) : null;
      this.styleBook = new StyleBook(xml ?? EMPTY_STYLES);
    }
    return this.styleBook;
  }

  /** The tables of one sheet, in the order the sheet's relationships list them. */
  async tables(sheetPart: string): Promise<TablePart[]> {
    const cached = this.tableCache.get(sheetPart);
    if (cached) return cached;
    const rels = await this.relationshipsOf(sheetPart);
    const tables: TablePart[] = [];
    for (const rel of rels) {
      if (rel.external || !isType(rel, 'table')) continue;
      const xml = await this.text(rel.target);
      const table = xml === null ? null : parseTable(rel.target, sheetPart, xml);
      if (table) tables.push(table);
    }
    this.tableCache.set(sheetPart, tables);
    return tables;
  }

  private async relationshipsOf(part: string) {
    const xml = await this.text(relationshipsPartOf(part));
    return xml === null ? [] : parseRelationships(part, xml);
  }

  async allTables(): Promise<TablePart[]> {
    const all: TablePart[] = [];
    for (const sheet of this.sheets) all.push(...(await this.tables(sheet.part)));
    return all;
  }

  /** Gives a table a new extent: its `ref` and its autofilter's. */
  async setTableBox(table: TablePart, box: CellBox, reference: string): Promise<void> {
    const xml = (await this.text(table.part)) ?? '';
    const scanner = new XmlScanner(xml);
    const edits: { start: number; end: number }[] = [];
    while (scanner.next()) {
      if ((scanner.name === 'table' || scanner.name === 'autoFilter') && scanner.kind !== 'close')
        edits.push({ start: scanner.tagStart, end: scanner.position });
      if (scanner.name === 'tableColumns') break;
    }
    let result = xml;
    for (const edit of edits.reverse()) {
      const tag = result.slice(edit.start, edit.end);
      result =
        result.slice(0, edit.start) + withAttribute(tag, 'ref', reference) + result.slice(edit.end);
    }
    table.box = box;
    this.put(table.part, result);
  }

  private freePart(pattern: (n: number) => string): string {
    for (let n = 1; ; n += 1) {
      const part = pattern(n);
      if (!this.workbook.archive.has(part) && !this.added.includes(part)) return part;
    }
  }

  /** Adds a worksheet (and its one table) at the end of the tab order; returns its part name. */
  async addSheet(name: string, sheetXml: string, table: { xml: string } | null): Promise<string> {
    const sheetPart = this.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    this.put(sheetPart, sheetXml, true);
    await this.addContentType(sheetPart, CONTENT_TYPE.worksheet);
    if (table) {
      const tablePart = this.freePart((n) => `xl/tables/table${n}.xml`);
      this.put(tablePart, table.xml, true);
      await this.addContentType(tablePart, CONTENT_TYPE.table);
      this.put(
        relationshipsPartOf(sheetPart),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIP_TYPES.table}" Target="${escapeAttribute(relativeTarget(sheetPart, tablePart))}"/></Relationships>`,
        true,
      );
    }
    const id = await this.addWorkbookRelationship(RELATIONSHIP_TYPES.worksheet, sheetPart);
    await this.addSheetEntry(name, id);
    this.sheets.push({ name, part: sheetPart });
    this.tableCache.delete(sheetPart);
    return sheetPart;
  }

  /** Highest table id in the workbook: ids are unique across sheets. */
  async nextTableId(): Promise<number> {
    return Math.max(0, ...(await this.allTables()).map((table) => table.id)) + 1;
  }

  /**
   * Whether the workbook part is stored as macro-enabled (`.xlsm`, `.xltm`):
   * the package keeps its `vbaProject.bin` and content type, and Excel opens
   * it only under the extension its content type names.
   */
  async isMacroEnabled(): Promise<boolean> {
    const scanner = new XmlScanner((await this.text(CONTENT_TYPES)) ?? '');
    const workbookPart = this.workbook.workbookPart.toLowerCase();
    while (scanner.next()) {
      if (scanner.name !== 'Override' || scanner.kind === 'close') continue;
      const part = (scanner.attribute('PartName') ?? '').replace(/^\//, '').toLowerCase();
      if (part === workbookPart)
        return /macroEnabled/i.test(scanner.attribute('ContentType') ?? '');
    }
    return false;
  }

  private async addContentType(part: string, contentType: string): Promise<void> {
    const xml = (await this.text(CONTENT_TYPES)) ?? '';
    const close = xml.lastIndexOf('</');
    const prefix = prefixOf(xml, close, 'Types');
    const entry = `<${prefix}Override PartName="/${escapeAttribute(part)}" ContentType="${contentType}"/>`;
    this.put(CONTENT_TYPES, xml.slice(0, close) + entry + xml.slice(close));
  }

  private async addWorkbookRelationship(type: string, target: string): Promise<string> {
    const part = relationshipsPartOf(this.workbook.workbookPart);
    const xml =
      (await this.text(part)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`;
    const taken = new Set(parseRelationships(this.workbook.workbookPart, xml).map((rel) => rel.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n += 1;
    const id = `rId${n}`;
    const close = xml.lastIndexOf('</');
    const prefix = prefixOf(xml, close, 'Relationships');
    const relative = relativeTarget(this.workbook.workbookPart, target);
    const entry = `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(relative)}"/>`;
    this.put(part, xml.slice(0, close) + entry + xml.slice(close));
    return id;
  }

  private async addSheetEntry(name: string, relationshipId: string): Promise<void> {
    const xml = (await this.text(this.workbook.workbookPart)) ?? '';
    const scanner = new XmlScanner(xml);
    let sheetsClose = -1;
    let highestId = 0;
    let prefix = '';
    while (scanner.next()) {
      if (scanner.name === 'sheet' && scanner.kind !== 'close') {
        highestId = Math.max(highestId, Number(scanner.attribute('sheetId')) || 0);
      }
      if (scanner.name === 'sheets' && scanner.kind === 'close') {
        sheetsClose = scanner.tagStart;
        prefix = prefixOf(xml, scanner.tagStart, 'sheets');
        break;
      }
    }
    if (sheetsClose < 0) throw new Error('workbook part without sheets');
    // Only a declaration in scope of the new entry counts: the root's or `<sheets>`'s. Some
    // writers declare `xmlns:r` on each `<sheet>` (POI 59021.xlsx); reusing that prefix gave an
    // undeclared one, and LibreOffice refused the file.
    const sheetsOpen = /<(?:[\w.-]+:)?sheets\b[^>]*>/.exec(xml)?.[0] ?? '';
    const inScope = (/<(?![?!])[^>]*>/.exec(xml)?.[0] ?? '') + sheetsOpen;
    const relPrefix = new RegExp(`xmlns:(\\w+)="${OFFICE_RELATIONSHIPS}"`).exec(inScope)?.[1];
    const idAttribute = relPrefix
      ? `${relPrefix}:id="${relationshipId}"`
      : `xmlns:r="${OFFICE_RELATIONSHIPS}" r:id="${relationshipId}"`;
    const entry = `<${prefix}sheet name="${escapeAttribute(name)}" sheetId="${highestId + 1}" ${idAttribute}/>`;
    this.put(
      this.workbook.workbookPart,
      xml.slice(0, sheetsClose) + entry + xml.slice(sheetsClose),
    );
  }

  /**
   * Adds a defined name (`_xlnm.Print_Titles` scoped to one sheet by its
   * position, or a workbook name). A name the workbook already has in that
   * scope belongs to an earlier insert or to the user: kept, and false returned.
   */
  async addDefinedName(name: string, formula: string, localSheetId?: number): Promise<boolean> {
    const part = this.workbook.workbookPart;
    const xml = (await this.text(part)) ?? '';
    const scanner = new XmlScanner(xml);
    let sheetsEnd = -1;
    let namesClose = -1;
    let prefix = '';
    while (scanner.next()) {
      if (scanner.name === 'sheets' && scanner.kind !== 'open') {
        sheetsEnd = scanner.position;
        prefix = prefixOf(xml, scanner.tagStart, 'sheets');
      }
      if (scanner.name === 'definedName' && scanner.kind !== 'close') {
        const scope = scanner.attribute('localSheetId');
        const sameScope =
          localSheetId === undefined ? scope === undefined : Number(scope) === localSheetId;
        if (sameScope && scanner.attribute('name')?.toLowerCase() === name.toLowerCase())
          return false;
      }
      if (scanner.name === 'definedNames' && scanner.kind === 'close') {
        namesClose = scanner.tagStart;
        break;
      }
    }
    const scope = localSheetId === undefined ? '' : ` localSheetId="${localSheetId}"`;
    const entry = `<${prefix}definedName name="${escapeAttribute(name)}"${scope}>${escapeText(formula)}</${prefix}definedName>`;
    if (namesClose >= 0) {
      this.put(part, xml.slice(0, namesClose) + entry + xml.slice(namesClose));
    } else {
      if (sheetsEnd < 0) throw new Error('workbook part without sheets');
      const names = `<${prefix}definedNames>${entry}</${prefix}definedNames>`;
      this.put(part, xml.slice(0, sheetsEnd) + names + xml.slice(sheetsEnd));
    }
    return true;
  }

  /** Formulas are written without cached values: Excel and LibreOffice compute them on open. */
  async recalculateOnOpen(): Promise<void> {
    const part = this.workbook.workbookPart;
    const xml = (await this.text(part)) ?? '';
    const scanner = new XmlScanner(xml);
    while (scanner.next()) {
      if (scanner.name === 'calcPr' && scanner.kind !== 'close') {
        const tag = xml.slice(scanner.tagStart, scanner.position);
        const updated = withAttribute(tag, 'fullCalcOnLoad', '1');
        if (updated !== tag)
          this.put(part, xml.slice(0, scanner.tagStart) + updated + xml.slice(scanner.position));
        return;
      }
    }
    const close = xml.lastIndexOf('</');
    const prefix = prefixOf(xml, close, 'workbook');
    this.put(
      part,
      `${xml.slice(0, close)}<${prefix}calcPr fullCalcOnLoad="1"/>${xml.slice(close)}`,
    );
  }

  /** The package with every part this write changed, every other entry copied as it was. */
  async save(compression: Deflate | Compression): Promise<Uint8Array> {
    // Each sheet is written out when the zip writer reaches it, and its editor let go then:
    // a large sheet's pieces, bytes and rows are never held beside another's.
    const sheetContents = new Map<string, Content>();
    for (const [part, editor] of this.sheetEditors) {
      let held: SheetEditor | null = editor;
      const isNew = this.added.includes(part);
      sheetContents.set(part, () => {
        const sheet = held!;
        held = null;
        // A sheet the write read but left as it was keeps its stored bytes.
        return sheet.content(isNew);
      });
    }
    this.sheetEditors.clear();
    if (this.styleBook?.isChanged) {
      if (!this.stylesPart) {
        this.stylesPart = this.freePart((n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
        this.put(this.stylesPart, this.styleBook.toXml(), true);
        await this.addContentType(this.stylesPart, CONTENT_TYPE.styles);
        await this.addWorkbookRelationship(RELATIONSHIP_TYPES.styles, this.stylesPart);
      } else this.put(this.stylesPart, this.styleBook.toXml());
    }
    const archive = this.workbook.archive;
    const replaced = new Map<ZipEntry, Content>();
    const added: [string, Content][] = [];
    for (const part of new Set([...this.texts.keys(), ...sheetContents.keys()])) {
      const text = this.texts.get(part)!;
      const content = sheetContents.get(part) ?? (() => utf8(text));
      const entry = archive.entry(part);
      if (entry && !this.added.includes(part)) replaced.set(entry, content);
      else added.push([part, content]);
    }
    return writePackage(
      archive,
      replaced,
      added,
      typeof compression === 'function' ? { deflate: compression } : compression,
    );
  }
}

function parseTable(part: string, sheetPart: string, xml: string): TablePart | null {
  const scanner = new XmlScanner(xml);
  let head: { id: number; name: string; box: CellBox } | null = null;
  const columns: string[] = [];
  while (scanner.next()) {
    if (scanner.kind === 'close') continue;
    if (scanner.name === 'table' && !head) {
      const box = parseBox(scanner.attribute('ref') ?? '');
      if (!box) return null;
      head = {
        id: Number(scanner.attribute('id')) || 0,
        name: scanner.attribute('name') ?? scanner.attribute('displayName') ?? '',
        box,
      };
    } else if (scanner.name === 'tableColumn') {
      columns.push(scanner.attribute('name') ?? '');
    }
  }
  return head ? { part, sheetPart, ...head, columns } : null;
}
