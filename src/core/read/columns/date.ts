import type { CalendarDay, IssueCode } from '../../model';
import { cellScalar, cellText } from '../../values/cell';
import { parseDateCell } from '../../values/dates';
import type { DateProblem, Parsed } from '../../values/parsed';
import type { ColumnCell, ColumnTypeReader } from './cell';

const DATE_PROBLEM_CODES: Readonly<Record<DateProblem, IssueCode>> = {
  missingYear: 'missing-year',
  ambiguousOrder: 'ambiguous-date',
};

/**
 * One cell meant to hold a day. SPEC §6: in our own tables a day typed as
 * text counts, but the sheet's formulas cannot compute with it, so it is a
 * `text-date`.
 */
export function readDate(cell: ColumnCell): CalendarDay | null {
  const { raw } = cell;
  const result = parseDateCell(raw, cell.dayOrder);
  if (result.ok) {
    if (cell.ours && typeof raw !== 'number' && cellScalar(raw).kind === 'text')
      cell.report('warning', 'text-date', { value: cellText(raw) });
    return result.value;
  }
  if (result.reason === 'invalid') badDate(cell, result);
  else cell.blank();
  return null;
}

/** A day that cannot be read: a missing year or an ambiguous order says so, anything else is the column's invalid rule. */
export function badDate(
  cell: ColumnCell,
  result: Extract<Parsed<CalendarDay>, { reason: 'invalid' }>,
): void {
  if (result.problem === undefined) cell.invalid({ value: result.text });
  else cell.report('error', DATE_PROBLEM_CODES[result.problem], { value: result.text });
}

/** A date or a date-time column (the time is not kept). */
export const DATE_COLUMN: ColumnTypeReader = {
  read: readDate,
  invalid: { code: 'invalid-date', severity: 'error' },
};
