/**
 * SPEC §11.3 facts and highlights of a milestone: overdue when not done past
 * its plan, due soon within the due-soon days, an open milestone with no
 * owner. The formulas read "done" as the sheet does: something is written
 * under 实际完成时间.
 */
import type { EngineOptions } from '../../engine';
import { factDays } from '../../facts';
import { DEFAULT_FACT_SETTINGS } from '../../model';
import { HIGHLIGHT_FILLS, type ConditionalFormatRule } from '../../plan';
import { isDayFormula } from '../../plan/formulaWords';
import { dueSoonUntilFormula } from '../../plan/highlight';
import type { HighlightContext, RowFacts } from '../module';
import type { MilestoneRecord } from './record';

export function milestoneFacts(record: MilestoneRecord, options: EngineOptions): RowFacts {
  const days = factDays(options.today, options.settings ?? DEFAULT_FACT_SETTINGS, options.calendar);
  const open = !record.done;
  const planned = record.planned;
  return {
    overdue: open && planned !== null && planned < days.today,
    dueSoon: open && planned !== null && planned >= days.today && planned <= days.soonUntil,
    unassigned: open && record.owner === null,
  };
}

export function milestoneHighlights(context: HighlightContext): ConditionalFormatRule[] {
  const { ref, words } = context;
  const planned = ref('planned');
  const day = `INT(${planned})`;
  const open = `LEN(TRIM(${ref('actual')}))=0`;
  const owner = context.column('owner');
  return [
    {
      kind: 'unassigned',
      firstColumn: owner,
      lastColumn: owner,
      formula: `=AND(LEN(TRIM(${ref('milestone')}))>0,${open},${words.noOwner(ref('owner'))})`,
      fill: HIGHLIGHT_FILLS.unassigned,
      priority: 1,
    },
    {
      kind: 'overdue',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: `=AND(${isDayFormula(planned)},${day}<TODAY(),${open})`,
      fill: HIGHLIGHT_FILLS.overdue,
      priority: 2,
    },
    {
      kind: 'dueSoon',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: `=AND(${isDayFormula(planned)},${day}>=TODAY(),${day}<=${dueSoonUntilFormula(context.settings)},${open})`,
      fill: HIGHLIGHT_FILLS.dueSoon,
      priority: 3,
    },
  ];
}
