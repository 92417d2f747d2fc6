/**
 * SPEC §4 day-first dates: whether a date column writes `10-05-2024` day-first
 * or month-first is decided once per column, by the values that only make
 * sense one way (`25-05-2024`), then applied to every row of it.
 */
import type { Binding } from '../headers/bind';
import type { Grid } from '../model';
import type { GenericTemplate } from '../templates/registry';
import { dayOrderOf, type DayOrder } from '../values/dates';

const DATE_TYPES = new Set(['date', 'datetime']);

/** Column index → its day order, for the date columns a column's content decides. */
export type DayOrders = ReadonlyMap<number, DayOrder>;

function dateColumns(template: GenericTemplate, binding: Binding): number[] {
  const columns = template.columns
    .filter((column) => DATE_TYPES.has(column.type))
    .map((column) => binding.columns.get(column.key))
    .filter((column): column is number => column !== undefined);
  if (binding.rangeColumn !== null) columns.push(binding.rangeColumn);
  return columns;
}

function* columnValues(grid: Grid, binding: Binding, column: number): Generator<unknown> {
  for (let index = binding.headerRowIndex + 1; index < grid.cells.length; index += 1) {
    const row = grid.cells[index];
    if (Array.isArray(row)) yield row[column];
  }
}

export function dayOrdersOf(grid: Grid, binding: Binding, template: GenericTemplate): DayOrders {
  const orders = new Map<number, DayOrder>();
  for (const column of dateColumns(template, binding)) {
    const order = dayOrderOf(columnValues(grid, binding, column));
    if (order !== null) orders.set(column, order);
  }
  return orders;
}
