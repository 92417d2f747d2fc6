/** SPEC §11.2: what is particular to a meeting's action item. */
import type { RowContext } from '../module';
import { addDays } from '../../values/calendar';
import type { ActionIssueCode } from './messages';
import { minutesLate } from './minutes';

/** `minutes-late`: minutes go out within a day of the meeting. */
export function checkMinutesSent(row: RowContext<ActionIssueCode>): void {
  const sent = row.values.date('minutesSent');
  const held = row.values.date('heldOn');
  if (sent === null || held === null || !minutesLate(sent, held)) return;
  row.report('minutesSent', 'warning', 'minutes-late', { sent, latest: addDays(held, 1) });
}
