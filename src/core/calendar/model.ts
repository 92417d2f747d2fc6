/**
 * What a working calendar is built from (SPEC §10), as plain data: the
 * statutory arrangement (converted from the data package at the edge) and the
 * days the workbook's `OpsCalendar` table states. The core never imports the
 * package, so a new year's data is a new argument, not a new core.
 */
import type { CalendarDay, Localized } from '../model';

/** 休 (a day off, even on a weekday) or 班 (a working day, even on a weekend). */
export type DayKind = 'dayOff' | 'workingDay';

/** One day of the State Council's yearly arrangement. */
export interface StatutoryDay {
  readonly day: CalendarDay;
  readonly kind: DayKind;
  /** The holiday it belongs to, e.g. 春节 / Spring Festival (also for its make-up days). */
  readonly holiday: Localized;
}

export interface StatutoryCalendar {
  /** Years whose whole arrangement is in `days`; every other year is not covered. */
  readonly years: readonly number[];
  readonly days: readonly StatutoryDay[];
}

/** One row of the workbook's `OpsCalendar` table, after reading. */
export interface WorkbookDay {
  readonly day: CalendarDay;
  readonly kind: DayKind;
  readonly note: string;
}

export interface CalendarSources {
  readonly statutory: StatutoryCalendar;
  /** In table order; a workbook row beats the package for its day; the first row of a day wins. */
  readonly workbook: readonly WorkbookDay[];
}
