/** Statutory days off and make-up working days (SPEC §10): approvals count their deadlines in them. */
import { STATUTORY_CALENDAR } from '../calendarData/statutory';
import { buildWorkingCalendar } from '../core/calendar';

export const STATUTORY_WORKING_CALENDAR = buildWorkingCalendar({
  statutory: STATUTORY_CALENDAR,
  workbook: [],
});
