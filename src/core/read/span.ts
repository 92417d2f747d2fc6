/**
 * Both ends of a span (start/due, meeting/deadline): from their own columns,
 * or from one range cell (`2023.07.01-07.15`), which then carries every issue
 * about either.
 */
import type { CalendarDay } from '../model';
import type { Binding, ColumnDecl, SpanDecl } from '../templates/module';
import { cellScalar } from '../values/cell';
import { parseDateRange } from '../values/dateRange';
import { badDate, readDate, type AnyRule, type ColumnCell } from './columns';
import type { TemplateLayout } from './layout';

const DUE_BEFORE_START: AnyRule = { code: 'due-before-start', severity: 'error' };

/** What a span needs of the row being read. */
export interface SpanRow {
  readonly layout: TemplateLayout;
  readonly binding: Binding;
  /** The cell of a declared column at a grid-relative column. */
  cellOf(declared: ColumnDecl<string>, column: number): ColumnCell;
}

export interface SpanRead {
  readonly start: CalendarDay | null;
  readonly end: CalendarDay | null;
  /** True when both ends came from the range column (their fields report on it). */
  readonly fromRange: boolean;
}

export function readSpan(span: SpanDecl<string>, row: SpanRow): SpanRead {
  const { binding } = row;
  const start = row.layout.columns.get(span.start)!;
  const end = row.layout.columns.get(span.end)!;
  const order = span.order ?? DUE_BEFORE_START;
  const range = binding.rangeColumn;
  const useRange =
    range !== null &&
    span.rangeWords !== undefined &&
    (!binding.columns.has(span.start) || !binding.columns.has(span.end));
  if (useRange) {
    const cell = row.cellOf(end, range);
    const result = parseDateRange(cellScalar(cell.raw), cell.dayOrder);
    if (!result.ok) {
      if (result.reason === 'invalid') badDate(cell, result);
      else cell.blank();
      return { start: null, end: null, fromRange: true };
    }
    if (result.value.end < result.value.start) cell.rule(order);
    return { start: result.value.start, end: result.value.end, fromRange: true };
  }
  const startColumn = binding.columns.get(span.start);
  const startDay = startColumn === undefined ? null : readDate(row.cellOf(start, startColumn));
  const endColumn = binding.columns.get(span.end);
  if (endColumn === undefined) return { start: startDay, end: null, fromRange: false };
  const endCell = row.cellOf(end, endColumn);
  const endDay = readDate(endCell);
  if (startDay !== null && endDay !== null && endDay < startDay) endCell.rule(order);
  return { start: startDay, end: endDay, fromRange: false };
}
