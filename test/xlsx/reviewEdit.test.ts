/**
 * `review --write` as a package edit: it rewrites only the parts it owns and
 * copies every other zip entry byte for byte, so what the command line does
 * not understand (shapes, x14 validations, sparklines, objects, charts,
 * pivots, macros, the data model, fonts) survives; two writes give one file.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  isTableOfKind,
  buildReview,
  planReviewUpdate,
  planTemplate,
  readWorkbook,
  type EngineOptions,
  type MonthKey,
} from '../../src/core';
import { applyReviewPlan } from '../../src/xlsx/edit/reviewEdit';
import { WorkbookEditor } from '../../src/xlsx/edit/workbookEditor';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { tableProblems } from '../cli/support/integrity';
import { HANDBOOK_COLLAB, HANDBOOK_TASKS, typeIntoTable } from '../cli/support/workbooks';
import { buildPackage } from './support/buildPackage';

const inflate = (bytes: Uint8Array) => inflateRawSync(bytes);
const deflate = (bytes: Uint8Array) => deflateRawSync(bytes);
const OPTIONS: EngineOptions = { locale: 'zh-CN', today: '2023-07-25' };

async function reviewWrite(zip: Uint8Array, month: MonthKey): Promise<Uint8Array> {
  const grids = await readPackageGrids(zip, inflate);
  const model = buildReview(readWorkbook(grids, OPTIONS), month, OPTIONS);
  const reviewSheet =
    grids.find((grid) => grid.tableName !== undefined && isTableOfKind(grid.tableName, 'review')) ??
    null;
  const plan = planReviewUpdate({
    reviewSheet,
    model,
    locale: 'zh-CN',
    updatedAt: '2023-07-25 09:30',
  });
  const editor = await WorkbookEditor.open(zip, inflate);
  await applyReviewPlan(editor, plan);
  return editor.save(deflate);
}

/** Each entry's stored bytes, local header included, by name. */
function storedEntries(zip: Uint8Array): Map<string, Buffer> {
  const archive = new ZipArchive(zip, inflate);
  return new Map(
    archive.entries.map((entry) => [
      entry.name,
      Buffer.from(zip.subarray(entry.localHeaderOffset, archive.dataRange(entry).end)),
    ]),
  );
}

async function partText(zip: Uint8Array, name: string): Promise<string> {
  const archive = new ZipArchive(zip, inflate);
  return xmlText(await archive.read(archive.entry(name)!));
}

const X14_AND_SPARKLINES =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>B2:B2</xm:sqref></x14:dataValidation></x14:dataValidations></ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:sparklines><x14:sparkline><xm:f>月度运营复盘表!D2:E2</xm:f><xm:sqref>K2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';

/** Parts standing for what other writers put in a workbook; the write must copy them as they are. */
const FOREIGN_PARTS: Record<string, string | Uint8Array> = {
  'xl/drawings/drawing1.xml':
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp><xdr:txBody>文本框</xdr:txBody></xdr:sp></xdr:twoCellAnchor><xdr:cxnSp/></xdr:wsDr>',
  'xl/charts/chart1.xml':
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
  'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition name="数据透视表1"/>',
  'xl/pivotCache/pivotCacheDefinition1.xml': '<pivotCacheDefinition/>',
  'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]),
  'xl/embeddings/oleObject1.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 9, 8, 7]),
  'xl/model/item.data': new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
  'xl/connections.xml':
    '<connections><connection id="1" name="ThisWorkbookDataModel"/></connections>',
};

/** The handbook workbook as Excel users have it: our three templates, typed rows, and foreign parts. */
async function richWorkbook(withReview: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
  writeSheetPlan(workbook, planTemplate('collab', 'zh-CN'));
  if (withReview) writeSheetPlan(workbook, planTemplate('review', 'zh-CN'));
  typeIntoTable(workbook, 'OpsTasks', HANDBOOK_TASKS);
  typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
  const plain = Buffer.from(await workbook.xlsx.writeBuffer());
  const archive = new ZipArchive(plain, inflate);
  const parts: Record<string, string | Uint8Array> = {};
  for (const entry of archive.entries) {
    if (entry.name.endsWith('/')) continue;
    let content: string | Uint8Array = await archive.read(entry);
    const bytes = content;
    if (entry.name === 'xl/styles.xml') {
      content = xmlText(bytes).replace(/<name val="Calibri"\/>/g, '<name val="等线"/>');
    }
    if (withReview && entry.name === 'xl/worksheets/sheet3.xml') {
      content = xmlText(bytes).replace('</worksheet>', `${X14_AND_SPARKLINES}</worksheet>`);
    }
    parts[entry.name] = content;
  }
  return buildPackage({ ...parts, ...FOREIGN_PARTS });
}

describe('review --write rewrites only the parts it owns', () => {
  it('copies every part it does not own byte for byte; the review sheet keeps its x14 extensions', async () => {
    const before = await richWorkbook(true);
    const after = await reviewWrite(before, '2023-07');
    const old = storedEntries(before);
    const changed = [...storedEntries(after)].filter(
      ([name, bytes]) => !old.get(name)?.equals(bytes),
    );
    const owned = ['xl/worksheets/sheet3.xml', 'xl/styles.xml', 'xl/workbook.xml'];
    expect(changed.map(([name]) => name).filter((name) => !owned.includes(name))).toEqual([]);
    expect([...storedEntries(after).keys()]).toEqual([...old.keys()]);

    const sheet = await partText(after, 'xl/worksheets/sheet3.xml');
    expect(sheet).toContain(X14_AND_SPARKLINES);
    const styles = await partText(after, 'xl/styles.xml');
    expect(styles).toContain('<name val="等线"/>');
    expect(styles).not.toContain('Calibri');
  });

  it('changes in the review sheet only the month row (its height included), the department block and its column widths', async () => {
    const before = await richWorkbook(true);
    const after = await reviewWrite(before, '2023-07');
    const [, , reviewBefore] = await readPackageGrids(before, inflate);
    const [, , reviewAfter] = await readPackageGrids(after, inflate);
    // The header row gains only the department block's title, beside the table.
    expect(reviewAfter?.cells[0]?.slice(0, 10)).toEqual(reviewBefore?.cells[0]);
    const monthRow = reviewAfter?.cells[1] ?? [];
    expect(monthRow[0]).toBe('2023-07');
    expect(String(monthRow[2])).toMatch(/%/);
    const head = (xml: string) => xml.slice(0, xml.indexOf('<sheetData'));
    const tail = (xml: string) => xml.slice(xml.indexOf('</sheetData>'));
    const sheetBefore = await partText(before, 'xl/worksheets/sheet3.xml');
    const sheetAfter = await partText(after, 'xl/worksheets/sheet3.xml');
    // Beyond the cells, only the department block's own column widths are added.
    const withoutBlockWidths = (xml: string) =>
      xml.replace(/<col min="(1[2-5])" max="\1" width="[\d.]+" customWidth="1"\/>/g, '');
    expect(withoutBlockWidths(head(sheetAfter))).toBe(head(sheetBefore));
    expect(head(sheetAfter)).toContain('<col min="12" max="12" width="12" customWidth="1"/>');
    expect(tail(sheetAfter)).toBe(tail(sheetBefore));
  });

  it('gives the same file when written twice', async () => {
    const once = await reviewWrite(await richWorkbook(true), '2023-07');
    const twice = await reviewWrite(once, '2023-07');
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
  });

  it('adds a review sheet to a workbook without one, touching only the index parts', async () => {
    const before = await richWorkbook(false);
    const after = await reviewWrite(before, '2023-07');
    const old = storedEntries(before);
    const changed = [...storedEntries(after)]
      .filter(([name, bytes]) => !old.get(name)?.equals(bytes))
      .map(([name]) => name);
    expect(changed.sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/tables/table3.xml',
        'xl/workbook.xml',
        'xl/worksheets/_rels/sheet3.xml.rels',
        'xl/worksheets/sheet3.xml',
      ].sort(),
    );
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(Buffer.from(after) as unknown as ArrayBuffer);
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual([
      '任务跟踪表',
      '跨部门协作记录表',
      '月度运营复盘表',
    ]);
    expect(tableProblems(loaded)).toEqual([]);
    const grids = await readPackageGrids(after, inflate);
    expect(grids[2]?.tableName).toBe('OpsReview');
    expect(grids[2]?.cells[1]?.[0]).toBe('2023-07');
  });

  it('inserts a later month as a table row, growing the table and its ranges', async () => {
    const july = await reviewWrite(await richWorkbook(true), '2023-07');
    const august = await reviewWrite(july, '2023-08');
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(Buffer.from(august) as unknown as ArrayBuffer);
    expect(tableProblems(loaded)).toEqual([]);
    const review = (await readPackageGrids(august, inflate))[2]!;
    expect(review.cells.slice(1, 3).map((row) => row[0])).toEqual(['2023-07', '2023-08']);
    expect(review.tableExtent).toEqual({ headerRow: 0, dataRows: 2 });
    const sheet = await partText(august, 'xl/worksheets/sheet3.xml');
    // The x14 validation over the table's column grew with the inserted row.
    expect(sheet).toContain('<xm:sqref>B2:B3</xm:sqref>');
  });
});
