import ExcelJS from 'exceljs';
import { unkeptFeaturesOf, zipEntryNames } from '../../src/xlsx/unkeptFeatures';
import { withExtraPart } from '../cli/support/zipPart';

async function plainWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('任务跟踪表').getCell('A1').value = '任务名称';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('features ExcelJS would drop on save', () => {
  it('lists the parts of a package from its central directory', async () => {
    const names = zipEntryNames(await plainWorkbook());
    expect(names).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
  });

  it('finds nothing to lose in a workbook of cells, tables and formats', async () => {
    expect(unkeptFeaturesOf(zipEntryNames(await plainWorkbook()))).toEqual([]);
  });

  it('finds charts, pivot tables and the rest by their parts, each once, in a stable order', async () => {
    let zip = await plainWorkbook();
    zip = withExtraPart(zip, 'xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    zip = withExtraPart(zip, 'xl/charts/chart1.xml', '<chartSpace/>');
    zip = withExtraPart(zip, 'xl/charts/chart2.xml', '<chartSpace/>');
    zip = withExtraPart(zip, 'xl/externalLinks/externalLink1.xml', '<externalLink/>');
    expect(unkeptFeaturesOf(zipEntryNames(zip))).toEqual([
      'charts',
      'pivotTables',
      'externalLinks',
    ]);
    // ExcelJS still opens it: the CLI can read, it only refuses to save.
    const bytes = zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength);
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as ArrayBuffer)).resolves.toBeDefined();
  });

  it('knows every feature it refuses for', () => {
    expect(
      unkeptFeaturesOf([
        'xl/chartsheets/sheet1.xml',
        'xl/slicers/slicer1.xml',
        'xl/threadedComments/threadedComment1.xml',
        'xl/activeX/activeX1.xml',
        'xl/vbaProject.bin',
        'xl/drawings/vmlDrawing1.vml',
        'xl/media/image1.png',
      ]),
    ).toEqual(['charts', 'slicers', 'threadedComments', 'controls', 'macros']);
  });

  it('reads no names from something that is not a zip', () => {
    expect(zipEntryNames(Buffer.from('plain text, no zip here'))).toEqual([]);
  });
});
