/** Recalculate: month M's computed cells, the department block and the chart; nothing else. */
import {
  cellAddress,
  dayToSerial,
  formatCompletion,
  getTemplate,
  planTemplate,
  TABLE_NAMES,
} from '../../src/core';
import type { FakeExcel } from '../fake-excel';
import { cellsOf, fillTable, setUp, type Row } from './helpers';

const TODAY = '2023-07-20';
const options = { locale: 'zh-CN' as const, today: TODAY };

const day = (text: string): number => dayToSerial(text);

const TASKS: readonly Row[] = [
  {
    id: 'OP-001',
    name: 'Q3客户满意度调研',
    department: '市场部',
    owner: '张*',
    start: day('2023-07-01'),
    due: day('2023-07-15'),
    priority: '高',
    status: '进行中',
    notes: '需产品部确认调研维度',
  },
  {
    id: 'OP-002',
    name: '新员工入职培训',
    department: '人力资源部',
    owner: '李*',
    start: day('2023-07-10'),
    due: day('2023-07-20'),
    priority: '中',
    status: '已完成',
    completed: day('2023-07-19'),
  },
  {
    id: 'OP-003',
    name: '渠道复盘',
    department: '市场部',
    owner: '王*',
    start: day('2023-07-03'),
    due: day('2023-07-28'),
    priority: '低',
    status: '进行中',
  },
  {
    id: 'OP-004',
    name: '六月总结',
    department: '销售部',
    owner: '赵*',
    start: day('2023-06-01'),
    due: day('2023-06-30'),
    priority: '低',
    status: '已完成',
    completed: day('2023-06-30'),
  },
];

function reviewKeys(): { period: number; typed: number[]; computed: number[] } {
  const columns = getTemplate('review').columns;
  return {
    period: columns.findIndex((c) => c.type === 'period'),
    typed: columns.flatMap((c, i) => (c.computed || c.type === 'period' ? [] : [i])),
    computed: columns.flatMap((c, i) => (c.computed ? [i] : [])),
  };
}

async function workbookWithTasks(review: boolean) {
  const { fake, ops } = setUp();
  await ops.insertTemplate('tracker', 'zh-CN');
  fillTable(fake, 'tracker', TASKS);
  await ops.insertTemplate('collab', 'zh-CN');
  if (review) await ops.insertTemplate('review', 'zh-CN');
  return { fake, ops };
}

function reviewRows(fake: FakeExcel): unknown[][] {
  const table = fake.workbook.table(TABLE_NAMES.review);
  if (!table) throw new Error('no review table');
  return Array.from({ length: table.rect.rowCount - 1 }, (_, r) =>
    Array.from(
      { length: table.rect.columnCount },
      (_, c) => table.sheet.cellAt(table.rect.row + 1 + r, table.rect.column + c).value,
    ),
  );
}

describe('recalculateReview', () => {
  it('creates the review sheet when there is none and fills month M with a chart', async () => {
    const { fake, ops } = await workbookWithTasks(false);
    const outcome = await ops.recalculateReview('2023-07', options);
    const sheetName = planTemplate('review', 'zh-CN').sheetName;

    expect(outcome.sheetName).toBe(sheetName);
    expect(outcome.model).toMatchObject({ month: '2023-07', scope: 3, completed: 1 });
    expect(outcome.chartDrawn).toBe(true);
    const rows = reviewRows(fake);
    const { period } = reviewKeys();
    const monthRow = rows.find((row) => row[period] === '2023-07');
    expect(monthRow).toBeDefined();
    expect(monthRow).toContain(formatCompletion(1, 3));
    expect(monthRow?.some((value) => typeof value === 'string' && value.includes('OP-001'))).toBe(
      true,
    );
    const sheet = fake.workbook.sheetNamed(sheetName);
    expect(sheet.charts.map((chart) => chart.name)).toEqual(['OpsReviewChart']);
    const source = sheet.charts[0]!.source;
    expect(source.rowCount).toBe(1 + outcome.model.byDepartment.length);
    outcome.model.byDepartment.forEach((department, i) => {
      expect(sheet.cellAt(source.row + 1 + i, source.column).value).toBe(department.department);
      expect(sheet.cellAt(source.row + 1 + i, source.column + 1).value).toBe(department.scope);
    });
    expect(fake.workbook.activeSheet).toBe(sheet);
    expect(fake.workbook.snapshot().selection).toBe(`${sheetName}!${outcome.rowAddress}`);
  });

  it('adds a missing month in period order and keeps every typed cell', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    const { period, typed } = reviewKeys();
    const width = getTemplate('review').columns.length;
    const typedRow = (month: string): Row => {
      const row: Record<string, string> = { [getTemplate('review').columns[period]!.key]: month };
      for (const i of typed) row[getTemplate('review').columns[i]!.key] = `${month} 由人填写 ${i}`;
      return row;
    };
    fillTable(fake, 'review', [typedRow('2023-06'), typedRow('2023-08')]);
    const before = reviewRows(fake);

    await ops.recalculateReview('2023-07', options);

    const after = reviewRows(fake);
    expect(after.map((row) => row[period])).toEqual(['2023-06', '2023-07', '2023-08']);
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[1]);
    for (const i of typed) expect(after[1]?.[i]).toBe('');
    expect(after[1]).toHaveLength(width);
  });

  it("keeps what people typed in month M's own row", async () => {
    const { fake, ops } = await workbookWithTasks(true);
    const columns = getTemplate('review').columns;
    const { period, typed, computed } = reviewKeys();
    const row: Record<string, string> = { [columns[period]!.key]: '2023-07' };
    for (const i of typed) row[columns[i]!.key] = `客户满意度提升至88% (${i})`;
    fillTable(fake, 'review', [row]);

    await ops.recalculateReview('2023-07', options);

    const [monthRow] = reviewRows(fake);
    for (const i of typed) expect(monthRow?.[i]).toBe(`客户满意度提升至88% (${i})`);
    expect(computed.some((i) => monthRow?.[i] !== '')).toBe(true);
  });

  it('finds month M below a blank row inside the review table instead of adding it twice', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    const columns = getTemplate('review').columns;
    const { period, typed } = reviewKeys();
    const periodKey = columns[period]!.key;
    const goalKey = columns[typed[0]!]!.key;
    fillTable(fake, 'review', [
      { [periodKey]: '2023-05' },
      {},
      { [periodKey]: '2023-07', [goalKey]: '客户满意度提升至88%' },
    ]);

    await ops.recalculateReview('2023-07', options);

    const rows = reviewRows(fake);
    expect(rows.map((row) => row[period])).toEqual(['2023-05', '', '2023-07']);
    expect(rows[2]?.[typed[0]!]).toBe('客户满意度提升至88%');
    expect(rows[2]).toContain(formatCompletion(1, 3));
  });

  it('gives the identical workbook when run twice, with one chart', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    await ops.recalculateReview('2023-07', options);
    const once = fake.workbook.snapshot();
    await ops.recalculateReview('2023-07', options);
    expect(fake.workbook.snapshot()).toEqual(once);
    const sheet = fake.workbook.sheetNamed(planTemplate('review', 'zh-CN').sheetName);
    expect(sheet.charts).toHaveLength(1);
  });

  it('gives the identical workbook when the first run inserted the month between others', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    const periodKey = getTemplate('review').columns[reviewKeys().period]!.key;
    fillTable(fake, 'review', [{ [periodKey]: '2023-06' }, { [periodKey]: '2023-08' }]);
    await ops.recalculateReview('2023-07', options);
    const once = fake.workbook.snapshot();
    await ops.recalculateReview('2023-07', options);
    expect(fake.workbook.snapshot()).toEqual(once);
    expect(reviewRows(fake).map((row) => row[reviewKeys().period])).toEqual([
      '2023-06',
      '2023-07',
      '2023-08',
    ]);
  });

  it('removes the chart for a month without tasks and keeps the rest of the sheet', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    await ops.recalculateReview('2023-07', options);
    const outcome = await ops.recalculateReview('2023-01', options);
    expect(outcome.model.scope).toBe(0);
    const sheet = fake.workbook.sheetNamed(outcome.sheetName);
    expect(sheet.charts).toHaveLength(0);
    expect(reviewRows(fake).map((row) => row[reviewKeys().period])).toEqual(['2023-01', '2023-07']);
  });

  it('keeps a note typed where the department block would go, and one below the table, over two runs', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    const sheet = fake.workbook.sheetNamed(planTemplate('review', 'zh-CN').sheetName);
    const table = fake.workbook.table(TABLE_NAMES.review)!;
    // One blank column after the table: the cell the block's title takes by default.
    const beside = table.rect.column + table.rect.columnCount + 1;
    sheet.userTypes(cellAddress(table.rect.row, beside), '请财务部核对');
    sheet.userTypes(cellAddress(table.rect.row + 40, 2), '备注：七月数据以 8 月 2 日为准');
    await ops.recalculateReview('2023-07', options);
    const once = fake.workbook.snapshot();
    await ops.recalculateReview('2023-07', options);
    expect(fake.workbook.snapshot()).toEqual(once);
    expect(sheet.cellAt(table.rect.row, beside).value).toBe('请财务部核对');
    expect(sheet.cellAt(table.rect.row + 40, 2).value).toBe('备注：七月数据以 8 月 2 日为准');
    const source = sheet.charts[0]!.source;
    expect(source.column).toBeGreaterThan(beside);
  });

  it('writes the block and chart in the review sheet’s language: an English pane over 月度运营复盘表', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    fillTable(fake, 'tracker', [
      ...TASKS,
      { id: 'OP-005', name: '无部门任务', owner: '钱*', due: day('2023-07-18'), status: '进行中' },
    ]);
    const outcome = await ops.recalculateReview('2023-07', { ...options, locale: 'en-US' });
    const sheet = fake.workbook.sheetNamed(outcome.sheetName);
    const chart = sheet.charts[0]!;
    expect(chart.title).toBe('2023-07 各部门任务完成情况');
    const { row, column, rowCount } = chart.source;
    expect(sheet.cellAt(row - 1, column).value).toBe('2023-07 各部门完成情况');
    expect(sheet.cellAt(row, column).value).toBe('部门');
    const names = Array.from(
      { length: rowCount - 1 },
      (_, i) => sheet.cellAt(row + 1 + i, column).value,
    );
    expect(names).toContain('未分配部门');
    expect(names).not.toContain('(No department)');
    // The pane's own figures keep the pane's language.
    expect(outcome.model.byDepartment.map((d) => d.department)).toContain('(No department)');
  });

  it('touches nothing outside the review it owns', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    const notes = fake.workbook.addSheet('笔记');
    notes.seed('A1', [
      ['自己的笔记', '=1+1'],
      [3, 4],
    ]);
    notes.seedCell('B2', { numberFormat: '0.00', fill: '#00FF00' });
    const others = fake.workbook.sheets.filter(
      (s) => s.name !== planTemplate('review', 'zh-CN').sheetName,
    );
    const before = others.map(cellsOf);
    await ops.recalculateReview('2023-07', options);
    expect(others.map(cellsOf)).toEqual(before);
  });

  it('starts a new review sheet when ours no longer has recognisable headers, leaving it alone', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    const table = fake.workbook.table(TABLE_NAMES.review)!;
    const rate = getTemplate('review').columns.findIndex((c) => c.key === 'completionRate');
    table.sheet.mutable(table.rect.row, table.rect.column + rate).value = '我们自己的列';
    const before = cellsOf(table.sheet);

    const outcome = await ops.recalculateReview('2023-07', options);

    expect(outcome.sheetName).toBe(`${planTemplate('review', 'zh-CN').sheetName} (2)`);
    expect(cellsOf(table.sheet)).toEqual(before);
    expect(fake.workbook.table('OpsReview2')?.sheet.name).toBe(outcome.sheetName);
  });

  it('writes into the Excel table even when its headers were also copied above it', async () => {
    const { fake, ops } = await workbookWithTasks(false);
    const columns = getTemplate('review').columns;
    const headers = columns.map((c) => c.header['zh-CN']);
    const sheet = fake.workbook.addSheet('复盘');
    sheet.seed('A1', [headers, ['2023-06', '抄在上面的目标']]);
    sheet.seed('A5', [headers, ['2023-07', '真正的目标']]);
    const table = fake.workbook.addTable(
      sheet,
      { row: 4, column: 0, rowCount: 2, columnCount: headers.length },
      'OpsReview',
    );
    const copyAbove = [0, 1, 2, 3].map((r) => headers.map((_, c) => sheet.cellAt(r, c).value));

    const outcome = await ops.recalculateReview('2023-07', options);

    expect(outcome.rowAddress).toBe(`A6:${String.fromCharCode(64 + headers.length)}6`);
    expect([0, 1, 2, 3].map((r) => headers.map((_, c) => sheet.cellAt(r, c).value))).toEqual(
      copyAbove,
    );
    const rate = columns.findIndex((c) => c.key === 'completionRate');
    expect(sheet.cellAt(table.rect.row + 1, rate).value).toBe(formatCompletion(1, 3));
    expect(sheet.cellAt(table.rect.row + 1, 1).value).toBe('真正的目标');
  });

  it('recalculates 10,000 tasks in at most 4 syncs', async () => {
    const { fake, ops } = await workbookWithTasks(true);
    const many = Array.from({ length: 10000 }, (_, i) => ({
      ...TASKS[i % TASKS.length]!,
      id: `OP-${String(i + 1).padStart(5, '0')}`,
    }));
    fillTable(fake, 'tracker', many);
    fake.resetStats();
    const outcome = await ops.recalculateReview('2023-07', options);
    expect(outcome.model.scope).toBe(7500);
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
  });
});
