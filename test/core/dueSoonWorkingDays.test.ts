/** SPEC §5 + §10: the due-soon window in working days (a setting), in the core and in the sheet's highlight. */
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { factDays, planTemplate } from '../../src/core';
import { addWorkingDaysFormula, buildWorkingCalendar } from '../../src/core/calendar';

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
