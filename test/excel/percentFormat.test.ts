/**
 * SPEC §13 on the Office.js edge: `values` give 150% as 1.5, so the gateway
 * loads `numberFormat` for the columns the core binds as percent complete
 * (and only those), in one more sync, and the core reads 1.5 there as 150%.
 */
import { setUp } from './helpers';

const TODAY = '2023-07-20';

function seedPlan(fake: ReturnType<typeof setUp>['fake'], formatted: boolean) {
  const sheet = fake.workbook.addSheet('计划');
  sheet.seed('A1', [
    ['项目进度表'],
    ['任务', '负责人', '截止日期', '状态', '进度'],
    ['任务1', '张*', '2023-08-31', '进行中', 0.5],
    ['任务2', '张*', '2023-08-31', '进行中', 1.5],
    ['任务3', '张*', '2023-08-31', '进行中', 40],
  ]);
  if (formatted) {
    sheet.seedCell('E3', { numberFormat: '0%' });
    sheet.seedCell('E4', { numberFormat: '0.0%' });
  }
  return sheet;
}

describe('a percentage-formatted 进度 column read through Office.js', () => {
  it('formatted 1.5 is 150%: an invalid-percent error on its cell; unformatted 40 is 40%', async () => {
    const { fake, ops } = setUp();
    seedPlan(fake, true);
    fake.resetStats();
    const result = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    expect(result.issues.map(({ cell, code }) => ({ cell, code }))).toEqual([
      { cell: 'E4', code: 'invalid-percent' },
    ]);
    expect(result.issues[0]?.message).toContain('150%');
    // Names, used ranges, values, then the bound column's formats: one more sync, not one per cell.
    expect(fake.stats.syncs).toBe(4);
  });

  it('unformatted, the same 1.5 reads as 1.5% as before', async () => {
    const { fake, ops } = setUp();
    seedPlan(fake, false);
    const result = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    expect(result.issues).toEqual([]);
  });

  it('a sheet with no percent column loads no formats (no extra sync)', async () => {
    const { fake, ops } = setUp();
    const sheet = fake.workbook.addSheet('计划');
    sheet.seed('A1', [
      ['任务', '负责人', '截止日期', '状态'],
      ['任务1', '张*', '2023-08-31', '进行中'],
    ]);
    sheet.seedCell('D2', { numberFormat: '0%' });
    fake.resetStats();
    await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    expect(fake.stats.syncs).toBe(3);
  });
});
