/**
 * A grid read from a 1904-system workbook as it stores its cells (Office.js
 * `values`, `Grid.dateSystem: 1904`) holds days 1,462 lower than the
 * 1900-system serials every reader counts. Which cells are days only the
 * binding says: the columns bound to date, date-and-time and period fields,
 * and a range column feeding both ends of a span. So their numbers are moved
 * here, once, right after a grid is bound; everything read from it afterwards
 * (merged and group values, spans, the work calendar, a review's month) sees
 * 1900 serials, as in a grid a file reader made.
 */
import type { Binding, ColumnDecl } from '../templates/module';
import type { ColumnType, Grid } from '../model';
import { coreSerial } from '../values/calendar';
import { FIRST_PLAUSIBLE_SERIAL } from '../values/dates';

const DAY_TYPES: ReadonlySet<ColumnType> = new Set<ColumnType>(['date', 'datetime', 'period']);

/** Indexes into a row of the columns `binding` binds to fields read as days. */
export function dayColumns(
  binding: Pick<Binding, 'columns' | 'rangeColumn'>,
  columns: readonly ColumnDecl<string>[],
): number[] {
  const found = new Set<number>();
  for (const column of columns) {
    const index = binding.columns.get(column.key);
    if (index !== undefined && DAY_TYPES.has(column.type)) found.add(index);
  }
  if (binding.rangeColumn !== null) found.add(binding.rangeColumn);
  return [...found];
}

/**
 * Whether a number a 1904 workbook stores is moved to the 1900 system: not
 * below 1901-01-01's serial, which in either system is what the core reads as
 * no day (`10.31` typed for 10月31日, a time of day without its date, a
 * formula's 0 for a blank cell that makes a row empty); moving it would turn
 * it into a plausible day of 1904. The pane (here) and both file readers ask this.
 */
export const movesWith1904 = (stored: number): boolean => stored >= FIRST_PLAUSIBLE_SERIAL;

const inCoreCount = (value: unknown): unknown =>
  typeof value === 'number' && Number.isFinite(value) && movesWith1904(value)
    ? coreSerial(value, 1904)
    : value;

/**
 * The grid with the numbers of `columns` (row indexes) below `headerRowIndex`
 * counted in the 1900 system, and `dateSystem` saying so. Rows that change are
 * copies; a grid already in 1900 serials is returned as it is.
 */
export function inCoreSerials(
  grid: Grid,
  columns: readonly number[],
  headerRowIndex: number,
): Grid {
  if (grid.dateSystem !== 1904) return grid;
  const cells = grid.cells.map((row, index) => {
    if (index <= headerRowIndex || !Array.isArray(row)) return row;
    let copy: unknown[] | null = null;
    for (const column of columns) {
      const moved = inCoreCount(row[column]);
      if (moved === row[column]) continue;
      copy ??= [...(row as readonly unknown[])];
      copy[column] = moved;
    }
    return copy ?? row;
  });
  return { ...grid, cells, dateSystem: 1900 };
}
