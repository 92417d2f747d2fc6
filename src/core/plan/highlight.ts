/**
 * Conditional-format formulas for task-like rows: overdue, due soon, and each
 * owner cell left unassigned. They must work whatever language the sheet's
 * values are in (a team may switch language or paste old rows), so the words
 * come from both languages, and a date that is still text, or a number Check
 * does not read as a day (`isDayFormula`), never counts as overdue. Each
 * formula is relative to the first data row, as Excel resolves it.
 *
 * SPEC §6: every highlight stays visible where two apply, so the narrower
 * rule comes first: an unassigned owner cell is yellow even on a red or amber
 * row. It comes first twice over: by priority, which Excel follows across
 * ranges (the higher-precedence rule wins a conflicting fill), and by position,
 * which LibreOffice follows for rules on different ranges (the first listed
 * format that applies gives the cell its style).
 */
import { addWorkingDaysFormula } from '../calendar/formulas';
import type { FactSettings } from '../model';
import { HIGHLIGHT_FILLS, type ConditionalFormatRule } from '../plan';
import { isDayFormula } from './formulaWords';
import type { HighlightContext } from '../templates/module';

export interface TaskRowFields {
  readonly due: string;
  readonly status: string;
  /** The field that makes a row real (name or topic): empty rows are never highlighted. */
  readonly name: string;
  readonly owners: readonly string[];
}

/** The last due-soon day as a formula: calendar days, or working days over the work calendar's names. */
function soonUntil(settings: FactSettings, days: number): string {
  return settings.dueSoonUnit === 'workingDays'
    ? addWorkingDaysFormula('TODAY()', days)
    : `TODAY()+${days}`;
}

/** The same for a template's own due-soon rule, with the setting's days. */
export function dueSoonUntilFormula(settings: FactSettings): string {
  return soonUntil(settings, Math.max(0, Math.floor(settings.dueSoonDays)));
}

export function taskRowHighlights(
  context: HighlightContext,
  fields: TaskRowFields,
): ConditionalFormatRule[] {
  const { ref, words } = context;
  const due = ref(fields.due);
  const isDay = isDayFormula(due);
  const open = `NOT(${words.finished(ref(fields.status))})`;
  const real = `LEN(TRIM(${ref(fields.name)}))>0`;
  const days = Math.max(0, Math.floor(context.settings.dueSoonDays));
  const rowRules: ConditionalFormatRule[] = [
    {
      kind: 'overdue',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: `=AND(${isDay},${due}<TODAY(),${open})`,
      fill: HIGHLIGHT_FILLS.overdue,
      priority: fields.owners.length + 1,
    },
    {
      kind: 'dueSoon',
      firstColumn: 0,
      lastColumn: context.lastColumn,
      formula: `=AND(${isDay},${due}>=TODAY(),${due}<=${soonUntil(context.settings, days)},${open})`,
      fill: HIGHLIGHT_FILLS.dueSoon,
      priority: fields.owners.length + 2,
    },
  ];
  const ownerRules = fields.owners.map((owner, index): ConditionalFormatRule => {
    const column = context.column(owner);
    return {
      kind: 'unassigned',
      firstColumn: column,
      lastColumn: column,
      formula: `=AND(${real},${open},${words.noOwner(ref(owner))})`,
      fill: HIGHLIGHT_FILLS.unassigned,
      priority: 1 + index,
    };
  });
  return [...ownerRules, ...rowRules];
}
