/** SPEC §11.2: minutes go out within a day of the meeting (the handbook's 24 hours). */
import type { CalendarDay } from '../../model';
import { addDays } from '../../values/calendar';

export function minutesLate(sent: CalendarDay, heldOn: CalendarDay): boolean {
  return sent > addDays(heldOn, 1);
}
