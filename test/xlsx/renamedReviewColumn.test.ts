/**
 * SPEC §8 never overwrite a typed value: a review column a team renamed is no
 * longer ours, so a recalculation writes nothing into it. The core resolves
 * the columns; the writer has no fallback to the template's order.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  buildReview,
  getTemplate,
  planReviewUpdate,
  planTemplate,
  readWorkbook,
  type Grid,
} from '../../src/core';
import { applyReviewPlan } from '../../src/xlsx/edit/reviewEdit';
import { WorkbookEditor } from '../../src/xlsx/edit/workbookEditor';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { CLEAN_TASK, tracker, ZH } from '../core/grids';

const RENAMED = '我们自己的说明';

it('a renamed review column never receives a computed value', async () => {
  const workbook = new ExcelJS.Workbook();
  const { worksheet } = writeSheetPlan(workbook, planTemplate('review', 'zh-CN'));
  const delayedAt = getTemplate('review').columns.findIndex((column) => column.key === 'delayed');
  worksheet.getCell(1, delayedAt + 1).value = RENAMED;
  worksheet.getCell(2, 1).value = '2023-07';
  worksheet.getCell(2, delayedAt + 1).value = '团队手写的内容';

  const headers = getTemplate('review').columns.map((column, index) =>
    index === delayedAt ? RENAMED : column.header['zh-CN'],
  );
  const reviewSheet: Grid = {
    sheetName: worksheet.name,
    cells: [headers, ['2023-07', ...headers.slice(1).map(() => null)]],
    origin: { row: 0, column: 0 },
    tableName: 'OpsReview',
    tableExtent: { headerRow: 0, dataRows: 1 },
  };
  const late = { ...CLEAN_TASK, due: '2023-07-10', status: '进行中', notes: '延期原因' };
  const model = buildReview(readWorkbook([tracker([late])], ZH), '2023-07', ZH);
  expect(model.delayed).toHaveLength(1);
  const plan = planReviewUpdate({
    reviewSheet,
    model,
    locale: 'zh-CN',
    updatedAt: '2023-07-20 09:00',
  });
  expect(plan.createSheet).toBeUndefined();
  expect(plan.columns).not.toHaveProperty('delayed');

  const editor = await WorkbookEditor.open(Buffer.from(await workbook.xlsx.writeBuffer()), (data) =>
    inflateRawSync(data),
  );
  await applyReviewPlan(editor, plan);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(Buffer.from(await editor.save((data) => deflateRawSync(data))) as never);
  const sheet = loaded.worksheets[0]!;
  expect(sheet.getCell(2, delayedAt + 1).value).toBe('团队手写的内容');
  expect(sheet.getCell(1, delayedAt + 1).value).toBe(RENAMED);
  expect(String(sheet.getCell(2, 3).value)).toMatch(/^0\.0% \(0\/1\)$/);
});
