/**
 * Conditional-format formulas for overdue, due-soon and unassigned rows. They
 * must work whatever language the sheet's values are in (a team may switch
 * language or paste old rows), so "finished" recognises both languages'
 * done/cancelled words, and a date that is still text never counts as overdue.
 * Each formula is relative to the first data row, as Excel resolves it.
 */
import { columnLetter } from '../address';
import { addWorkingDaysFormula } from '../calendar/formulas';
import type { FactSettings } from '../model';
import { HIGHLIGHT_FILLS, type ConditionalFormatRule } from '../plan';

/** Excel compares text case-insensitively, so one spelling per word is enough. */
const FINISHED_WORDS = [
  '已完成',
  '完成',
  '已完结',
  '已取消',
  '取消',
  'Done',
  'Completed',
  'Complete',
  'Cancelled',
  'Canceled',
];
const NO_OWNER_WORDS = [
  '',
  '-',
  '—',
  '/',
  '待定',
  '待分配',
  '未分配',
  '无',
  'TBD',
  'N/A',
  'NA',
  'none',
];

export interface HighlightColumns {
  /** Plan column indexes. */
  readonly due: number;
  readonly status: number;
  /** The column that makes a row real (name or topic): empty rows are never highlighted. */
  readonly name: number;
  readonly owners: readonly number[];
  readonly lastColumn: number;
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function finished(status: string): string {
  return `OR(${FINISHED_WORDS.map((word) => `TRIM(${status})=${quoted(word)}`).join(',')})`;
}

/** The last due-soon day as a formula: calendar days, or working days over the work calendar's names. */
function soonUntil(settings: FactSettings, days: number): string {
  return settings.dueSoonUnit === 'workingDays'
    ? addWorkingDaysFormula('TODAY()', days)
    : `TODAY()+${days}`;
}

export function highlightRules(
  columns: HighlightColumns,
  firstDataRow: number,
  settings: FactSettings,
): ConditionalFormatRule[] {
  const row = firstDataRow + 1;
  const ref = (column: number): string => `$${columnLetter(column)}${row}`;
  const due = ref(columns.due);
  const open = `NOT(${finished(ref(columns.status))})`;
  const real = `LEN(TRIM(${ref(columns.name)}))>0`;
  const days = Math.max(0, Math.floor(settings.dueSoonDays));
  const rules: ConditionalFormatRule[] = [
    {
      kind: 'overdue',
      firstColumn: 0,
      lastColumn: columns.lastColumn,
      formula: `=AND(ISNUMBER(${due}),${due}<TODAY(),${open})`,
      fill: HIGHLIGHT_FILLS.overdue,
      priority: 1,
    },
    {
      kind: 'dueSoon',
      firstColumn: 0,
      lastColumn: columns.lastColumn,
      formula: `=AND(ISNUMBER(${due}),${due}>=TODAY(),${due}<=${soonUntil(settings, days)},${open})`,
      fill: HIGHLIGHT_FILLS.dueSoon,
      priority: 2,
    },
  ];
  columns.owners.forEach((owner, index) => {
    const cell = ref(owner);
    const noOwner = NO_OWNER_WORDS.map((word) => `TRIM(${cell})=${quoted(word)}`).join(',');
    rules.push({
      kind: 'unassigned',
      firstColumn: owner,
      lastColumn: owner,
      formula: `=AND(${real},${open},OR(${noOwner}))`,
      fill: HIGHLIGHT_FILLS.unassigned,
      priority: 3 + index,
    });
  });
  return rules;
}
