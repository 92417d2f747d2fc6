/**
 * SPEC §11.5 facts of an approval: overdue while the level it waits on is
 * past its deadline, in working days of the workbook's calendar.
 */
import type { EngineOptions } from '../../engine';
import { HIGHLIGHT_FILLS, type ConditionalFormatRule } from '../../plan';
import type { HighlightContext, RowFacts } from '../module';
import { approvalOverdueFormula } from './highlight';
import { workingDaysOf } from './calendar';
import { approvalProgress, pendingStep } from './progress';
import type { ApprovalRecord } from './record';

export function approvalFacts(record: ApprovalRecord, options: EngineOptions): RowFacts {
  const waiting = pendingStep(approvalProgress(record, workingDaysOf(options), options.today));
  return { overdue: waiting?.overdue ?? false };
}

export function approvalHighlights(context: HighlightContext): ConditionalFormatRule[] {
  return [
    {
      kind: 'overdue',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: approvalOverdueFormula(context.ref),
      fill: HIGHLIGHT_FILLS.overdue,
      priority: 1,
    },
  ];
}
