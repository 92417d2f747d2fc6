/**
 * The worksheet is scanned as bytes, never decoded whole: the texts a cell
 * holds are decoded one by one, so every way a cell's text may be written
 * (entities, CDATA, prefixes, a UTF-16 part) must still read as it did.
 */
import { inflateRawSync } from 'node:zlib';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { lastIndexOfBytes } from '../../src/xlsx/read/sheetBytes';
import { workbookPackage } from './support/buildPackage';

const read = (zip: Uint8Array) => readPackageGrids(zip, (bytes) => inflateRawSync(bytes));

async function cellsOf(rows: string, after = ''): Promise<readonly (readonly unknown[])[]> {
  const [grid] = await read(workbookPackage([{ name: 'S', rows, after }]));
  return grid!.cells;
}

describe('a worksheet read as bytes', () => {
  it('reads typed values as text where the type says text: leading zeros, errors, booleans', async () => {
    const cells = await cellsOf(
      '<row r="1"><c r="A1" t="str"><v>007</v></c><c r="B1" t="e"><v>#N/A</v></c>' +
        '<c r="C1" t="b"><v>1</v></c><c r="D1"><v>0042</v></c><c r="E1"><v>-1.5</v></c>' +
        '<c r="F1"><v>1234567890123456789</v></c></row>',
    );
    expect(cells).toEqual([['007', '#N/A', true, 42, -1.5, Number('1234567890123456789')]]);
  });

  it('decodes entities, CDATA and non-ASCII text in values and inline strings', async () => {
    const cells = await cellsOf(
      '<row r="1"><c r="A1" t="str"><v>a&amp;b&#x4E2D;</v></c>' +
        '<c r="B1" t="str"><v><![CDATA[<x>&]]>尾</v></c>' +
        '<c r="C1" t="inlineStr"><is><r><t>运营</t></r><r><t xml:space="preserve"> 周报</t></r><rPh><t>yunying</t></rPh></is></c>' +
        '<c r="D1" t="inlineStr"><is><t>\uFEFF带标记</t></is></c></row>',
    );
    expect(cells).toEqual([['a&b中', '<x>&尾', '运营 周报', '\uFEFF带标记']]);
  });

  it('reads prefixed elements and attributes, and never takes an xmlns declaration for one', async () => {
    const cells = await cellsOf(
      '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" x:r="2">' +
        '<x:c x:r="B2" x:t="inlineStr"><x:is><x:t>乙</x:t></x:is></x:c>' +
        '<c xmlns:t="urn:t" r="C2" t="inlineStr"><is><t>丙</t></is></c></x:row>',
    );
    expect(cells).toEqual([['乙', '丙']]);
  });

  it('steps over comments, processing instructions and a `>` inside an attribute value', async () => {
    const cells = await cellsOf(
      '<!-- <c r="A1"><v>9</v></c> --><?pi <c>?><row r="1" note="a>b">' +
        '<c r="A1" t="str" note=\'<c r="Z9">\'><v>一</v></c></row>',
    );
    expect(cells).toEqual([['一']]);
  });

  it('reads a worksheet part stored as UTF-16', async () => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>任务</t></is></c><c r="B1"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells></worksheet>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const [grid] = await read(
      workbookPackage([{ name: 'S', rows: '' }], { 'xl/worksheets/sheet1.xml': utf16 }),
    );
    expect(grid!.cells).toEqual([['任务', 3]]);
    expect(grid!.mergedAreas).toEqual([{ top: 0, left: 2, bottom: 0, right: 3 }]);
  });

  it('finds the last occurrence of a byte sequence', () => {
    const bytes = Buffer.from('ab>sheetData>x sheetData>');
    expect(lastIndexOfBytes(bytes, Array.from(Buffer.from('sheetData>')))).toBe(15);
    expect(lastIndexOfBytes(bytes, Array.from(Buffer.from('nothere>')))).toBe(-1);
  });
});
