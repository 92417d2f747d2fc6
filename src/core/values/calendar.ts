/**
 * Calendar days and Excel serials. A day is a `YYYY-MM-DD` string and all
 * arithmetic goes through UTC midnights, so no time zone can move a day.
 */
import type { CalendarDay, MonthKey } from '../model';

const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1900 system as Excel counts after its phantom 1900-02-29. */
const EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last day Excel can show. */
export const LAST_SERIAL = 2_958_465;
const PHANTOM_LEAP_DAY = 60;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` for a valid day in years 1900–9999, else null (`2023-02-30` is null). */
export function makeDay(year: number, month: number, day: number): CalendarDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function dayToUtc(day: CalendarDay): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function utcToDay(ms: number): CalendarDay {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/**
 * Excel 1900-system serial of a day. Days before 1900-03-01 are one lower than
 * a plain day count because Excel keeps a 1900-02-29 that never existed.
 * NaN for text that is not a day.
 */
export function dayToSerial(day: CalendarDay): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return Number.NaN;
  const serial = Math.round((dayToUtc(day) - EPOCH) / MS_PER_DAY);
  return serial <= PHANTOM_LEAP_DAY ? serial - 1 : serial;
}

/** The 1900-system serial of a time of day, in minutes after midnight, on a day. */
export const dateTimeSerial = (day: CalendarDay, minutes = 0): number =>
  dayToSerial(day) + minutes / 1440;

/**
 * The day an Excel serial shows; a time fraction is dropped. Null outside
 * 1900-01-01…9999-12-31 and for serial 60, the phantom 1900-02-29: it names no
 * real day, so a cell holding it is reported rather than silently moved.
 */
export function serialToDay(serial: number): CalendarDay | null {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_SERIAL || whole === PHANTOM_LEAP_DAY) return null;
  return utcToDay(EPOCH + (whole < PHANTOM_LEAP_DAY ? whole + 1 : whole) * MS_PER_DAY);
}

/**
 * A workbook's date system (`workbookPr date1904` in a file; Excel's option
 * "Use 1904 date system", the default of Excel 2008 for Mac and earlier).
 * The core counts days as 1900-system serials everywhere: readers turn a 1904
 * workbook's serials into 1900 ones, writers turn them back
 * (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
export type DateSystem = 1900 | 1904;

/** Days between the two systems' day zero: 1904-01-01 is 0 in one and 1462 in the other. */
export const DAYS_1904 = 1462;

/** A 1900-system serial as a workbook of `system` stores it. */
export const storedSerial = (serial: number, system: DateSystem): number =>
  system === 1904 ? serial - DAYS_1904 : serial;

/** A serial a workbook of `system` stores, as the core counts it (1900 system). */
export const coreSerial = (stored: number, system: DateSystem): number =>
  system === 1904 ? stored + DAYS_1904 : stored;

/** The local calendar day of a moment: what "today" means for the person at the keyboard. */
export function localDay(date: Date): CalendarDay {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/**
 * The day a `Date` cell value stands for. ExcelJS (the only source of `Date`
 * values) encodes the sheet's wall-clock time as if it were UTC, so UTC
 * components give the day the sheet shows, times of day included. A `Date`
 * that is exactly local midnight but not UTC midnight was built from local
 * parts (`new Date(2023, 6, 5)`), so its local components are the day meant.
 * Either way the day is read, never shifted.
 */
export function dateObjectDay(date: Date): CalendarDay | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const utcMidnight = ms % MS_PER_DAY === 0;
  const localMidnight =
    date.getHours() === 0 &&
    date.getMinutes() === 0 &&
    date.getSeconds() === 0 &&
    date.getMilliseconds() === 0;
  const year = localMidnight && !utcMidnight ? date.getFullYear() : date.getUTCFullYear();
  const month = localMidnight && !utcMidnight ? date.getMonth() : date.getUTCMonth();
  const day = localMidnight && !utcMidnight ? date.getDate() : date.getUTCDate();
  return makeDay(year, month + 1, day);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return utcToDay(dayToUtc(day) + days * MS_PER_DAY);
}

/** Whole calendar days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((dayToUtc(to) - dayToUtc(from)) / MS_PER_DAY);
}

/** True when `day` is a day of `month` (`YYYY-MM`). */
export function dayInMonth(day: CalendarDay | null, month: MonthKey): day is CalendarDay {
  return day !== null && day.length === 10 && day.startsWith(month) && day.charAt(7) === '-';
}

/** The month a day falls in. */
export function currentMonth(today: CalendarDay): MonthKey {
  return today.slice(0, 7);
}
