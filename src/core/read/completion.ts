/**
 * SPEC §13 percent complete and done flags. A sheet with no status column
 * says a row is done by 100%, a ✓ or a completion date; a sheet with one
 * keeps its status, and a done status with less than 100% is a
 * `progress-mismatch` warning on the percentage.
 */
import type { Status } from '../model';
import type { RowContext } from '../templates/module';
import { parseDateCell } from '../values/dates';
import { parseDoneFlag } from '../values/doneFlag';
import { parsePercent, percentText } from '../values/percent';

/** Fields an ambiguous header binds to by its column's content. */
export const PERCENT_FIELD = 'percentComplete';
export const DONE_FLAG_FIELD = 'doneFlag';
const COMPLETED_FIELD = 'completed';

interface Cells {
  /** The raw cell under a field, or undefined when the sheet lacks the field. */
  cell(key: string): unknown;
  /** Whether the field's cell is a number formatted as a percentage (then 1.5 is 150%). */
  percentFormatted(key: string): boolean;
}

const readCell = (row: Cells) =>
  parsePercent(row.cell(PERCENT_FIELD), row.percentFormatted(PERCENT_FIELD));

export function percentOf(row: Cells): number | null {
  const result = readCell(row);
  return result.ok ? result.value : null;
}

/** The row's percent complete; one that is no percentage from 0% to 100% (`abc`, `150%` typed or formatted, `-5%`) is an `invalid-percent` error on its cell. */
export function readPercent(row: RowContext<string>): number | null {
  if (!row.has(PERCENT_FIELD)) return null;
  const result = readCell(row);
  if (result.ok) return result.value;
  if (result.reason === 'invalid') {
    row.report(PERCENT_FIELD, 'error', 'invalid-percent', { value: result.text });
  }
  return null;
}

/** The status of a row on a sheet that has no status column. */
export function statusFromCompletion(row: Cells): Status {
  const percent = percentOf(row);
  const flag = parseDoneFlag(row.cell(DONE_FLAG_FIELD));
  const completed = row.cell(COMPLETED_FIELD);
  const dated = completed !== undefined && parseDateCell(completed).ok;
  if (percent === 1 || (flag.ok && flag.value) || dated) return 'done';
  return percent !== null && percent > 0 ? 'inProgress' : 'notStarted';
}

export function checkProgressMismatch(
  row: RowContext<string>,
  status: Status | null,
  percent: number | null,
): void {
  if (status !== 'done' || percent === null || percent >= 1) return;
  row.report(PERCENT_FIELD, 'warning', 'progress-mismatch', { value: percentText(percent) });
}
