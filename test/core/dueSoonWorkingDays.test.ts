/** SPEC §5 + §10: the due-soon window in working days (a setting), in the core and in the sheet's highlight. */
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import {
  checkWorkbook,
  factDays,
  planTemplate,
  type EngineOptions,
  type FactSettings,
} from '../../src/core';
import { addWorkingDaysFormula, buildWorkingCalendar } from '../../src/core/calendar';
import { grid, headers, row, tracker } from './grids';

const calendar = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] });

describe('due soon in working days', () => {
  it('counts 3 working days from a Friday across the make-up Saturday and the Spring Festival', () => {
    const settings = { dueSoonDays: 3, dueSoonUnit: 'workingDays' as const };
    // 2026-02-13 (Fri) → 02-14 (make-up Sat), 02-24, 02-25.
    expect(factDays('2026-02-13', settings, calendar).soonUntil).toBe('2026-02-25');
    expect(factDays('2026-02-13', { dueSoonDays: 3 }).soonUntil).toBe('2026-02-16');
  });

  it('without a calendar, working days are Monday–Friday', () => {
    const settings = { dueSoonDays: 1, dueSoonUnit: 'workingDays' as const };
    expect(factDays('2026-02-13', settings).soonUntil).toBe('2026-02-16');
  });

  it('0 days is today only, in either unit', () => {
    expect(
      factDays('2026-02-14', { dueSoonDays: 0, dueSoonUnit: 'workingDays' }, calendar),
    ).toEqual({ today: '2026-02-14', soonUntil: '2026-02-14' });
  });

  it('the inserted due-soon highlight counts the same working days over the work calendar', () => {
    const rule = (unit: 'calendarDays' | 'workingDays') =>
      planTemplate('tracker', 'zh-CN', {
        dueSoonDays: 3,
        dueSoonUnit: unit,
      }).conditionalFormats.find((format) => format.kind === 'dueSoon')!.formula;
    expect(rule('workingDays')).toContain(`<=${addWorkingDaysFormula('TODAY()', 3)},`);
    expect(rule('calendarDays')).toContain('<=TODAY()+3,');
  });
});

describe('due soon in working days: calendar-not-covered (SPEC §10)', () => {
  const workingDays = { dueSoonDays: 3, dueSoonUnit: 'workingDays' as const };
  const options = (today: string, settings: FactSettings = workingDays): EngineOptions => ({
    today,
    locale: 'zh-CN',
    settings,
    calendar,
    statutory: STATUTORY_CALENDAR,
  });
  const notCovered = (options: EngineOptions, ...rows: Record<string, unknown>[]) =>
    checkWorkbook([tracker(rows)], options)
      .issues.filter((issue) => issue.code === 'calendar-not-covered')
      .map((issue) => [issue.cell, issue.message.match(/\d{4}/)?.[0]]);
  const task = (id: string, due: string) => ({
    id,
    name: '任务',
    owner: '张三',
    start: '2026-12-01',
    due,
    priority: '高',
    status: '进行中',
  });

  it('a window reaching into 2027 reports 2027 once, on the first due date it decides', () => {
    expect(
      notCovered(
        options('2026-12-30'),
        task('OP-001', '2026-12-01'),
        task('OP-002', '2027-01-04'),
        task('OP-003', '2027-01-05'),
      ),
    ).toEqual([['F3', '2027']]);
  });

  it('a window inside covered years reports nothing', () => {
    expect(notCovered(options('2026-12-10'), task('OP-001', '2026-12-11'))).toEqual([]);
  });

  it('in calendar days the window needs no calendar and reports nothing', () => {
    expect(
      notCovered(options('2026-12-30', { dueSoonDays: 3 }), task('OP-001', '2027-01-04')),
    ).toEqual([]);
  });

  it('the workbook’s own 2027 rows cover the window', () => {
    const calendarSheet = grid(
      '工作日历',
      [headers('calendar'), row('calendar', { date: 46388, type: '休', note: '元旦' })],
      undefined,
      'OpsCalendar',
    );
    const found = checkWorkbook(
      [tracker([task('OP-001', '2027-01-04')]), calendarSheet],
      options('2026-12-30'),
    ).issues.filter((issue) => issue.code === 'calendar-not-covered');
    expect(found).toEqual([]);
  });
});
