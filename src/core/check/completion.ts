/**
 * SPEC §13 percent complete and done flags. A sheet with no status column
 * says a task is done by 100%, a ✓ or a completion date; a sheet with one
 * keeps its status, and a done status with less than 100% is a
 * `progress-mismatch`.
 */
import type { Status } from '../model';
import type { RowReader } from '../read/rowReader';
import { parseDateCell } from '../values/dates';
import { parseDoneFlag } from '../values/doneFlag';
import { parsePercent, percentText } from '../values/percent';

export function readPercent(reader: RowReader): number | null {
  const column = reader.column('percentComplete');
  if (column === undefined) return null;
  const result = parsePercent(reader.valueAt(column));
  return result.ok ? result.value : null;
}

function readDoneFlag(reader: RowReader): boolean {
  const column = reader.column('doneFlag');
  if (column === undefined) return false;
  const result = parseDoneFlag(reader.valueAt(column));
  return result.ok && result.value;
}

function hasCompletionDate(reader: RowReader): boolean {
  const column = reader.column('completed');
  return column !== undefined && parseDateCell(reader.valueAt(column), reader.dayOrder(column)).ok;
}

/** The status of a row on a sheet without a status column. */
export function statusFromCompletion(reader: RowReader, percent: number | null): Status {
  if (percent === 1 || readDoneFlag(reader) || hasCompletionDate(reader)) return 'done';
  return percent !== null && percent > 0 ? 'inProgress' : 'notStarted';
}

export function checkProgressMismatch(
  reader: RowReader,
  status: Status | null,
  percent: number | null,
): void {
  const column = reader.column('percentComplete');
  if (column === undefined || status !== 'done' || percent === null || percent >= 1) return;
  reader.report('percentComplete', column, 'warning', 'progress-mismatch', {
    value: percentText(percent),
  });
}
