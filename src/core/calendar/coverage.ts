/**
 * SPEC §10: a computation in a year nobody covers falls back to Monday–Friday
 * and says so, once per year, on the first cell that needed that year. One
 * `CalendarCoverage` lives for one run (a Check, a review), so the same year is
 * never reported twice in it however many rows need it.
 */
import type { Locale } from '../i18n';
import { issueMessage } from '../templates/catalogue';
import type { CalendarDay, Issue } from '../model';
import type { WorkingCalendar } from './workingCalendar';

/** The cell a working-day computation belongs to. */
export interface CalendarUse {
  readonly sheet: string;
  /** A1 address, e.g. `F7`. */
  readonly cell: string;
  /** One-based sheet row. */
  readonly row: number;
  readonly field: string;
}

export class CalendarCoverage {
  private readonly reported = new Set<number>();
  private readonly found: Issue[] = [];

  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly locale: Locale,
  ) {}

  /** `calendar.addWorkingDays`, noting the years it counted through. */
  addWorkingDays(day: CalendarDay, n: number, at: CalendarUse): CalendarDay {
    const result = this.calendar.addWorkingDays(day, n);
    this.use(day, result, at);
    return result;
  }

  /**
   * `addWorkingDays` for the computations of one cell, in the shape the
   * approvals' per-level deadlines take (`(day, n) => CalendarDay`).
   */
  addWorkingDaysAt(at: CalendarUse): (day: CalendarDay, n: number) => CalendarDay {
    return (day, n) => this.addWorkingDays(day, n, at);
  }

  /** `calendar.workingDaysBetween`, noting the years it counted through. */
  workingDaysBetween(from: CalendarDay, to: CalendarDay, at: CalendarUse): number {
    this.use(from, to, at);
    return this.calendar.workingDaysBetween(from, to);
  }

  /** `calendar.isWorkingDay`, noting the day's year. */
  isWorkingDay(day: CalendarDay, at: CalendarUse): boolean {
    this.use(day, day, at);
    return this.calendar.isWorkingDay(day);
  }

  /** Records that the computation at `at` counted the days from `from` to `to` (either order). */
  use(from: CalendarDay, to: CalendarDay, at: CalendarUse): void {
    for (const year of this.calendar.uncoveredYears(from, to)) {
      if (this.reported.has(year)) continue;
      this.reported.add(year);
      this.found.push({
        ...at,
        severity: 'warning',
        code: 'calendar-not-covered',
        message: issueMessage(this.locale, 'calendar-not-covered', { year }),
      });
    }
  }

  /** The warnings so far, in the order the years were first needed. */
  get issues(): readonly Issue[] {
    return this.found;
  }
}
