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
export { DAY_KIND_LABELS, DAY_KIND_ORDER, DAY_KIND_WORDS, parseDayKind } from './dayKinds';
export {
  addWorkingDaysFormula,
  INDEX_DAYS,
  isWorkingDayFormula,
  WORKDAY_NAMES,
  workdayIndexBlock,
  type WorkdayIndexBlock,
  type WorkdayIndexLayout,
} from './formulas';
export {
  CALENDAR_TABLE,
  describeYears,
  statutoryRows,
  workbookDays,
  type CalendarRowReading,
} from './table';
