/** Working days in China (SPEC §10): pure, over data passed in. */
export type {
  CalendarSources,
  DayKind,
  StatutoryCalendar,
  StatutoryDay,
  WorkbookDay,
} from './model';
export { buildWorkingCalendar, type WorkingCalendar } from './workingCalendar';
export { CalendarCoverage, type CalendarUse } from './coverage';
