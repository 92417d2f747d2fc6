/**
 * The workbook inside a zip package, found the way the Open Packaging
 * Conventions say: the package's `officeDocument` relationship names the
 * workbook part, the workbook's relationships name its sheets, shared strings
 * and styles, whatever those parts are called and wherever they are stored.
 */
import { partKey, utf16Encoding, xmlText, ZipArchive, type Inflate } from '../package/zipArchive';
import {
  isType,
  parseRelationships,
  relationshipsPartOf,
  type Relationship,
} from '../package/relationships';
import { XmlScanner } from '../package/xmlScanner';

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface SheetEntry {
  readonly name: string;
  /** Part name of the worksheet, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

/** Where the package root points when its own relationships part is missing. */
const USUAL_WORKBOOK_PART = 'xl/workbook.xml';

export class WorkbookPackage {
  private constructor(
    readonly archive: ZipArchive,
    readonly workbookPart: string,
    readonly workbookRelationships: readonly Relationship[],
    readonly sheets: readonly SheetEntry[],
    readonly date1904: boolean,
  ) {}

  static async open(bytes: Uint8Array, inflate: Inflate): Promise<WorkbookPackage> {
    const archive = new ZipArchive(bytes, inflate);
    const workbookPart = await findWorkbookPart(archive);
    const workbookXml = await partText(archive, workbookPart);
    if (workbookXml === null) throw new PackageError(`no workbook part ${workbookPart}`);
    const relationships = await readRelationships(archive, workbookPart);
    const { sheets, date1904 } = parseWorkbook(workbookXml, relationships);
    return new WorkbookPackage(archive, workbookPart, relationships, sheets, date1904);
  }

  /** The first part the workbook relates to with this type (`sharedStrings`, `styles`). */
  relatedPart(kind: string): string | null {
    const found = this.workbookRelationships.find((rel) => !rel.external && isType(rel, kind));
    return found && this.archive.has(found.target) ? found.target : null;
  }

  text(partName: string): Promise<string | null> {
    return partText(this.archive, partName);
  }

  /** A part's bytes as UTF-8, however the part is encoded (a UTF-16 part is re-encoded). */
  async utf8(partName: string): Promise<Uint8Array | null> {
    const entry = this.archive.entry(partName);
    if (!entry) return null;
    const bytes = await this.archive.read(entry);
    return utf16Encoding(bytes) ? new TextEncoder().encode(xmlText(bytes)) : bytes;
  }

  relationships(partName: string): Promise<Relationship[]> {
    return readRelationships(this.archive, partName);
  }
}

async function partText(archive: ZipArchive, partName: string): Promise<string | null> {
  const entry = archive.entry(partName);
  return entry ? xmlText(await archive.read(entry)) : null;
}

async function readRelationships(archive: ZipArchive, partName: string): Promise<Relationship[]> {
  const rels = relationshipsPartOf(partName);
  const xml = await partText(archive, rels);
  if (xml === null) return [];
  return parseRelationships(partName, xml).map((rel) => withFoundTarget(archive, rel));
}

/**
 * Some writers store a target relative to the package root although the
 * source part sits in a folder (`xl/worksheets/sheet1.xml` from `xl/`):
 * when the resolved part is missing and the root-relative one exists, use it.
 */
function withFoundTarget(archive: ZipArchive, rel: Relationship): Relationship {
  if (rel.external || archive.has(rel.target)) return rel;
  const segments = rel.target.split('/');
  for (let drop = 1; drop < segments.length; drop += 1) {
    const candidate = segments.slice(drop).join('/');
    if (archive.has(candidate)) return { ...rel, target: partKey(candidate) };
  }
  return rel;
}

async function findWorkbookPart(archive: ZipArchive): Promise<string> {
  const root = await readRelationships(archive, '');
  const office = root.find((rel) => !rel.external && isType(rel, 'officeDocument'));
  if (office && archive.has(office.target)) return office.target;
  if (archive.has(USUAL_WORKBOOK_PART)) return USUAL_WORKBOOK_PART;
  throw new PackageError('no officeDocument relationship');
}

function parseWorkbook(
  xml: string,
  relationships: readonly Relationship[],
): { sheets: SheetEntry[]; date1904: boolean } {
  const byId = new Map(relationships.map((rel) => [rel.id, rel]));
  const scanner = new XmlScanner(xml);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  while (scanner.next()) {
    if (scanner.kind === 'close') continue;
    if (scanner.name === 'workbookPr') {
      const value = scanner.attribute('date1904');
      date1904 = value === '1' || value === 'true';
    } else if (scanner.name === 'sheet') {
      const rel = byId.get(scanner.attribute('id') ?? '');
      // Chart sheets, dialog sheets and macro sheets hold no cells to read.
      if (!rel || rel.external || !isType(rel, 'worksheet')) continue;
      sheets.push({ name: scanner.attribute('name') ?? '', part: rel.target });
    }
  }
  return { sheets, date1904 };
}
