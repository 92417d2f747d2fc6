/** SPEC §4 and §13 dates as teams write them: weekdays, day-first, no year. */
import { cellScalar } from '../../../src/core/values/cell';
import { parseDateRange } from '../../../src/core/values/dateRange';
import { dayOrderOf, parseDateCell, timeOfDayText } from '../../../src/core/values/dates';
import { isDateFormatCode } from '../../../src/core/values/dateFormat';

describe('weekday suffixes are ignored', () => {
  it.each([
    ['2024-05-10 周五'],
    ['2024-05-10周五'],
    ['2024-05-10 (Fri)'],
    ['2024-05-10(Fri)'],
    ['2024-05-10（周五）'],
    ['2024/5/10 星期五'],
    ['2024-05-10 週五'],
    ['2024年5月10日 礼拜五'],
    ['2024-05-10 Friday'],
    ['2024-05-10, Fri.'],
    ['2024-05-10 周五 14:00'],
    ['2024-05-10 14:00 (Fri)'],
  ])('%s reads as 2024-05-10', (text) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: '2024-05-10' });
  });

  it('a word glued to the day that is no weekday is not a date', () => {
    expect(parseDateCell('2024-05-10Fri')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseDateCell('2024-05-10 周八')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('day-first dates are decided by the column', () => {
  it('a value that only makes sense day-first reads day-first on its own', () => {
    expect(parseDateCell('25-05-2024')).toEqual({ ok: true, value: '2024-05-25' });
    expect(parseDateCell('05/25/2024')).toEqual({ ok: true, value: '2024-05-25' });
  });

  it('a column whose values only make sense day-first is day-first', () => {
    expect(dayOrderOf(['10-05-2024', '25-05-2024', 45_000, ''])).toBe('dayFirst');
    expect(parseDateCell('10-05-2024', 'dayFirst')).toEqual({ ok: true, value: '2024-05-10' });
  });

  it('a column whose values only make sense month-first is month-first', () => {
    expect(dayOrderOf(['10/05/2024', '05/25/2024'])).toBe('monthFirst');
    expect(parseDateCell('10/05/2024', 'monthFirst')).toEqual({ ok: true, value: '2024-10-05' });
  });

  it('year-first texts (skipped without the full pattern) never decide; the year-last ones among them do', () => {
    expect(dayOrderOf(['2024-05-10', '2024/5/25', '2024年5月25日', '202'])).toBeNull();
    expect(dayOrderOf(['2024-05-10', ' 25-05-2024', '2024-05-11 周六'])).toBe('dayFirst');
    // Full-width digits fold to a year-last text: still read, still deciding.
    expect(dayOrderOf(['2024-05-10', '２５-05-2024'])).toBe('dayFirst');
    expect(dayOrderOf(['05/25/2024', '1', '12'])).toBe('monthFirst');
  });

  it('a column that does not decide leaves 10-05-2024 ambiguous, reported as such', () => {
    expect(dayOrderOf(['10-05-2024', '2024-05-11'])).toBeNull();
    expect(dayOrderOf(['25-05-2024', '05/25/2024'])).toBeNull();
    expect(parseDateCell('10-05-2024')).toEqual({
      ok: false,
      reason: 'invalid',
      text: '10-05-2024',
      problem: 'ambiguousOrder',
    });
  });

  it('the same day both ways needs no order', () => {
    expect(parseDateCell('05-05-2024')).toEqual({ ok: true, value: '2024-05-05' });
  });

  it('no reading makes a real day: not a date', () => {
    expect(parseDateCell('31-13-2024')).toEqual({
      ok: false,
      reason: 'invalid',
      text: '31-13-2024',
    });
  });
});

describe('a year-less date outside a range is missing its year', () => {
  it.each([['7月5日'], ['07-05'], ['7/5'], ['7月5日 周三']])('%s → missingYear', (text) => {
    expect(parseDateCell(text)).toEqual({
      ok: false,
      reason: 'invalid',
      text,
      problem: 'missingYear',
    });
  });

  it('7月1日至7月15日 after no year is missing its year', () => {
    expect(parseDateRange(cellScalar('7月1日至7月15日'))).toEqual({
      ok: false,
      reason: 'invalid',
      text: '7月1日至7月15日',
      problem: 'missingYear',
    });
    expect(parseDateRange(cellScalar('07.01-07.15'))).toMatchObject({ problem: 'missingYear' });
  });

  it('after a year-bearing start the end takes its year', () => {
    expect(parseDateRange(cellScalar('2023年7月1日至7月15日'))).toEqual({
      ok: true,
      value: { start: '2023-07-01', end: '2023-07-15' },
    });
  });

  it('13月40日 is no day and month: not a date', () => {
    expect(parseDateCell('13月40日')).toEqual({ ok: false, reason: 'invalid', text: '13月40日' });
  });
});

describe('the time of day a date text carries (Fix keeps it in date-and-time columns)', () => {
  it.each([
    ['2024-05-10 14:30', 870],
    ['2024/5/10 下午3点', 900],
    ['2024/5/10 下午3点30分', 930],
    ['2024-05-10 9:30 PM', 1290],
    ['2024年5月10日 15时', 900],
    ['2024-05-10 周五 14:00', 840],
    ['2024-05-10 14:00-16:00', 840],
    ['10-05-2024 14:30', 870],
    ['2024-05-10 上午12点', 0],
  ])('%s is %p minutes after midnight', (text, minutes) => {
    expect(timeOfDayText(text)).toBe(minutes);
  });

  it.each([['2024-05-10'], ['2024-05-10 25:00'], ['abc 14:00'], ['下午3点']])(
    '%s carries no time of day',
    (text) => {
      expect(timeOfDayText(text)).toBeNull();
    },
  );
});

describe('a number format that shows a date (Fix keeps a column’s date format)', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['yyyy/m/d', true],
    ['[$-804]yyyy"年"m"月"d"日"', true],
    ['yyyy-mm-dd hh:mm', true],
    ['h:mm', false],
    ['mm:ss', false],
    ['0.00%', false],
    ['General', false],
    ['@', false],
    ['"Day "0', false],
    ['[Red]0.00', false],
    ['[h]:mm:ss', false],
    ['[mm]:ss', false],
    ['d "days" [h]"h"', false],
    ['yyyy-mm-dd "[h]"', true],
  ])('%s shows a date: %p', (code, date) => {
    expect(isDateFormatCode(code)).toBe(date);
  });
});
