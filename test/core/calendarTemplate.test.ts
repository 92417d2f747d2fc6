/** SPEC §10: the work calendar template (工作日历, OpsCalendar): insert, read, and the calendar it gives the workbook. */
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import {
  checkWorkbook,
  dayToSerial,
  planTemplate,
  readWorkbook,
  recordsOf,
  type Grid,
} from '../../src/core';
import { INDEX_DAYS, WORKDAY_NAMES } from '../../src/core/calendar';

/** 2024's days off and make-up days in the package. */
const STATUTORY_2024 = STATUTORY_CALENDAR.days.filter((day) => day.day.startsWith('2024')).length;

const plan = (today: string, locale: 'zh-CN' | 'en-US' = 'zh-CN') =>
  planTemplate('calendar', locale, undefined, { today, statutory: STATUTORY_CALENDAR });

function calendarGrid(rows: unknown[][], tableName = 'OpsCalendar'): Grid {
  return {
    sheetName: '工作日历',
    cells: [['日期', '类型', '说明'], ...rows],
    origin: { row: 0, column: 0 },
    tableName,
  };
}

describe('inserting the work calendar', () => {
  it('writes the package’s days for the previous, current and next year, with 休/班 and the holiday', () => {
    const inserted = plan('2025-06-01');
    expect(inserted.tableName).toBe('OpsCalendar');
    expect(inserted.sheetName).toBe('工作日历');
    expect(inserted.columns.map((column) => column.header)).toEqual(['日期', '类型', '说明']);
    expect(inserted.columns[1]!.validation).toMatchObject({ kind: 'list', values: ['休', '班'] });
    expect(inserted.rows).toHaveLength(STATUTORY_2024 + 28 + 5 + 33 + 6);
    expect(inserted.rows).toContainEqual([
      { kind: 'date', day: '2026-02-14' },
      { kind: 'text', text: '班' },
      { kind: 'text', text: '春节' },
    ]);
  });

  it('a year the package lacks is not invented: in 2026 only 2025’s and 2026’s days are written', () => {
    const inserted = plan('2026-12-01', 'en-US');
    expect(inserted.rows).toHaveLength(28 + 5 + 33 + 6);
    expect(inserted.rows[28 + 5]).toEqual([
      { kind: 'date', day: '2026-01-01' },
      { kind: 'text', text: 'Day off' },
      { kind: 'text', text: "New Year's Day" },
    ]);
  });

  it('puts the full-day index beside the table, from the previous year’s 1 January (last December’s approvals count right), with its workbook names', () => {
    const inserted = plan('2026-12-01');
    const [index] = inserted.besides!;
    expect(index!.anchor).toEqual({ row: 0, column: 4 });
    expect(index!.rows).toHaveLength(INDEX_DAYS);
    expect(index!.rows[0]![0]).toEqual({ kind: 'date', day: '2025-01-01' });
    expect(inserted.names!.map((name) => name.name)).toEqual(Object.values(WORKDAY_NAMES));
  });

  it('without the day it runs on, plans the bare table (no index, no names)', () => {
    const bare = planTemplate('calendar', 'zh-CN');
    expect(bare.rows).toHaveLength(1);
    expect(bare.besides).toBeUndefined();
    expect(bare.names).toBeUndefined();
  });
});

describe('reading the work calendar', () => {
  const options = { today: '2026-02-10', locale: 'zh-CN' as const, statutory: STATUTORY_CALENDAR };

  it('its rows override the package and cover their years for every other template', () => {
    const reading = readWorkbook(
      [
        calendarGrid([
          [dayToSerial('2026-02-14'), '休', '公司不补班'],
          [dayToSerial('2027-02-06'), ' 休 ', '春节（2027 年安排公布后录入）'],
          [dayToSerial('2027-02-20'), 'Working day', ''],
        ]),
      ],
      options,
    );
    expect(recordsOf(reading, 'calendar')).toHaveLength(3);
    const calendar = reading.options.calendar!;
    expect(calendar.isWorkingDay('2026-02-14')).toBe(false);
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-24');
    expect(calendar.isCovered(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);
    expect(reading.issues).toEqual([]);
  });

  it('reports a bad type and a date typed as text, and neither changes a day', () => {
    const result = checkWorkbook(
      [
        calendarGrid([
          [dayToSerial('2026-03-11'), '周末', ''],
          ['2026-03-12', '休', '司庆日'],
          [dayToSerial('2026-03-13'), '', ''],
          [null, '休', '缺日期'],
        ]),
      ],
      options,
    );
    expect(result.issues.map((issue) => [issue.cell, issue.code])).toEqual(
      expect.arrayContaining([
        ['B2', 'invalid-value'],
        ['B4', 'calendar-missing-type'],
        ['A5', 'calendar-missing-day'],
      ]),
    );
    const calendar = readWorkbook([calendarGrid([['2026-03-12', '休', '']])], options).options
      .calendar!;
    expect(calendar.isWorkingDay('2026-03-12')).toBe(true);
  });

  it('a team’s sheet with 日期 and 类型 is a calendar only when its types are mostly 休/班', () => {
    const expenses = calendarGrid(
      [
        [dayToSerial('2026-03-11'), '差旅', '机票'],
        [dayToSerial('2026-03-12'), '餐费', ''],
      ],
      undefined,
    );
    expect(
      readWorkbook([{ ...expenses, tableName: undefined }], options).present.has('calendar'),
    ).toBe(false);
    const holidays = calendarGrid(
      [
        [dayToSerial('2026-03-11'), '休', '司庆日'],
        [dayToSerial('2026-03-14'), '班', '补班'],
      ],
      undefined,
    );
    expect(
      readWorkbook([{ ...holidays, tableName: undefined }], options).present.has('calendar'),
    ).toBe(true);
  });

  it('with no calendar sheet, the statutory arrangement alone counts', () => {
    const reading = readWorkbook([], options);
    expect(reading.options.calendar!.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
  });
});
