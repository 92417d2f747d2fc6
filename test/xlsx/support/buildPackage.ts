/**
 * Builds a zip package from part names and contents, the way other writers
 * (OpenXML SDK, WPS, web exports) lay packages out, so tests can hold
 * workbooks ExcelJS would never write: absolute relationship targets,
 * prefixed namespaces, odd part names, whole-column ranges.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { ZipArchive, xmlText } from '../../../src/xlsx/package/zipArchive';

export type Parts = Readonly<Record<string, string | Uint8Array>>;

export function buildPackage(parts: Parts): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const compressed = deflateRawSync(data);
    const fileName = Buffer.from(name, 'utf8');
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, compressed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(parts).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSource {
  readonly name: string;
  /** The worksheet's `sheetData` children (rows). */
  readonly rows: string;
  /** Whatever follows `sheetData`: merges, validations, table parts. */
  readonly after?: string;
  /** Part name; `xl/worksheets/sheetN.xml` unless a test says otherwise. */
  readonly part?: string;
}

/** A minimal Excel-style workbook: inline strings, no shared strings, one style with a date format. */
export function workbookPackage(sheets: readonly SheetSource[], extra: Parts = {}): Buffer {
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
      .map(
        (sheet, index) =>
          `<Override PartName="/${sheet.part ?? `xl/worksheets/sheet${index + 1}.xml`}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map(
        (sheet, index) =>
          `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}">${sheets
      .map(
        (sheet, index) =>
          `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="${(sheet.part ?? `xl/worksheets/sheet${index + 1}.xml`).replace(/^xl\//, '')}"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  };
  sheets.forEach((sheet, index) => {
    parts[sheet.part ?? `xl/worksheets/sheet${index + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheet.rows}</sheetData>${sheet.after ?? ''}</worksheet>`;
  });
  return buildPackage({ ...parts, ...extra });
}

/** One row of inline-string cells starting at column A. */
export function textRow(row: number, texts: readonly string[]): string {
  const cells = texts
    .map(
      (text, index) =>
        `<c r="${String.fromCharCode(65 + index)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`,
    )
    .join('');
  return `<row r="${row}">${cells}</row>`;
}

/**
 * The package rebuilt with each XML part passed through `edit` (its new name and text; binary
 * parts as they are), and `added` parts put in (a name already there is replaced).
 */
export async function rewriteParts(
  zip: Uint8Array,
  edit: (name: string, text: string) => [string, string],
  added: Parts = {},
): Promise<Buffer> {
  const archive = new ZipArchive(zip, (bytes) => inflateRawSync(bytes));
  const parts: Record<string, string | Uint8Array> = {};
  for (const entry of archive.entries) {
    if (entry.name.endsWith('/')) continue;
    const bytes = await archive.read(entry);
    if (!/\.(xml|rels)$/.test(entry.name)) {
      parts[entry.name] = bytes;
      continue;
    }
    const [name, text] = edit(entry.name, xmlText(bytes));
    parts[name] = text;
  }
  return buildPackage({ ...parts, ...added });
}
