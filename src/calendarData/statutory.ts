/**
 * The State Council's holiday arrangements, from the `chinese-days` package,
 * as the plain data the core calendar takes (SPEC §10). Only the package's
 * JSON is read: its helpers are not used because `getWorkdaysInRange(…, false)`
 * drops make-up weekend days and `isWorkday` answers Monday–Friday for years it
 * has no data for, which would hide that a year is not covered.
 *
 * The JSON maps each day to `"English name,中文名,days"`: `holidays` holds days
 * off (weekends inside a holiday included), `workdays` the make-up working days.
 */
import packageDays from 'chinese-days/dist/chinese-days.json';
import type { StatutoryCalendar, StatutoryDay } from '../core/calendar';

interface PackageDays {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

function holidayName(entry: string): StatutoryDay['holiday'] {
  const [en = '', zh = en] = entry.split(',');
  return { 'zh-CN': zh, 'en-US': en };
}

/** Converts the package's JSON; exported for tests that feed it other data. */
export function statutoryFromPackage(data: PackageDays): StatutoryCalendar {
  const days: StatutoryDay[] = [];
  for (const [day, entry] of Object.entries(data.holidays))
    days.push({ day, kind: 'dayOff', holiday: holidayName(entry) });
  for (const [day, entry] of Object.entries(data.workdays))
    days.push({ day, kind: 'workingDay', holiday: holidayName(entry) });
  days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  // A year is covered when the package states its arrangement: every year in
  // it has days off, so the years present are exactly the years covered.
  const years = [...new Set(days.map((entry) => Number(entry.day.slice(0, 4))))].sort(
    (a, b) => a - b,
  );
  return { years, days };
}

let converted: StatutoryCalendar | null = null;
const shipped = (): StatutoryCalendar => (converted ??= statutoryFromPackage(packageDays));

/**
 * The arrangement shipped with this build (2004–2026 in chinese-days 1.5.7),
 * converted on first use: most runs never ask (issue 16: start-up).
 */
export const STATUTORY_CALENDAR: StatutoryCalendar = {
  get years() {
    return shipped().years;
  },
  get days() {
    return shipped().days;
  },
};
