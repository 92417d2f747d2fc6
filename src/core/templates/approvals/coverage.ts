/**
 * SPEC §10 for approvals: a level's deadline counted through a year that
 * neither the package nor the workbook's calendar covers falls back to
 * Monday–Friday and is reported (once per run) on the cell the count starts
 * from: the submission, or the previous level's date.
 */
import type { CalendarDay } from '../../model';
import type { AfterAllContext, ReadRow } from '../module';
import { dateKey } from './levelColumns';
import { LEVEL_ORDER } from './levels';
import type { ApprovalIssueCode } from './messages';
import { approvalProgress } from './progress';
import type { ApprovalRecord } from './record';

function fieldHolding(record: ApprovalRecord, day: CalendarDay): string {
  const level = LEVEL_ORDER.find((candidate) => record.entries.get(candidate)?.date === day);
  return level === undefined || record.submitted === day ? 'submitted' : dateKey(level);
}

export function reportUncoveredYears(
  rows: readonly ReadRow<ApprovalRecord, ApprovalIssueCode>[],
  context: AfterAllContext,
): void {
  for (const row of rows) {
    approvalProgress(
      row.record,
      (day, n) => row.addWorkingDaysAt(fieldHolding(row.record, day))(day, n),
      context.options.today,
    );
  }
}
