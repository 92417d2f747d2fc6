/**
 * SPEC §11.1 facts of a meeting notice: a meeting coming up within the
 * due-soon days whose materials have not gone out, and an upcoming meeting
 * nobody hosts. A meeting that has been held needs neither.
 */
import type { EngineOptions } from '../../engine';
import { DEFAULT_FACT_SETTINGS } from '../../model';
import { factDays } from '../../facts';
import { HIGHLIGHT_FILLS, type ConditionalFormatRule } from '../../plan';
import { isDayFormula } from '../../plan/formulaWords';
import { dueSoonUntilFormula } from '../../plan/highlight';
import type { HighlightContext, RowFacts } from '../module';
import type { NoticeRecord } from './record';

export function noticeFacts(record: NoticeRecord, options: EngineOptions): RowFacts {
  const days = factDays(options.today, options.settings ?? DEFAULT_FACT_SETTINGS, options.calendar);
  const day = record.meetingDay;
  const upcoming = day !== null && day >= days.today;
  return {
    dueSoon: upcoming && day <= days.soonUntil && record.materialsSent === null,
    unassigned: upcoming && record.host === null,
  };
}

export function noticeHighlights(context: HighlightContext): ConditionalFormatRule[] {
  const { ref, words } = context;
  const starts = ref('startsAt');
  const day = `INT(${starts})`;
  const upcoming = `AND(${isDayFormula(starts)},${day}>=TODAY())`;
  const host = context.column('host');
  // Materials went out on a day Check reads as one; a blank, 待定 or unreadable text is not sent yet.
  return [
    {
      kind: 'dueSoon',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: `=AND(${upcoming},${day}<=${dueSoonUntilFormula(context.settings)},NOT(${isDayFormula(ref('materialsSent'))}))`,
      fill: HIGHLIGHT_FILLS.dueSoon,
      priority: 2,
    },
    {
      kind: 'unassigned',
      firstColumn: host,
      lastColumn: host,
      formula: `=AND(LEN(TRIM(${ref('topic')}))>0,${upcoming},${words.noOwner(ref('host'))})`,
      fill: HIGHLIGHT_FILLS.unassigned,
      priority: 1,
    },
  ];
}
