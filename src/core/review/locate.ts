/**
 * Finding the review table in the sheet that holds it, from cell values alone:
 * the header row binds Period and Completion rate (in either language, in any
 * column order); the table runs left and right while header cells are filled,
 * and down over the rows the grid's `tableExtent` gives, or else until the
 * first empty row.
 */
import { bindRow } from '../headers/bind';
import type { Grid } from '../model';
import { dayColumns, inCoreSerials } from '../read/dateSystem';
import { getTemplate } from '../templates/registry';
import { isBlankCell } from '../values/cell';

export interface ReviewTableInGrid {
  /** Zero-based sheet row of the header. */
  readonly headerRow: number;
  /** Zero-based sheet columns of the table's first and last column. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Review column key → index into a row of `rows` (grid coordinates). */
  readonly columns: ReadonlyMap<string, number>;
  /** Data rows (cells of the whole grid row; a missing row reads as empty). */
  readonly rows: readonly (readonly unknown[])[];
}

export function locateReviewTable(stored: Grid): ReviewTableInGrid | null {
  for (let index = 0; index < stored.cells.length; index += 1) {
    const header = stored.cells[index];
    if (!Array.isArray(header)) continue;
    const binding = bindRow('review', header, index);
    const period = binding.columns.get('period');
    if (period === undefined || !binding.columns.has('completionRate')) continue;
    // The review is located here rather than read with the other kinds: its month cells too.
    const grid = inCoreSerials(stored, dayColumns(binding, getTemplate('review').columns), index);
    let first = Math.min(...binding.columns.values());
    let last = Math.max(...binding.columns.values());
    while (first > 0 && !isBlankCell(header[first - 1])) first -= 1;
    while (last + 1 < header.length && !isBlankCell(header[last + 1])) last += 1;
    const extent = grid.tableExtent;
    const rows =
      extent && extent.headerRow === grid.origin.row + index
        ? tableRows(grid, index, extent.dataRows)
        : rowsUntilEmpty(grid, index, first, last);
    return {
      headerRow: grid.origin.row + index,
      firstColumn: grid.origin.column + first,
      lastColumn: grid.origin.column + last,
      columns: binding.columns,
      rows,
    };
  }
  return null;
}

/** Exactly the table's data rows, blank ones included. */
function tableRows(grid: Grid, headerIndex: number, dataRows: number): (readonly unknown[])[] {
  const rows: (readonly unknown[])[] = [];
  for (let r = 1; r <= dataRows; r += 1) {
    const row = grid.cells[headerIndex + r];
    rows.push(Array.isArray(row) ? row : []);
  }
  return rows;
}

function rowsUntilEmpty(
  grid: Grid,
  headerIndex: number,
  first: number,
  last: number,
): (readonly unknown[])[] {
  const rows: (readonly unknown[])[] = [];
  for (let r = headerIndex + 1; r < grid.cells.length; r += 1) {
    const row = grid.cells[r];
    if (!Array.isArray(row) || row.slice(first, last + 1).every(isBlankCell)) break;
    rows.push(row);
  }
  return rows;
}
