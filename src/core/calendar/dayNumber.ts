/**
 * Days as integers (days since 1970-01-01) for the working-day index. The
 * conversion is arithmetic on the civil calendar (H. Hinnant's
 * days-from-civil), so it allocates nothing and no time zone can move a day:
 * `addWorkingDays` runs once per row over sheets of 100k rows.
 */
import type { CalendarDay } from '../model';

export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DIGIT_0 = 48;

/** The number a run of ASCII digits spells, or NaN. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The integer of a `YYYY-MM-DD` day. A day that does not exist (`2026-02-30`)
 * or text of another shape is a caller's bug, not a cell value (cells are
 * parsed into days before they reach the calendar), so it throws. Read by
 * hand rather than by a regular expression: it runs once per row.
 */
export function toDayNumber(day: CalendarDay): number {
  if (day.length === 10 && day[4] === '-' && day[7] === '-') {
    const year = digits(day, 0, 4);
    const month = digits(day, 5, 7);
    const date = digits(day, 8, 10);
    const valid =
      year >= 0 && month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month);
    if (valid) return dayNumberOf(year, month, date);
  }
  throw new RangeError(`not a calendar day: ${day}`);
}

interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function civil(number: number): Civil {
  const z = number + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function yearOf(number: number): number {
  return civil(number).year;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function fromDayNumber(number: number): CalendarDay {
  const { year, month, day } = civil(number);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(number: number): number {
  return (((number + 4) % 7) + 7) % 7;
}

export function isWeekday(number: number): boolean {
  const weekday = weekdayOf(number);
  return weekday >= 1 && weekday <= 5;
}

/** Monday 1969-12-29: the origin of the Monday–Friday count below. */
const MONDAY = -3;

/**
 * A running count of Monday–Friday days: how many lie in [MONDAY, number]
 * (negative before it). It rises by one on each weekday and stays flat over
 * weekends, for every day, so differences count weekdays between any two days.
 */
export function weekdayIndex(number: number): number {
  const days = number - MONDAY + 1;
  const weeks = Math.floor(days / 7);
  return weeks * 5 + Math.min(days - weeks * 7, 5);
}

/** The first day whose `weekdayIndex` reaches `index`: always a Monday–Friday day. */
export function dayOfWeekdayIndex(index: number): number {
  const before = index - 1;
  const weeks = Math.floor(before / 5);
  return MONDAY + weeks * 7 + (before - weeks * 5);
}
