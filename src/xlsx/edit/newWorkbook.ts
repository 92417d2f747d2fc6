/**
 * The parts of a workbook with no sheets yet, for a write into a file that
 * does not exist (a combined review's summary): the write adds its sheet.
 */
import { ZipArchive, type Inflate } from '../package/zipArchive';
import { EMPTY_STYLES } from './styleBook';
import { utf8 } from './xmlWriting';
import { writePackage, type Deflate } from './zipWriter';

const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PARTS: readonly (readonly [string, string])[] = [
  [
    '[Content_Types].xml',
    `${HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  ],
  [
    '_rels/.rels',
    `${HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    'xl/workbook.xml',
    `${HEADER}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  ],
  ['xl/styles.xml', EMPTY_STYLES],
];

/** An empty zip: just the end of its central directory. */
const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

export function newWorkbookBytes(inflate: Inflate, deflate: Deflate): Promise<Uint8Array> {
  return writePackage(
    new ZipArchive(EMPTY_ZIP, inflate),
    new Map(),
    PARTS.map(([name, text]) => [name, utf8(text)] as const),
    { deflate },
  );
}
