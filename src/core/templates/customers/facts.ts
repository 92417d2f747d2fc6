/**
 * SPEC §11.4 facts and highlights of a customer-log row: its follow-up
 * overdue or due soon while open, an open follow-up with no owner, and, on a
 * customer's latest row, a revisit past due (1 month for a VIP, else 3; EDATE
 * clamps to the month's end exactly as `revisitBy` does).
 */
import type { EngineOptions } from '../../engine';
import { factDays } from '../../facts';
import { DEFAULT_FACT_SETTINGS } from '../../model';
import { HIGHLIGHT_FILLS, type ConditionalFormatRule } from '../../plan';
import { isDayFormula } from '../../plan/formulaWords';
import { dueSoonUntilFormula } from '../../plan/highlight';
import { isFinished } from '../../values/status';
import type { HighlightContext, RowFacts } from '../module';
import type { CustomerRecord } from './record';
import { REVISIT_MONTHS } from './revisit';
import { VIP_WORDS } from './tierWords';

/** The row's own facts; the revisit, which depends on the customer's other rows, is `customerStandings`'. */
export function customerFacts(record: CustomerRecord, options: EngineOptions): RowFacts {
  const days = factDays(options.today, options.settings ?? DEFAULT_FACT_SETTINGS, options.calendar);
  const open = !isFinished(record.followUpStatus);
  const by = record.followUpBy;
  return {
    overdue: open && by !== null && by < days.today,
    dueSoon: open && by !== null && by >= days.today && by <= days.soonUntil,
    unassigned: open && record.owner === null,
  };
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** `$A2` → `$A:$A`: the whole column, for counting a customer's rows. */
const wholeColumn = (ref: string): string => {
  const letters = /^\$([A-Z]+)\$?\d+$/.exec(ref)?.[1] ?? 'A';
  return `$${letters}:$${letters}`;
};

export function customerHighlights(context: HighlightContext): ConditionalFormatRule[] {
  const { ref, words } = context;
  const customer = ref('customer');
  const contacted = ref('contactedOn');
  const by = ref('followUpBy');
  const open = `NOT(${words.finished(ref('status'))})`;
  const real = `LEN(TRIM(${customer}))>0`;
  const customers = wholeColumn(customer);
  const vip = `SUM(${VIP_WORDS.map(
    (word) => `COUNTIFS(${customers},${customer},${wholeColumn(ref('tier'))},${quoted(word)})`,
  ).join(',')})>0`;
  const latest = `COUNTIFS(${customers},${customer},${wholeColumn(contacted)},">"&${contacted})=0`;
  const revisitBy = `EDATE(INT(${contacted}),IF(${vip},${REVISIT_MONTHS.vip},${REVISIT_MONTHS.standard}))`;
  const owner = context.column('owner');
  return [
    {
      kind: 'unassigned',
      firstColumn: owner,
      lastColumn: owner,
      formula: `=AND(${real},${open},${words.noOwner(ref('owner'))})`,
      fill: HIGHLIGHT_FILLS.unassigned,
      priority: 1,
    },
    {
      kind: 'overdue',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: `=AND(${real},${isDayFormula(by)},${by}<TODAY(),${open})`,
      fill: HIGHLIGHT_FILLS.overdue,
      priority: 2,
    },
    {
      kind: 'overdue',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: `=AND(${real},${isDayFormula(contacted)},${latest},${revisitBy}<TODAY())`,
      fill: HIGHLIGHT_FILLS.overdue,
      priority: 3,
    },
    {
      kind: 'dueSoon',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: `=AND(${real},${isDayFormula(by)},${by}>=TODAY(),${by}<=${dueSoonUntilFormula(context.settings)},${open})`,
      fill: HIGHLIGHT_FILLS.dueSoon,
      priority: 4,
    },
  ];
}
