/** Check: reads our tables and teams' own trackers, returns located issues, changes nothing. */
import { checkWorkbook, columnLetter, planTemplate, TABLE_NAMES } from '../../src/core';
import type { ProgressStep } from '../../src/excel';
import { seedTeamTracker, setUp, TEAM_TRACKER } from './helpers';

const TODAY = '2023-07-20';

describe('checkWorkbook', () => {
  it("finds a team's own tracker below its title row and locates each issue", async () => {
    const { fake, ops } = setUp();
    seedTeamTracker(fake);
    const result = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });

    const expected = checkWorkbook(
      [{ sheetName: '运营任务', cells: TEAM_TRACKER, origin: { row: 0, column: 0 } }],
      { today: TODAY, locale: 'zh-CN' },
    );
    expect(result).toEqual(expected);
    expect(result.sheets).toEqual([
      expect.objectContaining({ sheet: '运营任务', ours: false, headerRow: 2 }),
    ]);
    const status = result.issues.find((issue) => issue.code === 'invalid-status');
    expect(status).toMatchObject({ sheet: '运营任务', cell: 'G5', row: 5 });
    expect(
      result.issues.some((issue) => issue.code === 'duplicate-id' && issue.cell === 'A5'),
    ).toBe(true);
  });

  it('reads our table where it stands, not from A1', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'en-US');
    const plan = planTemplate('tracker', 'en-US');
    const table = fake.workbook.table(TABLE_NAMES.tracker);
    const sheet = fake.workbook.sheetNamed(plan.sheetName);
    const due = plan.columns.findIndex((column) => column.key === 'due');
    const row: (string | number)[] = plan.columns.map(() => '');
    row[0] = 'OP-001';
    row[1] = 'Launch';
    row[due] = 'next week';
    sheet.seed('A2', [row]);
    if (table) table.rect = { ...table.rect, rowCount: 2 };

    const result = await ops.checkWorkbook({ locale: 'en-US', today: TODAY });
    expect(result.sheets).toEqual([
      expect.objectContaining({ sheet: plan.sheetName, ours: true, headerRow: 1 }),
    ]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'invalid-date',
        cell: `${columnLetter(due)}2`,
        row: 2,
        field: 'due',
      }),
    );
  });

  it('never changes the workbook', async () => {
    const { fake, ops } = setUp();
    seedTeamTracker(fake);
    await ops.insertAllTemplates('zh-CN');
    const before = fake.workbook.snapshot();
    await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it('reports progress and reads 12,000 rows in at most ceil(N / 5000) + 2 syncs', async () => {
    const { fake, ops } = setUp();
    const sheet = fake.workbook.addSheet('大表');
    const rows = Array.from({ length: 12000 }, (_, i) => [
      `OP-${String(i + 1).padStart(5, '0')}`,
      `任务 ${i}`,
      '市场部',
      '张*',
      45108 + (i % 30),
      45110 + (i % 30),
      '高',
      '进行中',
    ]);
    sheet.seed('A1', [
      ['任务ID', '任务名称', '所属部门', '负责人', '开始日期', '截止日期', '优先级', '当前状态'],
      ...rows,
    ]);
    const steps: ProgressStep[] = [];
    const result = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY }, (step) =>
      steps.push(step),
    );
    expect(result.rowsChecked).toBe(12000);
    expect(steps).toEqual(['reading', 'checking', 'done']);
    expect(fake.stats.syncs).toBeLessThanOrEqual(Math.ceil(12000 / 5000) + 2);
  });

  it('stops reading a large sheet once its first rows show it is no tracker', async () => {
    const { fake, ops } = setUp();
    seedTeamTracker(fake);
    const numbers = fake.workbook.addSheet('数据');
    numbers.seed(
      'A1',
      Array.from({ length: 20000 }, (_, i) => [i, i * 2, `行 ${i}`]),
    );
    const result = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    expect(result.sheets.map((sheet) => sheet.sheet)).toEqual(['运营任务']);
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.responseBytes.reduce((a, b) => a + b, 0)).toBeLessThan(200 * 1024);
  });

  it('shrinks its blocks when Excel rejects a response as too large', async () => {
    const { fake, ops } = setUp({ payloadLimitBytes: 40 * 1024 });
    seedTeamTracker(fake);
    const sheet = fake.workbook.sheetNamed('运营任务');
    const filler = Array.from({ length: 2000 }, (_, i) => [
      `OP-${1000 + i}`,
      `长任务名称 ${i}`,
      '市场部',
      '张*',
      '2023.07.01-07.15',
      '高',
      '进行中',
    ]);
    sheet.seed('A6', filler);
    const expected = checkWorkbook(
      [
        {
          sheetName: '运营任务',
          cells: [...TEAM_TRACKER, ...filler],
          origin: { row: 0, column: 0 },
        },
      ],
      { today: TODAY, locale: 'zh-CN' },
    );
    const result = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    expect(result).toEqual(expected);
    expect(fake.stats.syncs).toBeGreaterThan(3);
  });

  it('gives up with a typed error only when a single row is still too large', async () => {
    const { fake, ops } = setUp({ payloadLimitBytes: 4 * 1024 });
    fake.workbook.addSheet('Huge').seed('A1', [['x'.repeat(5000)]]);
    await expect(ops.checkWorkbook({ locale: 'en-US', today: TODAY })).rejects.toMatchObject({
      name: 'OpsError',
      code: 'payloadTooLarge',
    });
  });
});
