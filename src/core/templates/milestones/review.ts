/**
 * SPEC §11.3 review section `milestones`: milestones planned in month M, how
 * many were done on time, and each delayed one (done late, or not done and
 * past its plan as of today).
 */
import type { CalendarDay, MonthKey } from '../../model';
import { dayInMonth } from '../../values/calendar';
import { deviationDays, recordDeviation } from './deviation';
import type { MilestoneRecord } from './record';

export type DelayedMilestone = {
  readonly project: string;
  readonly milestone: string;
  readonly planned: CalendarDay;
  readonly actual: CalendarDay | null;
  readonly deviationDays: number;
};

export type MilestonesSection = {
  readonly scope: number;
  readonly onTime: number;
  readonly delayed: readonly DelayedMilestone[];
};

/** The section, and the record of each delayed item in its order (the pane card's links). */
export function milestonesReview(
  records: readonly MilestoneRecord[],
  month: MonthKey,
  today: CalendarDay,
): { readonly section: MilestonesSection; readonly delayedRows: readonly MilestoneRecord[] } {
  let scope = 0;
  let onTime = 0;
  const delayed: DelayedMilestone[] = [];
  const delayedRows: MilestoneRecord[] = [];
  for (const record of records) {
    const planned = record.planned;
    if (!dayInMonth(planned, month)) continue;
    scope += 1;
    const deviation = recordDeviation(record, today);
    if (deviation === null) continue;
    if (deviation.kind === 'onTime' || deviation.kind === 'early') {
      onTime += 1;
      continue;
    }
    delayed.push({
      project: record.project,
      milestone: record.milestone,
      planned,
      actual: record.actual,
      deviationDays: deviationDays(deviation),
    });
    delayedRows.push(record);
  }
  return { section: { scope, onTime, delayed }, delayedRows };
}

export const milestonesSection = (
  records: readonly MilestoneRecord[],
  month: MonthKey,
  today: CalendarDay,
): MilestonesSection => milestonesReview(records, month, today).section;
