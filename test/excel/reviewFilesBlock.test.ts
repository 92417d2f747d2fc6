/**
 * The Office.js edge writes a combined review's per-file block (SPEC §14)
 * where the plan places it: clear of a note typed in Q, of the department
 * block and of the sections column; a second write leaves the workbook as
 * the first left it.
 */
import {
  buildReview,
  cellAddress,
  planReviewUpdate,
  planTemplate,
  readWorkbook,
  TABLE_NAMES,
} from '../../src/core';
import type { FileFigures } from '../../src/core/combine/reviews';
import { excelWorkbookPort } from '../../src/excel';
import type { FakeExcel } from '../fake-excel';
import { EXCEL_1_8, fillTable, setUp } from './helpers';

const options = { locale: 'zh-CN' as const, today: '2023-07-20' };
const FILES: readonly FileFigures[] = [
  { file: '市场部.xlsx', scope: 2, completed: 1, completionRate: 0.5 },
  { file: '销售部.xlsx', scope: 0, completed: 0, completionRate: null },
];

/** One combined write through the port, as a summary workbook would receive it. */
async function writeCombined(fake: FakeExcel): Promise<void> {
  await excelWorkbookPort(fake.run, EXCEL_1_8).session(async (session) => {
    const snapshot = await session.read({ review: true });
    const model = buildReview(readWorkbook(snapshot.grids, options), '2023-07', options);
    const plan = planReviewUpdate({
      reviewSheet: snapshot.reviewSheet,
      model,
      locale: 'zh-CN',
      updatedAt: '2023-07-20 10:00',
      files: FILES,
    });
    await session.writeReview(plan, 'zh-CN');
  });
}

describe('the per-file block through the Office.js edge', () => {
  it('goes where the plan says, past a note in Q, the department block and the sections; twice is once', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    fillTable(fake, 'tracker', [
      { id: 'OP-001', name: '渠道复盘', department: '市场部', owner: '王*', status: '进行中' },
    ]);
    await ops.insertTemplate('review', 'zh-CN');
    const sheet = fake.workbook.sheetNamed(planTemplate('review', 'zh-CN').sheetName);
    const table = fake.workbook.table(TABLE_NAMES.review)!;
    // Q: one blank column after the table, the department block's four, one blank.
    const q = table.rect.column + table.rect.columnCount + 6;
    sheet.userTypes(cellAddress(table.rect.row, q), '请财务部核对');
    sheet.userTypes(cellAddress(table.rect.row + 5, q), '八月再看');

    await writeCombined(fake);
    const once = fake.workbook.snapshot();
    await writeCombined(fake);
    expect(fake.workbook.snapshot()).toEqual(once);

    expect(sheet.cellAt(table.rect.row, q).value).toBe('请财务部核对');
    expect(sheet.cellAt(table.rect.row + 5, q).value).toBe('八月再看');
    const headerRow = Array.from({ length: 60 }, (_, c) => sheet.cellAt(table.rect.row, c).value);
    const departments = headerRow.findIndex((value) => /各部门完成情况$/.test(String(value)));
    const files = headerRow.indexOf('2023-07 各文件完成情况');
    expect(departments).toBeGreaterThan(q);
    // After the sections column (department block + one blank) and one blank column more.
    expect(files).toBeGreaterThan(departments + 5 + 1);
    const row = (r: number) =>
      Array.from({ length: 4 }, (_, c) => sheet.cellAt(table.rect.row + r, files + c).value);
    expect(row(1)).toEqual(['文件', '任务数', '完成数', '完成率']);
    expect(row(2)).toEqual(['市场部.xlsx', 2, 1, 0.5]);
    expect(row(3)).toEqual(['销售部.xlsx', 0, 0, '—']);
    expect(sheet.cellAt(table.rect.row + 2, files + 3).numberFormat).toBe('0.0%');
  });
});
