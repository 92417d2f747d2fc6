/** What a template's insert writes beyond its columns. */
import type { CalendarDay } from '../model';
import type { Locale } from '../i18n';
import type { StatutoryCalendar } from '../calendar/model';
import type { PlanBlock, PlanName } from '../plan';

/** What an insert knows beyond the language: the day it runs and the statutory arrangement. */
export interface InsertContext {
  readonly locale: Locale;
  /** The insert's local calendar day (the calendar inserts its year and the next). */
  readonly today: CalendarDay;
  readonly statutory: StatutoryCalendar;
}

/** What a template's insert writes beyond its columns and one empty row. */
export interface InsertContent {
  /** Data rows every insert writes (field key → typed value), instead of one empty row. */
  readonly rows?: readonly SampleRow[];
  /** Cells beside the table, on the same sheet. */
  readonly besides?: readonly PlanBlock[];
  readonly names?: readonly PlanName[];
}

/** One example row for "insert with the handbook example": field key → typed value. */
export type SampleRow = Readonly<Record<string, string | number>>;
