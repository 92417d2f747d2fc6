/**
 * SPEC §11.2 review section `actions`: action items due in month M (not
 * cancelled), how many are done, and each delayed one with how late it is
 * (SPEC §12: today − due while open, completed − due when done late).
 */
import type { CalendarDay, MonthKey } from '../../model';
import { dayInMonth, daysBetween } from '../../values/calendar';
import { isFinished } from '../../values/status';
import type { ActionRecord } from './record';

export type DelayedAction = {
  /** `"<sheet>!<row>"`: action items carry no ID of their own. */
  readonly id: string;
  readonly name: string;
  readonly due: CalendarDay;
  readonly reason: string;
  readonly daysLate: number;
};

export type ActionsSection = {
  readonly scope: number;
  readonly completed: number;
  readonly delayed: readonly DelayedAction[];
};

/** How late an item is as of today, or null when it is not late. */
export function actionDaysLate(record: ActionRecord, today: CalendarDay): number | null {
  if (record.due === null) return null;
  if (record.status === 'done') {
    return record.completed !== null && record.completed > record.due
      ? daysBetween(record.due, record.completed)
      : null;
  }
  return !isFinished(record.status) && record.due < today ? daysBetween(record.due, today) : null;
}

/** The section, and the record of each delayed item in its order (the pane card's links). */
export function actionsReview(
  records: readonly ActionRecord[],
  month: MonthKey,
  today: CalendarDay,
): { readonly section: ActionsSection; readonly delayedRows: readonly ActionRecord[] } {
  let scope = 0;
  let completed = 0;
  const delayed: DelayedAction[] = [];
  const delayedRows: ActionRecord[] = [];
  for (const record of records) {
    const due = record.due;
    if (record.status === 'cancelled' || !dayInMonth(due, month)) continue;
    scope += 1;
    if (record.status === 'done') completed += 1;
    const daysLate = actionDaysLate(record, today);
    if (daysLate === null) continue;
    delayed.push({
      id: `${record.sheet}!${record.row}`,
      name: record.action,
      due,
      reason: record.notes,
      daysLate,
    });
    delayedRows.push(record);
  }
  return { section: { scope, completed, delayed }, delayedRows };
}

export const actionsSection = (
  records: readonly ActionRecord[],
  month: MonthKey,
  today: CalendarDay,
): ActionsSection => actionsReview(records, month, today).section;
