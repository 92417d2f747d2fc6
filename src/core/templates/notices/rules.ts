/** SPEC §11.1: what is particular to a meeting notice, run as its columns are read. */
import type { RowContext } from '../module';
import { addDays } from '../../values/calendar';
import { meetingTooLong } from './duration';
import { materialsLate } from './materials';
import type { NoticeIssueCode } from './messages';

/** `meeting-too-long` over 90 minutes (a length that is no number is the reader's `invalid-number`). */
export function checkMinutes(row: RowContext<NoticeIssueCode>): void {
  const minutes = row.values.number('minutes');
  if (minutes !== null && meetingTooLong(minutes))
    row.report('minutes', 'warning', 'meeting-too-long', { value: minutes });
}

/** `materials-late`: materials go out by the day before the meeting. */
export function checkMaterialsSent(row: RowContext<NoticeIssueCode>): void {
  const sent = row.values.date('materialsSent');
  const meeting = row.values.date('startsAt');
  if (sent === null || meeting === null || !materialsLate(sent, meeting)) return;
  row.report('materialsSent', 'warning', 'materials-late', { sent, latest: addDays(meeting, -1) });
}

/** `unassigned`: a meeting still to come needs a host (the sheet shows the same cell yellow). */
export function checkHost(row: RowContext<NoticeIssueCode>): void {
  const meeting = row.values.date('startsAt');
  if (meeting === null || meeting < row.options.today || row.values.person('host') !== null) return;
  row.report('host', 'warning', 'unassigned');
}
