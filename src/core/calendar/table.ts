/**
 * The workbook's 工作日历 table (`OpsCalendar`: 日期 Date · 类型 Type · 说明
 * Note) as calendar data, and the package's days it is inserted with.
 */
import type { Locale } from '../i18n';
import type { CalendarDay } from '../model';
import type { DayKind, StatutoryCalendar, WorkbookDay } from './model';

export const CALENDAR_TABLE = 'OpsCalendar';

/** One table row as read: null where the cell is blank or unreadable (Check reports those). */
export interface CalendarRowReading {
  readonly day: CalendarDay | null;
  readonly kind: DayKind | null;
  readonly note: string;
}

/**
 * The days the table states, in table order. The first row of a day decides
 * it, as the sheet's formulas do (they look the day up with an exact MATCH):
 * a first row whose type is unreadable states nothing, and later rows of that
 * day do not count either.
 */
export function workbookDays(rows: readonly CalendarRowReading[]): WorkbookDay[] {
  const seen = new Set<CalendarDay>();
  const days: WorkbookDay[] = [];
  for (const row of rows) {
    if (row.day === null || seen.has(row.day)) continue;
    seen.add(row.day);
    if (row.kind !== null) days.push({ day: row.day, kind: row.kind, note: row.note });
  }
  return days;
}

/** The package's days of the given years, as the inserted table's rows (note: the holiday's name). */
export function statutoryRows(
  statutory: StatutoryCalendar,
  years: readonly number[],
  locale: Locale,
): WorkbookDay[] {
  const wanted = new Set(years);
  return statutory.days
    .filter((entry) => wanted.has(Number(entry.day.slice(0, 4))))
    .map((entry) => ({ day: entry.day, kind: entry.kind, note: entry.holiday[locale] }));
}

/** Years as people read them: `2004–2026、2028` / `2004–2026, 2028`. */
export function describeYears(years: readonly number[], locale: Locale): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(locale === 'zh-CN' ? '、' : ', ');
}
