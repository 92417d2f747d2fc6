/** SPEC §6 and §13 checks on teams' own trackers and our tables. */
import { checkWorkbook, type Issue } from '../../../src/core';
import { CLEAN_TASK, EN, grid, headers, row, teamTracker, tracker, ZH } from '../grids';

const codes = (issues: readonly Issue[]) =>
  issues.map(({ cell, severity, code }) => ({ cell, severity, code }));

describe('missing-year: a year-less date outside a range', () => {
  it('is reported as missing its year, not as not a date', () => {
    const result = checkWorkbook([teamTracker([{ ...CLEAN_TASK, due: '7月25日' }])], ZH);
    expect(codes(result.issues)).toEqual([{ cell: 'F2', severity: 'error', code: 'missing-year' }]);
    expect(result.issues[0]?.message).toBe('日期“7月25日”缺少年份');
  });

  it('7月1日至7月15日 in a range column after no year is missing its year', () => {
    const sheet = grid('计划', [
      ['任务', '负责人', '起止时间', '状态'],
      ['问卷设计', '张*', '7月1日至7月15日', '进行中'],
    ]);
    const result = checkWorkbook([sheet], EN);
    expect(result.issues).toEqual([
      expect.objectContaining({
        cell: 'C2',
        code: 'missing-year',
        message: 'Date "7月1日至7月15日" has no year',
      }),
    ]);
  });
});

describe('ambiguous-date: day-first or month-first, decided by the column', () => {
  const sheet = (dues: string[]) =>
    grid('Plan', [
      ['Task', 'Owner', 'Due', 'Status'],
      ...dues.map((due, index) => [`Task ${index + 1}`, 'Ann', due, 'Doing']),
    ]);

  it('a column whose values only make sense day-first reads 10-05-2024 as 10 May', () => {
    const result = checkWorkbook([sheet(['10-05-2024', '25-05-2024'])], {
      ...EN,
      today: '2024-05-01',
    });
    expect(result.issues).toEqual([]);
  });

  it('a column that does not decide reports 10-05-2024 as ambiguous', () => {
    const result = checkWorkbook([sheet(['10-05-2024', '2024-05-11'])], EN);
    expect(codes(result.issues)).toEqual([
      { cell: 'C2', severity: 'error', code: 'ambiguous-date' },
    ]);
  });
});

describe('text-date: a day typed as text in our own table', () => {
  it('counts for Check but is a warning, since the sheet formulas cannot use it', () => {
    const result = checkWorkbook([tracker([{ ...CLEAN_TASK, start: 45108 }])], ZH);
    expect(codes(result.issues)).toEqual([{ cell: 'F2', severity: 'warning', code: 'text-date' }]);
    expect(result.issues[0]?.message).toBe(
      '日期“2023-07-25”是文本，表格的公式无法用它计算；“修正”可将其转换为日期',
    );
  });

  it('a real date (serial) is no issue, and a team sheet is never told', () => {
    expect(
      checkWorkbook([tracker([{ ...CLEAN_TASK, start: 45108, due: 45132 }])], ZH).issues,
    ).toEqual([]);
    expect(checkWorkbook([teamTracker([CLEAN_TASK])], ZH).issues).toEqual([]);
  });
});

describe('duplicate-id severity by scope', () => {
  it('two teams both numbering from OP-001 on their own sheets: warnings, not errors', () => {
    const team = (sheetName: string) =>
      grid(sheetName, [
        headers('tracker'),
        row('tracker', { ...CLEAN_TASK, id: 'OP-001' }),
        row('tracker', { ...CLEAN_TASK, id: 'OP-002' }),
      ]);
    const result = checkWorkbook([team('市场部'), team('销售部')], ZH);
    expect(result.errors).toBe(0);
    expect(codes(result.issues)).toEqual([
      { cell: 'A2', severity: 'warning', code: 'duplicate-id' },
      { cell: 'A3', severity: 'warning', code: 'duplicate-id' },
    ]);
  });
});
