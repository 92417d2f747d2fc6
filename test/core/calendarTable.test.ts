/** The workbook's OpsCalendar rows as calendar data, and the rows the calendar is inserted with. */
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { describeYears, statutoryRows, workbookDays } from '../../src/core/calendar';

describe('OpsCalendar rows', () => {
  it('the first row of a day decides it, as the sheet’s exact MATCH does, even when its type is unreadable', () => {
    expect(
      workbookDays([
        { day: '2026-03-11', kind: 'dayOff', note: '司庆日' },
        { day: '2026-03-11', kind: 'workingDay', note: '' },
        { day: '2026-04-30', kind: null, note: '周末?' },
        { day: '2026-04-30', kind: 'dayOff', note: '' },
        { day: null, kind: 'dayOff', note: '' },
      ]),
    ).toEqual([{ day: '2026-03-11', kind: 'dayOff', note: '司庆日' }]);
  });

  it('inserts the package’s days of the years asked for, named in the sheet’s language', () => {
    const rows = statutoryRows(STATUTORY_CALENDAR, [2026], 'zh-CN');
    expect(rows).toHaveLength(33 + 6);
    expect(rows).toContainEqual({ day: '2026-02-14', kind: 'workingDay', note: '春节' });
    expect(rows).toContainEqual({ day: '2026-02-15', kind: 'dayOff', note: '春节' });
    expect(statutoryRows(STATUTORY_CALENDAR, [2026], 'en-US')).toContainEqual({
      day: '2026-10-01',
      kind: 'dayOff',
      note: 'National Day',
    });
    expect(statutoryRows(STATUTORY_CALENDAR, [2027], 'zh-CN')).toEqual([]);
  });

  it('names covered years as runs', () => {
    expect(describeYears([2026, 2004, 2005, 2028, 2006], 'zh-CN')).toBe('2004–2006、2026、2028');
    expect(describeYears([2024, 2025], 'en-US')).toBe('2024–2025');
    expect(describeYears([], 'en-US')).toBe('');
  });
});
