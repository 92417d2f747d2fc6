/**
 * Issue 14 through the Office.js edge: the month's row in the review sheet
 * is readable on screen. 延期任务及原因 and 跨部门协作问题 wrap, top-aligned,
 * in a row tall enough for every line (not one cut-off line), and the
 * department block beside the table gets its own column widths (not Excel's
 * default, which cut "Departmer" and "客户成功与售"). The file edge proves
 * the same in test/xlsx/reviewEdit.test.ts and on paper in
 * test/libreoffice/reviewPrint.test.ts.
 */
import { dayToSerial, getTemplate, TABLE_NAMES } from '../../src/core';
import { LINE_POINTS } from '../../src/core/text/cellMeasure';
import { fillTable, setUp, type Row } from './helpers';

const day = (text: string): number => dayToSerial(text);

/** Five open tasks due before today, with long reasons: five delayed lines at least. */
const LATE: readonly Row[] = [
  [
    'OP-001',
    'Q3客户满意度调研',
    '客户成功与售后部',
    '需产品部确认调研维度，问卷初稿已完成，等待评审',
  ],
  ['OP-002', '新员工入职培训', '行政部', '原定会议室被占用，改期至下周三并通知全体新员工'],
  ['OP-003', '渠道活动复盘', '市场部', '渠道方尚未提供完整的投放明细，复盘报告无法定稿'],
  ['OP-004', '年度采购合同续签', '采购部', '供应商报价两次调整，采购流程需重新走审批'],
  ['OP-005', '会员系统对接', '技术部', '系统接口联调失败，需第三方平台配合提供测试环境'],
].map(([id, name, department, notes], index) => ({
  id: id!,
  name: name!,
  department: department!,
  owner: '张*',
  start: day('2023-07-01'),
  due: day(`2023-07-1${index}`),
  priority: '高',
  status: '进行中',
  notes: notes!,
}));

describe('the review row and department block are readable (Office.js edge, issue 14)', () => {
  it('wraps the multi-line cells, top-aligned, in a row tall enough for every line', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    fillTable(fake, 'tracker', LATE);
    await ops.insertTemplate('collab', 'zh-CN');
    const outcome = await ops.recalculateReview('2023-07', {
      locale: 'zh-CN',
      today: '2023-07-25',
    });
    expect(outcome.model.delayed).toHaveLength(5);
    const table = fake.workbook.table(TABLE_NAMES.review)!;
    const sheet = table.sheet;
    const columns = getTemplate('review').columns;
    const period = columns.findIndex((column) => column.type === 'period');
    const row = Array.from(
      { length: table.rect.rowCount - 1 },
      (_, r) => table.rect.row + 1 + r,
    ).find((r) => sheet.cellAt(r, table.rect.column + period).value === '2023-07')!;
    expect(row).toBeDefined();
    const delayed = sheet.cellAt(
      row,
      table.rect.column + columns.findIndex((column) => column.key === 'delayed'),
    );
    const lines = String(delayed.value).split('\n');
    expect(lines).toHaveLength(5);
    for (const key of ['delayed', 'collaborationProblems']) {
      const cell = sheet.cellAt(row, table.rect.column + columns.findIndex((c) => c.key === key));
      expect([key, cell.wrapText, cell.verticalAlignment]).toEqual([key, true, 'Top']);
    }
    // At least a line's height for each of the five lines (long ones wrap to more).
    expect(sheet.rowHeights.get(row)).toBeGreaterThanOrEqual(lines.length * LINE_POINTS);
  });

  it('gives the department block its own column widths, wide enough for 客户成功与售后部', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    fillTable(fake, 'tracker', LATE);
    await ops.insertTemplate('collab', 'zh-CN');
    const outcome = await ops.recalculateReview('2023-07', {
      locale: 'zh-CN',
      today: '2023-07-25',
    });
    const sheet = fake.workbook.sheetNamed(outcome.sheetName);
    const { row, column, columnCount } = sheet.charts[0]!.source;
    expect(sheet.cellAt(row, column).value).toBe('部门');
    const widths = Array.from({ length: columnCount }, (_, c) =>
      sheet.columnWidths.get(column + c),
    );
    expect(widths.every((points) => points !== undefined)).toBe(true);
    // Excel's default column is 8.43 characters (48 points); eight CJK characters need about twice that.
    expect(widths[0]).toBeGreaterThan(2 * 48);
  });
});
