/**
 * Field checks shared by tasks and collaboration items (SPEC §3): each reads
 * one field of a row, reports what is wrong with it, and returns what can be
 * used. A column the sheet does not have is neither read nor reported.
 */
import type { CalendarDay, IssueCode, Priority, Status } from '../model';
import type { RowReader } from '../read/rowReader';
import { cellScalar } from '../values/cell';
import { parseDateCell } from '../values/dates';
import type { DateProblem, Parsed } from '../values/parsed';
import { parseDateRange } from '../values/dateRange';
import { parsePerson } from '../values/person';
import { parsePriority } from '../values/priority';
import { isFinished, parseStatus } from '../values/status';

/** Text of a field; blank → `blankCode` (error for names, warning for departments). */
export function readText(
  reader: RowReader,
  field: string,
  blankCode?: { readonly code: IssueCode; readonly severity: 'error' | 'warning' },
): string {
  const column = reader.column(field);
  if (column === undefined) return '';
  const text = reader.textAt(column);
  if (text === '' && blankCode) reader.report(field, column, blankCode.severity, blankCode.code);
  return text;
}

const DATE_PROBLEM_CODES: Readonly<Record<DateProblem, IssueCode>> = {
  missingYear: 'missing-year',
  ambiguousOrder: 'ambiguous-date',
};

function reportBadDate(
  reader: RowReader,
  field: string,
  column: number,
  result: { readonly text: string; readonly problem?: DateProblem },
): void {
  const code = result.problem === undefined ? 'invalid-date' : DATE_PROBLEM_CODES[result.problem];
  reader.report(field, column, 'error', code, { value: result.text });
}

/**
 * One cell meant to hold a day, with what is wrong with it reported; a blank
 * is left to the caller. SPEC §6: in our own tables a day typed as text counts,
 * but the sheet's formulas cannot compute with it, so it is a `text-date`.
 */
function readDayCell(reader: RowReader, field: string, column: number): Parsed<CalendarDay> {
  const value = reader.valueAt(column);
  const result = parseDateCell(value, reader.dayOrder(column));
  if (!result.ok) {
    if (result.reason === 'invalid') reportBadDate(reader, field, column, result);
  } else if (reader.ours && typeof value !== 'number' && cellScalar(value).kind === 'text') {
    reader.report(field, column, 'warning', 'text-date', { value: reader.textAt(column) });
  }
  return result;
}

export function readDate(reader: RowReader, field: string): CalendarDay | null {
  const column = reader.column(field);
  if (column === undefined) return null;
  const result = readDayCell(reader, field, column);
  return result.ok ? result.value : null;
}

export interface Span {
  readonly start: CalendarDay | null;
  readonly due: CalendarDay | null;
}

/**
 * Start and due (or meeting date and deadline): from their own columns, or
 * from one range cell, which then carries every issue about either.
 */
export function readSpan(reader: RowReader, startField: string, dueField: string): Span {
  const range = reader.binding.rangeColumn;
  const fromRange = range !== null && (!reader.has(startField) || !reader.has(dueField));
  if (fromRange) {
    const result = parseDateRange(cellScalar(reader.valueAt(range)), reader.dayOrder(range));
    if (!result.ok) {
      if (result.reason === 'invalid') reportBadDate(reader, dueField, range, result);
      else reader.report(dueField, range, 'error', 'missing-due');
      return { start: null, due: null };
    }
    const { start, end } = result.value;
    if (end < start) reader.report(dueField, range, 'error', 'due-before-start');
    return { start, due: end };
  }
  const start = readDate(reader, startField);
  const dueColumn = reader.column(dueField);
  if (dueColumn === undefined) return { start, due: null };
  const result = readDayCell(reader, dueField, dueColumn);
  if (!result.ok) {
    if (result.reason === 'blank') reader.report(dueField, dueColumn, 'error', 'missing-due');
    return { start, due: null };
  }
  if (start !== null && result.value < start)
    reader.report(dueField, dueColumn, 'error', 'due-before-start');
  return { start, due: result.value };
}

/** Blank reads as not started (with a warning); an unknown word is null. */
export function readStatus(reader: RowReader): Status | null {
  const column = reader.column('status');
  if (column === undefined) return 'notStarted';
  const result = parseStatus(reader.valueAt(column));
  if (result.ok) return result.value;
  if (result.reason === 'blank') {
    reader.report('status', column, 'warning', 'missing-status');
    return 'notStarted';
  }
  reader.report('status', column, 'error', 'invalid-status', { value: result.text });
  return null;
}

export function readPriority(reader: RowReader): Priority | null {
  const column = reader.column('priority');
  if (column === undefined) return null;
  const result = parsePriority(reader.valueAt(column));
  if (result.ok) return result.value;
  if (result.reason === 'blank') reader.report('priority', column, 'warning', 'missing-priority');
  else reader.report('priority', column, 'error', 'invalid-priority', { value: result.text });
  return null;
}

/** An open item (not done, not cancelled) must have someone on it. */
export function readOwner(reader: RowReader, field: string, status: Status | null): string | null {
  const column = reader.column(field);
  if (column === undefined) return null;
  const owner = parsePerson(reader.textAt(column));
  if (owner === null && !isFinished(status)) reader.report(field, column, 'warning', 'unassigned');
  return owner;
}

/** The completion date; a done item without one is reported when the sheet has the column. */
export function readCompleted(reader: RowReader, status: Status | null): CalendarDay | null {
  const column = reader.column('completed');
  if (column === undefined) return null;
  const result = readDayCell(reader, 'completed', column);
  if (result.ok) return result.value;
  if (result.reason === 'blank' && status === 'done')
    reader.report('completed', column, 'warning', 'missing-completed-date');
  return null;
}
