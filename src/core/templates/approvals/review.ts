/**
 * SPEC §11.5 review section `approvals`: documents submitted in month M, the
 * share of their decided levels that decided within their limit, and every
 * level pending past its deadline now (any month).
 */
import type { CalendarDay, MonthKey } from '../../model';
import { dayInMonth } from '../../values/calendar';
import type { ApprovalLevel } from './levels';
import { approvalProgress, pendingStep, type AddWorkingDays } from './progress';
import type { ApprovalRecord } from './record';

export type OverdueApproval = {
  /** The archive number, or `"<sheet>!<row>"` when it has none. */
  readonly id: string;
  readonly document: string;
  readonly level: ApprovalLevel;
  readonly deadline: CalendarDay;
};

export type ApprovalsSection = {
  readonly submitted: number;
  /** Decided on time ÷ decided levels with a known deadline; null when none. */
  readonly onTimeRate: number | null;
  readonly overdue: readonly OverdueApproval[];
};

export const approvalName = (record: ApprovalRecord): string =>
  record.id ?? `${record.sheet}!${record.row}`;

/** The section, and the record of each overdue item in its order (the pane card's links). */
export function approvalsReview(
  records: readonly ApprovalRecord[],
  month: MonthKey,
  today: CalendarDay,
  addWorkingDays: AddWorkingDays,
): { readonly section: ApprovalsSection; readonly overdueRows: readonly ApprovalRecord[] } {
  let submitted = 0;
  let decided = 0;
  let onTime = 0;
  const overdue: OverdueApproval[] = [];
  const overdueRows: ApprovalRecord[] = [];
  for (const record of records) {
    const progress = approvalProgress(record, addWorkingDays, today);
    const waiting = pendingStep(progress);
    if (waiting?.overdue && waiting.deadline !== null) {
      overdue.push({
        id: approvalName(record),
        document: record.document,
        level: waiting.level,
        deadline: waiting.deadline,
      });
      overdueRows.push(record);
    }
    if (!dayInMonth(record.submitted, month)) continue;
    submitted += 1;
    for (const step of progress.steps) {
      if (step.state !== 'decided' || step.decidedOn === null || step.deadline === null) continue;
      decided += 1;
      if (!step.late) onTime += 1;
    }
  }
  return {
    section: { submitted, onTimeRate: decided === 0 ? null : onTime / decided, overdue },
    overdueRows,
  };
}

export const approvalsSection = (
  records: readonly ApprovalRecord[],
  month: MonthKey,
  today: CalendarDay,
  addWorkingDays: AddWorkingDays,
): ApprovalsSection => approvalsReview(records, month, today, addWorkingDays).section;
