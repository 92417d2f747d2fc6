/**
 * SPEC §14 at the Office.js edge: a combined review (department workbooks read
 * in the pane) written into the open workbook's review in one Excel.run: the
 * month's row, the merged department block and the per-file block, each where
 * the core's plan puts it. Written twice gives the same workbook; a note typed
 * beside the blocks stays; a failed write says so in the user's language and
 * running it again (the pane's Retry) completes it.
 */
import { cellAddress, planTemplate, TABLE_NAMES, type ReviewModel } from '../../src/core';
import { combineReviews, type CombinedReview } from '../../src/core/combine/reviews';
import { describeFailure } from '../../src/excel/failure';
import { OpsError } from '../../src/excel';
import type { FakeSheet } from '../fake-excel';
import { cellsOf, setUp } from './helpers';

const TODAY = '2023-07-20';
const options = { locale: 'zh-CN' as const, today: TODAY };

function model(partial: Partial<ReviewModel>): ReviewModel {
  return {
    month: '2023-07',
    today: TODAY,
    scope: 0,
    completed: 0,
    completionRate: null,
    delayed: [],
    overdue: [],
    unassigned: [],
    byDepartment: [],
    collaborationProblems: [],
    ...partial,
  };
}

const MARKET = model({
  scope: 4,
  completed: 3,
  completionRate: 0.75,
  delayed: [{ id: 'OP-001', name: '调研', due: '2023-07-15', reason: '待确认', daysLate: 5 }],
  overdue: ['OP-001'],
  byDepartment: [
    { department: '市场部', scope: 3, completed: 2, completionRate: 2 / 3 },
    { department: '人力资源部', scope: 1, completed: 1, completionRate: 1 },
  ],
});
const SALES = model({
  scope: 2,
  completed: 1,
  completionRate: 0.5,
  byDepartment: [
    { department: '市场部', scope: 1, completed: 1, completionRate: 1 },
    { department: '销售部', scope: 1, completed: 0, completionRate: 0 },
  ],
});
const FINANCE = model({
  scope: 1,
  completed: 1,
  completionRate: 1,
  byDepartment: [{ department: '财务部', scope: 1, completed: 1, completionRate: 1 }],
});

const combined = (...files: [string, ReviewModel][]): CombinedReview =>
  combineReviews(
    '2023-07',
    TODAY,
    files.map(([file, review]) => ({ file, review })),
  );

const TWO = combined(['市场部.xlsx', MARKET], ['销售部.xlsx', SALES]);
const THREE = combined(['市场部.xlsx', MARKET], ['销售部.xlsx', SALES], ['财务部.xlsx', FINANCE]);

/** Where a cell holding exactly `text` is: the plan decides the blocks' places, not the test. */
function find(sheet: FakeSheet, text: string): { row: number; column: number } {
  const used = sheet.usedRect(true)!;
  for (let row = used.row; row < used.row + used.rowCount; row += 1)
    for (let column = used.column; column < used.column + used.columnCount; column += 1)
      if (sheet.cellAt(row, column).value === text) return { row, column };
  throw new Error(`no cell holds ${text}`);
}

/** The block under a title: its header row and data rows, `width` columns, until a blank first cell. */
function blockBelow(sheet: FakeSheet, title: string, width: number): unknown[][] {
  const at = find(sheet, title);
  const rows: unknown[][] = [];
  for (let row = at.row + 1; sheet.cellAt(row, at.column).value !== ''; row += 1)
    rows.push(Array.from({ length: width }, (_, c) => sheet.cellAt(row, at.column + c).value));
  return rows;
}

const reviewSheetName = planTemplate('review', 'zh-CN').sheetName;

describe('writeCombinedReview (Excel)', () => {
  it('creates the review sheet when missing and writes the row, merged departments and files', async () => {
    const { fake, ops } = setUp();
    const written = await ops.writeCombinedReview(TWO, options);
    expect(written.sheetName).toBe(reviewSheetName);
    const sheet = fake.workbook.sheetNamed(written.sheetName);
    const table = fake.workbook.table(TABLE_NAMES.review)!;
    expect(sheet.cellAt(table.rect.row + 1, table.rect.column).value).toBe('2023-07');
    expect(written.rowAddress).toMatch(/^A2:/);

    expect(blockBelow(sheet, '2023-07 各文件完成情况', 4)).toEqual([
      ['文件', '任务数', '完成数', '完成率'],
      ['市场部.xlsx', 4, 3, 0.75],
      ['销售部.xlsx', 2, 1, 0.5],
    ]);
    const departments = blockBelow(sheet, '2023-07 各部门完成情况', 2);
    expect(departments[0]).toEqual(['部门', '任务数']);
    // 市场部 is in both files: one row, the two files' tasks summed.
    expect(departments.filter((row) => row[0] === '市场部')).toEqual([['市场部', 4]]);
    expect(sheet.charts).toHaveLength(1);
  });

  it('gives the identical workbook when written twice', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('review', 'zh-CN');
    await ops.writeCombinedReview(THREE, options);
    const once = fake.workbook.snapshot();
    await ops.writeCombinedReview(THREE, options);
    expect(fake.workbook.snapshot()).toEqual(once);
  });

  it('keeps the notes typed beside and below the per-file block, and clears only its own old rows', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('review', 'zh-CN');
    await ops.writeCombinedReview(THREE, options);
    const sheet = fake.workbook.sheetNamed(reviewSheetName);
    const title = find(sheet, '2023-07 各文件完成情况');
    const right = cellAddress(title.row + 2, title.column + 5);
    const below = cellAddress(title.row + 8, title.column);
    sheet.userTypes(right, '请财务部核对');
    sheet.userTypes(below, '备注：七月数据以 8 月 2 日为准');

    // Two files now: the third file's row, written last time, is emptied; nothing else moves.
    await ops.writeCombinedReview(TWO, options);
    expect(blockBelow(sheet, '2023-07 各文件完成情况', 4).map((row) => row[0])).toEqual([
      '文件',
      '市场部.xlsx',
      '销售部.xlsx',
    ]);
    expect(sheet.cell(right).value).toBe('请财务部核对');
    expect(sheet.cell(below).value).toBe('备注：七月数据以 8 月 2 日为准');
    const once = cellsOf(sheet);
    await ops.writeCombinedReview(TWO, options);
    expect(cellsOf(sheet)).toEqual(once);
  });

  it('writes the per-file block in the review sheet’s language, as the department block', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('review', 'zh-CN');
    await ops.writeCombinedReview(TWO, { ...options, locale: 'en-US' });
    const sheet = fake.workbook.sheetNamed(reviewSheetName);
    expect(blockBelow(sheet, '2023-07 各文件完成情况', 4)[0]).toEqual([
      '文件',
      '任务数',
      '完成数',
      '完成率',
    ]);
  });

  it('reports a failed write in the user’s language, and writing again completes it', async () => {
    const clean = setUp();
    await clean.ops.insertTemplate('review', 'zh-CN');
    await clean.ops.writeCombinedReview(THREE, options);

    const { fake, ops } = setUp();
    await ops.insertTemplate('review', 'zh-CN');
    // The write sync applies a few operations, then Excel refuses the rest.
    fake.failPartway('InvalidArgument', 3);
    const error: unknown = await ops.writeCombinedReview(THREE, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsError);
    const zh = describeFailure(error, 'zh-CN');
    const en = describeFailure(error, 'en-US');
    expect(zh.happened).toMatch(/\p{Script=Han}/u);
    expect(en.happened).not.toMatch(/\p{Script=Han}/u);
    expect(zh.nextStep.length).toBeGreaterThan(4);

    // Retry: the same use case again, over whatever the failed sync left.
    await ops.writeCombinedReview(THREE, options);
    expect(fake.workbook.snapshot()).toEqual(clean.fake.workbook.snapshot());
  });

  it('writes fifty files in as many syncs as two (no sync per file)', async () => {
    const syncsFor = async (review: CombinedReview) => {
      const { fake, ops } = setUp();
      await ops.insertTemplate('review', 'zh-CN');
      const before = fake.stats.syncs;
      await ops.writeCombinedReview(review, options);
      return fake.stats.syncs - before;
    };
    const fifty = combined(
      ...Array.from({ length: 50 }, (_, i): [string, ReviewModel] => [`部门${i + 1}.xlsx`, SALES]),
    );
    const two = await syncsFor(TWO);
    expect(await syncsFor(fifty)).toBe(two);
    // The bound a single workbook's recalculation keeps (recalculateReview.test.ts).
    expect(two).toBeLessThanOrEqual(4);
  });
});
