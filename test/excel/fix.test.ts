/**
 * SPEC §13 Fix through the gateway: the preview lists every change, applying writes exactly
 * those cells (and the Fix Log) in one write sync, a cell edited after the preview is left
 * alone, and after Fix on our own table Check reports no text date and a second Fix finds nothing.
 */
import { planTemplate } from '../../src/core';
import { cellsOf, fillTable, setUp } from './helpers';

const TODAY = '2023-07-20';

function seedTeamPlan(fake: ReturnType<typeof setUp>['fake']) {
  const sheet = fake.workbook.addSheet('周计划');
  sheet.seed('A1', [
    ['任务', '负责人', '开始日期', '截止日期', '优先级', '状态'],
    ['整理需求', '张*', '2024.05.06', '2024-05-10 周五', 'H', '处理中'],
    ['评审原型', '待定', 45_420, '2024/5/17', '中', '已完成'],
  ]);
  return sheet;
}

describe('Fix in Excel', () => {
  it('previews every change and applies exactly those cells, logging each one', async () => {
    const { fake, ops } = setUp();
    const sheet = seedTeamPlan(fake);
    const other = fake.workbook.addSheet('预算');
    other.seed('A1', [['差旅', '2024.05.06', '待定']]);
    const otherBefore = cellsOf(other);

    const changes = await ops.previewFixes();
    expect(changes.map((change) => `${change.cell} ${change.kind}`)).toEqual([
      'C2 textDate',
      'D2 textDate',
      'E2 priority',
      'F2 status',
      'B3 noOwner',
      'D3 textDate',
    ]);
    const syncsBefore = fake.stats.syncs;
    const outcome = await ops.applyFixes(changes, 'zh-CN');
    expect(outcome).toEqual({ applied: 6, skipped: 0, logSheet: '修正记录' });
    // The read, the date columns' formats, the write (SPEC §13 keeps each column's date format).
    expect(fake.stats.syncs - syncsBefore).toBeLessThanOrEqual(5);

    expect(sheet.cell('C2')).toMatchObject({ value: 45_418, numberFormat: 'yyyy-mm-dd' });
    expect(sheet.cell('D2')).toMatchObject({ value: 45_422 });
    expect(sheet.cell('E2').value).toBe('高');
    expect(sheet.cell('F2').value).toBe('进行中');
    expect(sheet.cell('B3').value).toBe('');
    expect(sheet.cell('A2').value).toBe('整理需求');
    expect(sheet.cell('C3').value).toBe(45_420);
    expect(cellsOf(other)).toEqual(otherBefore);

    const log = fake.workbook.sheetNamed('修正记录');
    expect(log.cell('A1').value).toBe('时间');
    expect([2, 3, 4, 5, 6, 7].map((row) => log.cell(`C${row}`).value)).toEqual([
      'C2',
      'D2',
      'E2',
      'F2',
      'B3',
      'D3',
    ]);
    expect(log.cell('D7').value).toBe('2024/5/17');
    expect(log.cell('E7').value).toBe('2024-05-17');
    expect(log.cell('D3').numberFormat).toBe('@');

    expect(await ops.previewFixes()).toEqual([]);
  });

  it("a converted date takes its column's date format, or keeps its own date format", async () => {
    const { fake, ops } = setUp();
    const sheet = seedTeamPlan(fake);
    sheet.seedCell('C3', { value: 45_420, numberFormat: 'yyyy/m/d' });
    sheet.seedCell('D3', { value: '2024/5/17', numberFormat: 'yyyy"年"m"月"d"日"' });
    await ops.applyFixes(await ops.previewFixes(), 'zh-CN');
    expect(sheet.cell('C2')).toMatchObject({ value: 45_418, numberFormat: 'yyyy/m/d' });
    expect(sheet.cell('D3')).toMatchObject({ value: 45_429, numberFormat: 'yyyy"年"m"月"d"日"' });
    // D2's column shows dates only in D3, which shows its own: D2 takes it.
    expect(sheet.cell('D2')).toMatchObject({ value: 45_422, numberFormat: 'yyyy"年"m"月"d"日"' });
  });

  it('a cell edited after the preview is left alone and counted', async () => {
    const { fake, ops } = setUp();
    const sheet = seedTeamPlan(fake);
    const changes = await ops.previewFixes();
    sheet.mutable(1, 5).value = '看情况';
    const outcome = await ops.applyFixes(changes, 'en-US');
    expect(outcome).toEqual({ applied: 5, skipped: 1, logSheet: 'Fix Log' });
    expect(sheet.cell('F2').value).toBe('看情况');
  });

  it('after Fix on our own table, Check reports no text date, and a second Fix finds nothing', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    fillTable(fake, 'tracker', [
      {
        id: 'OP-001',
        name: 'Q3客户满意度调研',
        department: '市场部',
        owner: 'TBD',
        start: '2023.07.01',
        due: '2023年7月25日',
        priority: 'H',
        status: 'Doing',
      },
    ]);
    const before = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    expect(before.issues.filter((issue) => issue.code === 'text-date')).toHaveLength(2);

    await ops.applyFixes(await ops.previewFixes(), 'zh-CN');
    const after = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    expect(after.issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual(['D2 unassigned']);
    expect(await ops.previewFixes()).toEqual([]);
    const plan = planTemplate('tracker', 'zh-CN');
    expect(fake.workbook.sheetNamed(plan.sheetName).cell('H2').value).toBe('进行中');
  });
});
