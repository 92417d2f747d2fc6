/**
 * SPEC §12 print settings of the review sheet through `worksheet.pageLayout`
 * and `verticalPageBreaks` (ExcelApi 1.9): A4 landscape at the core's fixed
 * scale, narrow margins, a break after the table, the header repeated. On a
 * review sheet the workbook already has (made before the add-in printed it,
 * or by hand) only where its page setup is not a person's own; read in the
 * same batch as the rest, never a sync more.
 */
import { dayToSerial, getTemplate, NARROW_MARGINS, planTemplate } from '../../src/core';
import { createOpsWorkbook } from '../../src/excel';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { EXCEL_1_13, EXCEL_1_8, fillTable } from './helpers';

const options = { locale: 'zh-CN' as const, today: '2023-07-20' };
const REVIEW_SHEET = planTemplate('review', 'zh-CN').sheetName;

/** A July task, so the month has something to review. */
const TASK = {
  id: 'OP-001',
  name: 'Q3客户满意度调研',
  department: '市场部',
  owner: '张*',
  start: dayToSerial('2023-07-01'),
  due: dayToSerial('2023-07-15'),
  priority: '高',
  status: '进行中',
};

/** Our three sheets, the review one without print settings (as an Excel before 1.9 inserted it). */
async function workbook(fakeOptions: { pageLayout?: boolean } = {}): Promise<FakeExcel> {
  const fake = createFakeExcel(fakeOptions);
  const old = createOpsWorkbook(fake.run, EXCEL_1_8);
  await old.insertTemplate('tracker', 'zh-CN');
  fillTable(fake, 'tracker', [TASK]);
  await old.insertTemplate('review', 'zh-CN');
  return fake;
}

/** What the review sheet's print settings are once the add-in set them (the template's ten columns). */
const REVIEW_LAYOUT = {
  paperSize: 'A4',
  orientation: 'Landscape',
  zoom: { scale: 64 },
  margins: NARROW_MARGINS,
  printTitleRows: '$1:$1',
  // Before K: the first column after the table.
  verticalBreaks: [getTemplate('review').columns.length],
};

describe('print settings of the review sheet (Office.js edge)', () => {
  it('gives a review sheet it adds the review layout', async () => {
    const fake = createFakeExcel();
    const ops = createOpsWorkbook(fake.run, EXCEL_1_13);
    await ops.insertTemplate('tracker', 'zh-CN');
    fillTable(fake, 'tracker', [TASK]);
    await ops.recalculateReview('2023-07', options);
    expect(fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout).toEqual(REVIEW_LAYOUT);
  });

  it('gives an existing review sheet without print settings the review layout', async () => {
    const fake = await workbook();
    expect(fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout).toBeNull();
    await createOpsWorkbook(fake.run, EXCEL_1_13).recalculateReview('2023-07', options);
    expect(fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout).toEqual(REVIEW_LAYOUT);
  });

  it('moves the fit-to-width an earlier insert wrote to the fixed scale', async () => {
    const fake = createFakeExcel();
    const ops = createOpsWorkbook(fake.run, EXCEL_1_13);
    await ops.insertTemplate('tracker', 'zh-CN');
    fillTable(fake, 'tracker', [TASK]);
    await ops.insertTemplate('review', 'zh-CN');
    expect(fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout?.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
    await ops.recalculateReview('2023-07', options);
    expect(fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout).toEqual(REVIEW_LAYOUT);
  });

  it("keeps a person's own setups: portrait at 85%, A4 landscape at 80%, and their print titles", async () => {
    for (const own of [
      {
        orientation: 'Portrait',
        paperSize: 'Letter',
        zoom: { scale: 85 },
        printTitleRows: '$1:$2',
      },
      { orientation: 'Landscape', paperSize: 'A4', zoom: { scale: 80 }, printTitleRows: '$1:$2' },
    ]) {
      const fake = await workbook();
      fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout = { ...own, zoom: { ...own.zoom } };
      await createOpsWorkbook(fake.run, EXCEL_1_13).recalculateReview('2023-07', options);
      expect(fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout).toEqual(own);
    }
  });

  it('adds only the print titles to a sheet someone set up without them', async () => {
    const fake = await workbook();
    fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout = { orientation: 'Landscape' };
    await createOpsWorkbook(fake.run, EXCEL_1_13).recalculateReview('2023-07', options);
    expect(fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout).toEqual({
      orientation: 'Landscape',
      printTitleRows: '$1:$1',
    });
  });

  it('a second run gives the identical workbook: the break is not added twice', async () => {
    const fake = await workbook();
    const ops = createOpsWorkbook(fake.run, EXCEL_1_13);
    await ops.recalculateReview('2023-07', options);
    const once = fake.workbook.snapshot();
    await ops.recalculateReview('2023-07', options);
    expect(fake.workbook.snapshot()).toEqual(once);
  });

  it('reads the print settings in the batch it already makes: no sync more than without them', async () => {
    const without = await workbook();
    without.resetStats();
    await createOpsWorkbook(without.run, EXCEL_1_8).recalculateReview('2023-07', options);
    const withLayout = await workbook();
    withLayout.resetStats();
    await createOpsWorkbook(withLayout.run, EXCEL_1_13).recalculateReview('2023-07', options);
    expect(withLayout.stats.syncs).toBe(without.stats.syncs);
  });

  it('a host without ExcelApi 1.9 is never asked for pageLayout (the fake would fail the sync)', async () => {
    const fake = await workbook({ pageLayout: false });
    const outcome = await createOpsWorkbook(fake.run, EXCEL_1_8).recalculateReview(
      '2023-07',
      options,
    );
    expect(outcome.sheetName).toBe(REVIEW_SHEET);
    expect(fake.workbook.sheetNamed(REVIEW_SHEET).pageLayout).toBeNull();
  });

  it('the fake refuses reading pageLayout on such a host, as Excel does (ApiNotFound)', async () => {
    const fake = await workbook({ pageLayout: false });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem(REVIEW_SHEET).pageLayout.load('orientation');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets
          .getItem(REVIEW_SHEET)
          .pageLayout.getPrintTitleRowsOrNullObject()
          .load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem(REVIEW_SHEET).verticalPageBreaks.add('K1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('the fake reports what Excel does for a sheet nobody set up: portrait, 100%, no print titles', async () => {
    const fake = await workbook();
    const read = await fake.run(async (context) => {
      const layout = context.workbook.worksheets.getItem(REVIEW_SHEET).pageLayout;
      layout.load('orientation,zoom');
      const titles = layout.getPrintTitleRowsOrNullObject().load('address');
      await context.sync();
      return { orientation: layout.orientation, zoom: layout.zoom, titles: titles.isNullObject };
    });
    expect(read).toEqual({ orientation: 'Portrait', zoom: { scale: 100 }, titles: true });
  });
});
