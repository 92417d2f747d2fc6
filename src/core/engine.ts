/** What every engine entry point is given: the day it runs on, the language, the settings. */
import type { StatutoryCalendar } from './calendar/model';
import type { WorkingCalendar } from './calendar/workingCalendar';
import type { Locale } from './i18n';
import type { CalendarDay, FactSettings } from './model';

export interface EngineOptions {
  /** The day facts are computed for (overdue, due soon); inject it, never read the clock. */
  readonly today: CalendarDay;
  readonly locale: Locale;
  readonly settings?: FactSettings;
  /**
   * Working days (SPEC §10): the package's arrangement plus the workbook's
   * OpsCalendar rows, built at the edge. Absent, working days are Monday–Friday.
   */
  readonly calendar?: WorkingCalendar;
  /**
   * The State Council's arrangement from the data package, passed in by the
   * edge: the work calendar template adds the workbook's own days to it.
   */
  readonly statutory?: StatutoryCalendar;
}
