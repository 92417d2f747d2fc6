/**
 * SPEC §10: working days in China. The package's own JSON is the oracle for
 * every statutory day of 2024–2026, walked one day at a time, so the indexed
 * calendar is checked against the plainest possible reading of the data.
 */
import fc from 'fast-check';
import packageDays from 'chinese-days/dist/chinese-days.json';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import {
  buildWorkingCalendar,
  CalendarCoverage,
  type CalendarSources,
  type WorkbookDay,
} from '../../src/core/calendar';
import { fromDayNumber, toDayNumber, weekdayOf } from '../../src/core/calendar/dayNumber';
import { addDays } from '../../src/core/values/calendar';

const raw = packageDays as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const YEARS = [2024, 2025, 2026];
const calendar = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] });
const withWorkbook = (workbook: WorkbookDay[]) =>
  buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook });

/** The plainest reading of the package: a make-up day works, a listed holiday does not, else Mon–Fri. */
function packageSaysWorking(day: string): boolean {
  if (raw.workdays[day]) return true;
  if (raw.holidays[day]) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** The n-th working day after (n > 0) or before (n < 0) a day, one day at a time. */
function walk(day: string, n: number, working: (day: string) => boolean = packageSaysWorking) {
  let current = day;
  let left = Math.abs(n);
  while (left > 0) {
    current = addDays(current, Math.sign(n));
    if (working(current)) left -= 1;
  }
  return current;
}

const statutoryDays = Object.keys({ ...raw.holidays, ...raw.workdays })
  .filter((day) => YEARS.includes(Number(day.slice(0, 4))))
  .sort();
const yearEnds = YEARS.flatMap((year) => [`${year}-01-01`, `${year}-12-31`]);
const STEPS = [-10, -3, -2, -1, 1, 2, 3, 5, 10, 30];

describe('every statutory arrangement 2024–2026 from the package', () => {
  it('has every holiday and make-up day of 2024–2026 (no year is missing)', () => {
    expect(statutoryDays.filter((day) => raw.workdays[day]).length).toBe(8 + 5 + 6);
    expect(statutoryDays.filter((day) => raw.holidays[day]).length).toBe(28 + 28 + 33);
    expect(calendar.coveredYears).toEqual(expect.arrayContaining(YEARS));
  });

  it('isWorkingDay: each holiday is off, each make-up day works, each first and last day as the package says', () => {
    for (const day of [...statutoryDays, ...yearEnds])
      expect({ day, working: calendar.isWorkingDay(day) }).toEqual({
        day,
        working: packageSaysWorking(day),
      });
    for (const day of Object.keys(raw.workdays).filter((d) => d >= '2024'))
      expect(calendar.isWorkingDay(day)).toBe(true);
  });

  it('addWorkingDays: 1, 2, 3, 5, 10, 30 working days after and before each of those days', () => {
    for (const day of [...statutoryDays, ...yearEnds])
      for (const n of STEPS)
        expect({ day, n, result: calendar.addWorkingDays(day, n) }).toEqual({
          day,
          n,
          result: walk(day, n),
        });
  });

  it('counts the 2024 Spring Festival as the State Council set it (off 02-10…17, make-up 02-04 and 02-18)', () => {
    expect(calendar.isWorkingDay('2024-02-04')).toBe(true); // Sunday
    expect(calendar.isWorkingDay('2024-02-18')).toBe(true); // Sunday
    expect(calendar.addWorkingDays('2024-02-09', 1)).toBe('2024-02-18');
    expect(calendar.workingDaysBetween('2024-02-08', '2024-02-19')).toBe(3); // 02-09 (除夕) worked
  });

  it('counts the 2025 National Day and Mid-Autumn holiday (off 10-01…08, make-up 09-28 and 10-11)', () => {
    expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(calendar.addWorkingDays('2025-10-10', 1)).toBe('2025-10-11');
  });
});

describe('SPEC §10 examples', () => {
  it('1 working day after 2026-02-13 (Friday) is 2026-02-14, a make-up Saturday', () => {
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
  });

  it('1 working day after 2026-02-14 is 2026-02-24: the Spring Festival runs 02-15…23', () => {
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    for (let day = '2026-02-15'; day <= '2026-02-23'; day = addDays(day, 1))
      expect(calendar.isWorkingDay(day)).toBe(false);
  });

  it('2026-02-28, a Saturday, is a make-up working day; 2026-01-04, a Sunday, too', () => {
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-04')).toBe(true);
  });

  it('its functions work passed on alone, as the approvals take them', () => {
    const { addWorkingDays, workingDaysBetween, isWorkingDay } = calendar;
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    expect(isWorkingDay('2026-02-14')).toBe(true);
  });

  it('0 working days after a day is the day itself, working or not', () => {
    expect(calendar.addWorkingDays('2026-02-16', 0)).toBe('2026-02-16');
  });
});

describe('the workbook’s OpsCalendar rows add and override days', () => {
  it('a workbook 班 beats a statutory 休, and a workbook 休 beats a make-up day', () => {
    const company = withWorkbook([
      { day: '2026-02-23', kind: 'workingDay', note: '公司提前复工' },
      { day: '2026-02-14', kind: 'dayOff', note: '公司不补班' },
    ]);
    expect(company.isWorkingDay('2026-02-23')).toBe(true);
    expect(company.isWorkingDay('2026-02-14')).toBe(false);
    expect(company.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
  });

  it('a company day off on an ordinary Wednesday moves deadlines past it', () => {
    const company = withWorkbook([{ day: '2026-03-11', kind: 'dayOff', note: '司庆日' }]);
    expect(company.addWorkingDays('2026-03-10', 1)).toBe('2026-03-12');
    expect(company.workingDaysBetween('2026-03-09', '2026-03-13')).toBe(3);
  });

  it('the first row of a day wins when the table states it twice', () => {
    const twice = withWorkbook([
      { day: '2026-03-11', kind: 'dayOff', note: '' },
      { day: '2026-03-11', kind: 'workingDay', note: '' },
    ]);
    expect(twice.isWorkingDay('2026-03-11')).toBe(false);
  });

  it('a row in a year the package lacks covers that year', () => {
    const next = withWorkbook([{ day: '2027-02-06', kind: 'dayOff', note: '春节' }]);
    expect(next.isCovered(2027)).toBe(true);
    expect(next.uncoveredYears('2026-12-30', '2027-01-05')).toEqual([]);
  });
});

describe('coverage is explicit: calendar-not-covered', () => {
  const at = (row: number) => ({
    sheet: '文件审批申请表',
    cell: `G${row}`,
    row,
    field: 'deadline',
  });

  it('2027 is not covered although the package answers "working day" for 2027-01-01', () => {
    expect(calendar.isCovered(2026)).toBe(true);
    expect(calendar.isCovered(2027)).toBe(false);
    expect(calendar.coveredYears[0]).toBe(2004);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true); // Friday: the Monday–Friday fallback
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(calendar.addWorkingDays('2027-01-01', 1)).toBe('2027-01-04');
  });

  it('reports the uncovered year once, on the first cell that needed it, naming the year and how to add it', () => {
    const coverage = new CalendarCoverage(calendar, 'zh-CN');
    expect(coverage.addWorkingDays('2026-12-10', 3, at(3))).toBe('2026-12-15');
    expect(coverage.issues).toEqual([]);
    expect(coverage.addWorkingDays('2026-12-30', 3, at(4))).toBe('2027-01-04');
    expect(coverage.addWorkingDays('2027-03-01', 2, at(5))).toBe('2027-03-03');
    expect(coverage.issues).toEqual([
      {
        sheet: '文件审批申请表',
        cell: 'G4',
        row: 4,
        field: 'deadline',
        severity: 'warning',
        code: 'calendar-not-covered',
        message: expect.stringContaining('2027'),
      },
    ]);
    expect(coverage.issues[0]!.message).toContain('OpsCalendar');
  });

  it('a per-cell addWorkingDays reports on that cell', () => {
    const coverage = new CalendarCoverage(calendar, 'zh-CN');
    const deadlineOf = coverage.addWorkingDaysAt(at(9));
    expect(deadlineOf('2026-12-31', 1)).toBe('2027-01-01');
    expect(coverage.issues.map((issue) => issue.cell)).toEqual(['G9']);
  });

  it('reports each uncovered year separately, in English too', () => {
    const coverage = new CalendarCoverage(calendar, 'en-US');
    coverage.workingDaysBetween('2027-06-01', '2028-02-01', at(7));
    coverage.isWorkingDay('2003-05-01', at(8));
    expect(coverage.issues.map((issue) => [issue.cell, issue.message.match(/\d{4}/)?.[0]])).toEqual(
      [
        ['G7', '2027'],
        ['G7', '2028'],
        ['G8', '2003'],
      ],
    );
    expect(coverage.issues[0]!.message).toMatch(/Monday–Friday/);
  });

  it('with no data at all every year is uncovered and every weekday works', () => {
    const bare = buildWorkingCalendar({ statutory: { years: [], days: [] }, workbook: [] });
    expect(bare.coveredYears).toEqual([]);
    expect(bare.addWorkingDays('2026-02-13', 1)).toBe('2026-02-16');
    expect(bare.uncoveredYears('2026-02-13', '2026-02-16')).toEqual([2026]);
  });
});

describe('properties', () => {
  const day = fc
    .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  const workbookDays = fc.array(
    fc.record({
      day: fc
        .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) })
        .map((ms) => new Date(ms).toISOString().slice(0, 10)),
      kind: fc.constantFrom('dayOff' as const, 'workingDay' as const),
      note: fc.constant(''),
    }),
    { maxLength: 40 },
  );

  it('workingDaysBetween(D, addWorkingDays(D, n)) = n for random D and n, with random workbook rows', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), workbookDays, (from, n, rows) => {
        const cal = withWorkbook(rows);
        const to = cal.addWorkingDays(from, n);
        expect(cal.workingDaysBetween(from, to)).toBe(n);
        if (n !== 0) {
          expect(cal.isWorkingDay(to)).toBe(true);
          expect(n > 0 ? to > from : to < from).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('addWorkingDays equals walking one day at a time, with random workbook rows', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -40, max: 40 }),
        workbookDays,
        (from: string, n: number, rows: WorkbookDay[]) => {
          const sources: CalendarSources = { statutory: STATUTORY_CALENDAR, workbook: rows };
          const cal = buildWorkingCalendar(sources);
          const first = new Map<string, boolean>();
          for (const row of rows)
            if (!first.has(row.day)) first.set(row.day, row.kind === 'workingDay');
          const working = (d: string) => first.get(d) ?? packageSaysWorking(d);
          expect(cal.addWorkingDays(from, n)).toBe(walk(from, n, working));
          expect(cal.isWorkingDay(from)).toBe(working(from));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('day numbers count calendar days as the core does, weekdays included', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (from, k) => {
        expect(fromDayNumber(toDayNumber(from) + k)).toBe(addDays(from, k));
        expect(weekdayOf(toDayNumber(from))).toBe(new Date(`${from}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('a text that is not a calendar day is refused, never read as another day', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-2-3',
      '',
      'TBD',
      '2026-00-10',
      'x026-01-01',
      '2025-02-29',
    ])
      expect(() => calendar.isWorkingDay(bad)).toThrow(RangeError);
  });
});

describe('the statutory-only index, built once per arrangement', () => {
  it('answers a second calendar over the same arrangement alike', () => {
    const again = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] });
    for (const day of ['2024-02-04', '2024-02-12', '2025-10-01', '2026-01-05'])
      expect(again.isWorkingDay(day)).toBe(calendar.isWorkingDay(day));
    expect(again.addWorkingDays('2024-09-27', 3)).toBe(calendar.addWorkingDays('2024-09-27', 3));
  });

  it("never answers a workbook's own days from it", () => {
    // 2025-10-08 is a statutory day off; the workbook makes it a working day.
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false);
    const own = withWorkbook([{ day: '2025-10-08', kind: 'workingDay', note: '' }]);
    expect(own.isWorkingDay('2025-10-08')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false);
    expect(
      buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] }).isWorkingDay(
        '2025-10-08',
      ),
    ).toBe(false);
  });
});
