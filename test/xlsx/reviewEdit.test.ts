/**
 * `review --write` as a package edit: it rewrites only the parts it owns and
 * copies every other zip entry byte for byte, so what the command line does
 * not understand (shapes, x14 validations, sparklines, objects, charts,
 * pivots, macros, the data model, fonts) survives; two writes give one file.
 */
import ExcelJS from 'exceljs';
import { getTemplate, planTemplate } from '../../src/core';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { HANDBOOK_COLLAB, HANDBOOK_TASKS, typeIntoTable } from '../cli/support/workbooks';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { tableProblems } from '../cli/support/integrity';
import { richWorkbook, X14_AND_SPARKLINES } from './support/richWorkbook';
import { inflate, reviewWrite, storedEntries } from './support/reviewWrite';
import { buildPackage } from './support/buildPackage';

async function partText(zip: Uint8Array, name: string): Promise<string> {
  const archive = new ZipArchive(zip, inflate);
  return xmlText(await archive.read(archive.entry(name)!));
}

/**
 * The review's print settings in a sheet's XML: A4 landscape at the fixed
 * scale (64% for the template's columns), fit-to-page off, narrow margins, a
 * manual break before K (after the table's ten columns), in CT_Worksheet order.
 */
function expectReviewPrint(sheet: string, scale = 64): void {
  expect(sheet).not.toMatch(/fitToPage="1"/);
  const setup = /<pageSetup [^>]*\/>/.exec(sheet)?.[0] ?? '';
  expect(setup).toContain('paperSize="9"');
  expect(setup).toContain('orientation="landscape"');
  expect(setup).toContain(`scale="${scale}"`);
  expect(setup).not.toMatch(/fitTo/);
  expect(sheet).toContain(
    '<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  expect(sheet).toContain(
    '<colBreaks count="1" manualBreakCount="1"><brk id="10" max="1048575" man="1"/></colBreaks>',
  );
  const order = ['</sheetData>', '<pageMargins ', '<pageSetup ', '<colBreaks ', '<tableParts'];
  const at = order.map((tag) => sheet.indexOf(tag));
  expect(at.every((index) => index >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
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
    // The print settings aside (the next tests): the template's fit-to-width becomes the review's scale.
    const withoutPrint = (xml: string) =>
      xml
        .replace(/<pageSetUpPr fitToPage="[01]"\/>/, '')
        .replace(/<pageMargins [^>]*\/>|<pageSetup [^>]*\/>|<colBreaks [^]*?<\/colBreaks>/g, '');
    const head = (xml: string) => withoutPrint(xml.slice(0, xml.indexOf('<sheetData')));
    const tail = (xml: string) => withoutPrint(xml.slice(xml.indexOf('</sheetData>')));
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

  it('the review sheet it adds prints on A4 landscape at the review scale, the table on page 1, its header repeated (the XML itself)', async () => {
    const after = await reviewWrite(await richWorkbook(false), '2023-07');
    const sheet = await partText(after, 'xl/worksheets/sheet3.xml');
    expectReviewPrint(sheet);
    const workbook = await partText(after, 'xl/workbook.xml');
    // Scoped to the new sheet (third in the workbook: localSheetId 2), header row 1 only.
    expect(reviewTitles(workbook)).toEqual(["'月度运营复盘表'!$1:$1"]);
  });

  it('keeps a note typed right of the review table and one far below it, over two recalculations', async () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
    writeSheetPlan(workbook, planTemplate('collab', 'zh-CN'));
    writeSheetPlan(workbook, planTemplate('review', 'zh-CN'));
    typeIntoTable(workbook, 'OpsTasks', HANDBOOK_TASKS);
    typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
    const review = workbook.getWorksheet('月度运营复盘表')!;
    // 1-based: L, the cell the block's title takes by default (one blank column after the table).
    const besideColumn = getTemplate('review').columns.length + 2;
    review.getCell(1, besideColumn).value = '请财务部核对';
    review.getCell(40, 3).value = '备注：七月数据以 8 月 2 日为准';
    const before = Buffer.from(await workbook.xlsx.writeBuffer());
    const once = await reviewWrite(before, '2023-07');
    const twice = await reviewWrite(once, '2023-07');
    for (const written of [once, twice]) {
      const [, , sheet] = await readPackageGrids(written, inflate);
      expect(sheet?.cells[0]?.[besideColumn - 1]).toBe('请财务部核对');
      expect(sheet?.cells[39]?.[2]).toBe('备注：七月数据以 8 月 2 日为准');
      // The department block moved past the note instead of writing its title over it.
      const title = sheet?.cells[0]?.findIndex((cell) => /各部门完成情况/.test(String(cell)));
      expect(title).toBeGreaterThan(besideColumn - 1);
    }
    const changed = [...storedEntries(twice)].filter(
      ([name, bytes]) => !storedEntries(once).get(name)?.equals(bytes),
    );
    expect(changed.map(([name]) => name)).toEqual([]);
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

const REVIEW_PART = 'xl/worksheets/sheet3.xml';

/** The package with some parts' text rewritten (the others as they were). */
async function withEdits(
  zip: Uint8Array,
  edits: Readonly<Record<string, (xml: string) => string>>,
): Promise<Buffer> {
  const archive = new ZipArchive(zip, inflate);
  const parts: Record<string, string | Uint8Array> = {};
  for (const entry of archive.entries) {
    if (entry.name.endsWith('/')) continue;
    const bytes = await archive.read(entry);
    const edit = edits[entry.name];
    parts[entry.name] = edit ? edit(xmlText(bytes)) : bytes;
  }
  return buildPackage(parts);
}

/** A review sheet as someone made it before the add-in printed one: no print setup at all. */
const withoutPrintSetup = (sheetPr = '') => ({
  [REVIEW_PART]: (xml: string) =>
    xml.replace(/<sheetPr>[^]*?<\/sheetPr>/, sheetPr).replace(/<pageSetup [^>]*\/>/, ''),
  'xl/workbook.xml': (xml: string) =>
    xml.replace(
      /<definedName name="_xlnm\.Print_Titles" localSheetId="2">[^<]*<\/definedName>/,
      '',
    ),
});

/** The review sheet's print titles, as formulas (ExcelJS writes the quotes as `&apos;`). */
const reviewTitles = (workbook: string) =>
  [
    ...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="2"[^>]*>([^<]*)</g),
  ].map((match) => match[1]!.replace(/&apos;/g, "'"));

describe('print settings on a review sheet the workbook already has (SPEC §12)', () => {
  it('gives a review sheet without print setup the review layout and its header repeated', async () => {
    const before = await withEdits(await richWorkbook(true), withoutPrintSetup());
    expect(await partText(before, REVIEW_PART)).not.toContain('<pageSetup');
    const after = await reviewWrite(before, '2023-07');
    const sheet = await partText(after, REVIEW_PART);
    expectReviewPrint(sheet);
    expect(sheet).not.toContain('<sheetPr');
    expect(sheet).toContain(X14_AND_SPARKLINES);
    expect(reviewTitles(await partText(after, 'xl/workbook.xml'))).toEqual([
      "'月度运营复盘表'!$1:$1",
    ]);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(Buffer.from(after) as unknown as ArrayBuffer);
    expect(loaded.getWorksheet('月度运营复盘表')!.pageSetup).toMatchObject({
      orientation: 'landscape',
      scale: 64,
      paperSize: 9,
      margins: { left: 0.25, right: 0.25 },
    });
    expect(tableProblems(loaded)).toEqual([]);
  });

  it('moves the fit-to-width the add-in wrote before to the scale, keeping the rest of sheetPr', async () => {
    const sheetPr =
      '<sheetPr codeName="Sheet3"><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr>';
    const before = await withEdits(await richWorkbook(true), {
      [REVIEW_PART]: (xml) => xml.replace(/<sheetPr>[^]*?<\/sheetPr>/, sheetPr),
    });
    const sheet = await partText(await reviewWrite(before, '2023-07'), REVIEW_PART);
    expect(sheet).toContain(
      '<sheetPr codeName="Sheet3"><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="0"/></sheetPr>',
    );
    expectReviewPrint(sheet);
  });

  it("keeps a user's own setups as they are: portrait, or A4 landscape at their own scale", async () => {
    for (const own of [
      '<pageSetup paperSize="11" orientation="portrait" scale="85"/>',
      '<pageSetup paperSize="9" orientation="landscape" scale="80"/>',
    ]) {
      const before = await withEdits(await richWorkbook(true), {
        [REVIEW_PART]: (xml) =>
          xml.replace(/<sheetPr>[^]*?<\/sheetPr>/, '').replace(/<pageSetup [^>]*\/>/, own),
        'xl/workbook.xml': (xml) =>
          xml.replace('&apos;月度运营复盘表&apos;!$1:$1', '&apos;月度运营复盘表&apos;!$1:$2'),
      });
      const after = await reviewWrite(before, '2023-07');
      const sheet = await partText(after, REVIEW_PART);
      expect(sheet).toContain(own);
      expect(sheet).toContain('<pageMargins left="0.7" right="0.7"');
      expect(sheet).not.toContain('<colBreaks');
      expect(sheet).not.toContain('<sheetPr');
      expect(reviewTitles(await partText(after, 'xl/workbook.xml'))).toEqual([
        "'月度运营复盘表'!$1:$2",
      ]);
    }
  });

  it('merges ours into a pageSetup Excel wrote for the printer only (no orientation), keeping its attributes', async () => {
    const bare = withoutPrintSetup();
    const stripSheet = bare[REVIEW_PART]!;
    const before = await withEdits(await richWorkbook(true), {
      ...bare,
      [REVIEW_PART]: (xml) =>
        stripSheet(xml).replace(
          '<tableParts',
          '<pageSetup paperSize="9" horizontalDpi="600" verticalDpi="600"/><tableParts',
        ),
    });
    const sheet = await partText(await reviewWrite(before, '2023-07'), REVIEW_PART);
    expect(sheet).toContain(
      '<pageSetup paperSize="9" horizontalDpi="600" verticalDpi="600" orientation="landscape" scale="64"/>',
    );
    expect(sheet.match(/<pageSetup /g)).toHaveLength(1);
    expectReviewPrint(sheet);
  });

  it('adds its break to the column breaks a sheet has, in order, once', async () => {
    const before = await withEdits(await richWorkbook(true), {
      [REVIEW_PART]: (xml) =>
        xml.replace(
          '<tableParts',
          '<colBreaks count="1" manualBreakCount="1"><brk id="20" max="1048575" man="1"/></colBreaks><tableParts',
        ),
    });
    const once = await reviewWrite(before, '2023-07');
    const sheet = await partText(once, REVIEW_PART);
    expect(sheet).toContain(
      '<colBreaks count="2" manualBreakCount="2"><brk id="10" max="1048575" man="1"/><brk id="20" max="1048575" man="1"/></colBreaks>',
    );
    const twice = await partText(await reviewWrite(once, '2023-07'), REVIEW_PART);
    expect(twice).toBe(sheet);
  });

  it('a second write changes nothing', async () => {
    const before = await withEdits(await richWorkbook(true), withoutPrintSetup());
    const once = await reviewWrite(before, '2023-07');
    const twice = await reviewWrite(once, '2023-07');
    const changed = [...storedEntries(twice)].filter(
      ([name, bytes]) => !storedEntries(once).get(name)?.equals(bytes),
    );
    expect(changed.map(([name]) => name)).toEqual([]);
  });
});
