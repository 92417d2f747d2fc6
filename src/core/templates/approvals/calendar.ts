/**
 * The working days approvals count in: the workbook's calendar (statutory
 * days plus its OpsCalendar rows) when the run was given one; otherwise one
 * that covers no year, so every count falls back to Monday–Friday and says
 * so (SPEC §10: never assume a year is covered).
 */
import { buildWorkingCalendar, type WorkingCalendar } from '../../calendar';
import type { EngineOptions } from '../../engine';
import type { AddWorkingDays } from './progress';

const NO_CALENDAR = buildWorkingCalendar({ statutory: { years: [], days: [] }, workbook: [] });

export const calendarOf = (options: EngineOptions): WorkingCalendar =>
  options.calendar ?? NO_CALENDAR;

export function workingDaysOf(options: EngineOptions): AddWorkingDays {
  const calendar = calendarOf(options);
  return (day, n) => calendar.addWorkingDays(day, n);
}
