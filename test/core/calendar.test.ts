import {
  cellAddress,
  columnLetter,
  currentMonth,
  dayToSerial,
  localDay,
  serialToDay,
  uniqueSheetName,
  uniqueTableName,
} from '../../src/core';
import { dateObjectDay } from '../../src/core/values/calendar';

describe('Excel serials (1900 date system)', () => {
  it('serial 1 is 1900-01-01 and 45112 is 2023-07-05', () => {
    expect(serialToDay(1)).toBe('1900-01-01');
    expect(dayToSerial('1900-01-01')).toBe(1);
    expect(serialToDay(45112)).toBe('2023-07-05');
    expect(dayToSerial('2023-07-05')).toBe(45112);
  });

  it('serial 60 is the phantom 1900-02-29: 59 is 1900-02-28, 61 is 1900-03-01, 60 names no day', () => {
    expect(serialToDay(59)).toBe('1900-02-28');
    expect(serialToDay(61)).toBe('1900-03-01');
    expect(dayToSerial('1900-02-28')).toBe(59);
    expect(dayToSerial('1900-03-01')).toBe(61);
    expect(serialToDay(60)).toBeNull();
  });

  it('a serial with a time of day is the day it falls on', () => {
    expect(serialToDay(45170.583333)).toBe('2023-09-01');
  });

  it('serials outside 1900-01-01…9999-12-31 and non-numbers are no day', () => {
    for (const value of [0, -1, 2958466, Number.NaN, Infinity, 1e300])
      expect(serialToDay(value)).toBeNull();
    expect(serialToDay(2958465)).toBe('9999-12-31');
    expect(dayToSerial('not a day')).toBeNaN();
  });
});

describe('Date objects are read as the day they show, never shifted', () => {
  it('an ExcelJS date (UTC midnight) is its UTC day', () => {
    expect(dateObjectDay(new Date(Date.UTC(2023, 6, 5)))).toBe('2023-07-05');
  });

  it('an ExcelJS date-time (wall clock stored as UTC) is its UTC day, even late in the day', () => {
    expect(dateObjectDay(new Date(Date.UTC(2023, 8, 1, 23, 30)))).toBe('2023-09-01');
  });

  it('a date built from local parts is its local day', () => {
    expect(dateObjectDay(new Date(2023, 6, 5))).toBe('2023-07-05');
  });

  it('an invalid Date is no day', () => {
    expect(dateObjectDay(new Date(Number.NaN))).toBeNull();
  });
});

describe('today and months', () => {
  it('localDay is the local calendar day', () => {
    expect(localDay(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
  });

  it('currentMonth is the YYYY-MM of a day', () => {
    expect(currentMonth('2023-07-20')).toBe('2023-07');
  });
});

describe('A1 addresses', () => {
  it('columnLetter counts A…Z, AA…', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });

  it('cellAddress is zero-based row and column', () => {
    expect(cellAddress(6, 5)).toBe('F7');
  });
});

describe('names for inserted sheets and tables (SPEC §8: never replace)', () => {
  it('a free sheet name is kept', () => {
    expect(uniqueSheetName('任务跟踪表', ['Sheet1'])).toBe('任务跟踪表');
  });

  it('a taken sheet name gets (2), (3)… compared case-insensitively', () => {
    expect(uniqueSheetName('任务跟踪表', ['任务跟踪表'])).toBe('任务跟踪表 (2)');
    expect(uniqueSheetName('Task Tracker', ['task tracker', 'TASK TRACKER (2)'])).toBe(
      'Task Tracker (3)',
    );
  });

  it('sheet names stay within 31 characters, suffix included', () => {
    const long = 'x'.repeat(40);
    expect(uniqueSheetName(long, [])).toHaveLength(31);
    const second = uniqueSheetName(long, ['x'.repeat(31)]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });

  it('characters Excel forbids in sheet names are replaced', () => {
    expect(uniqueSheetName('a/b:c', [])).toBe('a_b_c');
  });

  it('a taken table name gets 2, 3…', () => {
    expect(uniqueTableName('OpsTasks', [])).toBe('OpsTasks');
    expect(uniqueTableName('OpsTasks', ['opstasks'])).toBe('OpsTasks2');
    expect(uniqueTableName('OpsTasks', ['OpsTasks', 'OpsTasks2'])).toBe('OpsTasks3');
  });
});
