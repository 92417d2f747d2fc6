/**
 * Which cells of a grid are numbers formatted as a percentage (the grid's
 * `percentFormatted` areas), asked once per row for the percent field: areas
 * are indexed by column and found by binary search, so a sheet whose format
 * runs are broken by blanks (thousands of areas) costs no more per row.
 */
import { bindGrid } from '../headers/bind';
import type { CellArea, Grid } from '../model';
import { isPercentFormatCode } from '../values/percent';
import { PERCENT_FIELD } from './completion';

export class PercentCells {
  /** Zero-based sheet column → its areas, by top row. */
  private readonly byColumn = new Map<number, CellArea[]>();

  constructor(areas: readonly CellArea[]) {
    for (const area of areas) {
      for (let column = area.left; column <= area.right; column += 1) {
        let list = this.byColumn.get(column);
        if (!list) this.byColumn.set(column, (list = []));
        list.push(area);
      }
    }
    for (const list of this.byColumn.values()) list.sort((a, b) => a.top - b.top);
  }

  /** Zero-based sheet row and column. */
  has(row: number, column: number): boolean {
    const list = this.byColumn.get(column);
    if (!list) return false;
    let low = 0;
    let high = list.length - 1;
    // The last area starting at or above the row; areas of one column do not overlap.
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (list[middle]!.top <= row) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && list[found]!.bottom >= row;
  }
}

const NONE = new PercentCells([]);

export function percentCellsOf(grid: Grid): PercentCells {
  return grid.percentFormatted && grid.percentFormatted.length > 0
    ? new PercentCells(grid.percentFormatted)
    : NONE;
}

/** A run of one column's cells the edge should read the number format of (zero-based sheet coordinates). */
export interface PercentColumn {
  /** Index of the grid in the list given. */
  readonly grid: number;
  readonly column: number;
  readonly top: number;
  readonly rowCount: number;
}

/**
 * The cells bound as percent complete, below each grid's header row: the
 * only ones whose number format the core asks for, so Office.js loads
 * formats for a column or two rather than the whole used range.
 */
export function percentColumnsToRead(grids: readonly Grid[]): PercentColumn[] {
  const columns: PercentColumn[] = [];
  grids.forEach((grid, index) => {
    if (!grid || !Array.isArray(grid.cells)) return;
    const binding = bindGrid(grid);
    const column = binding?.columns.get(PERCENT_FIELD);
    if (!binding || column === undefined) return;
    const first = binding.headerRowIndex + 1;
    const rowCount = grid.cells.length - first;
    if (rowCount <= 0) return;
    columns.push({
      grid: index,
      column: grid.origin.column + column,
      top: grid.origin.row + first,
      rowCount,
    });
  });
  return columns;
}

/**
 * Number formats (Office.js `numberFormat`, one row each) of a column's rows
 * from sheet row `top` → its percentage-formatted runs. A blank or text cell
 * formatted as a percentage may sit inside a run: only numbers are read by it.
 */
export function percentAreasOf(
  column: number,
  top: number,
  formats: readonly (readonly unknown[])[],
): CellArea[] {
  const areas: CellArea[] = [];
  let open: { top: number; left: number; bottom: number; right: number } | null = null;
  for (let offset = 0; offset < formats.length; offset += 1) {
    const format = formats[offset]?.[0];
    const row = top + offset;
    if (typeof format !== 'string' || !isPercentFormatCode(format)) open = null;
    else if (open) open.bottom = row;
    else areas.push((open = { top: row, left: column, bottom: row, right: column }));
  }
  return areas;
}
