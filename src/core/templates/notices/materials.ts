/** SPEC §11.1: materials go out by the day before the meeting at the latest. */
import type { CalendarDay } from '../../model';
import { addDays } from '../../values/calendar';

export function materialsLate(sent: CalendarDay, meetingDay: CalendarDay): boolean {
  return sent > addDays(meetingDay, -1);
}
