/**
 * Collects the cells of one worksheet that hold a value and turns them into
 * the core's dense `Grid` of the used range. Both readers (the loaded
 * workbook and the streamed one) feed it, so their grids cannot differ in shape.
 */
import type { CellArea, Grid } from '../core';
import type { SheetTable } from './tables';

/** Same cap as the Excel gateway: a tracker is a few dozen columns wide. */
const MAX_COLUMNS = 256;

function isBlank(value: unknown): boolean {
  return value === '' || (typeof value === 'string' && value.trim() === '');
}

export class GridBuilder {
  /**
   * Zero-based sheet row → its values by zero-based column (holes where no
   * value is). Arrays, not maps: a sheet arrives row by row, column by
   * column, and a map per row cost more memory than the rows held. The rows
   * too: a map of 10,000 rows grew its table a dozen times, each copy kept
   * past a young-generation collection (issue 16); V8 keeps a sparse array
   * (one value a million rows down) as a dictionary, so a far row costs no more.
   */
  private readonly values: (unknown[] | undefined)[] = [];
  private top = Infinity;
  private bottom = -1;
  private left = Infinity;
  private right = -1;
  private readonly merges: CellArea[] = [];
  /** Runs of percentage-formatted numbers down each column; the open run of a column is its last. */
  private readonly percents: { top: number; left: number; bottom: number; right: number }[] = [];
  private readonly openPercent = new Map<number, { bottom: number }>();
  /** The row cells were last added to: a sheet arrives row by row, so the map is asked once a row. */
  private lastRow = -1;
  private lastValues: unknown[] = [];

  /** A merged area of the sheet (zero-based, inclusive): the core reads its value into every row it covers. */
  merge(area: CellArea): void {
    this.merges.push(area);
  }

  /**
   * A number formatted as a percentage at these zero-based coordinates (cells
   * arrive row by row, so a column's run grows by one row or a new run starts).
   */
  percent(row: number, column: number): void {
    const open = this.openPercent.get(column);
    if (open && open.bottom === row - 1) {
      open.bottom = row;
      return;
    }
    const area = { top: row, left: column, bottom: row, right: column };
    this.percents.push(area);
    this.openPercent.set(column, area);
  }

  /** Zero-based sheet coordinates; blank values are not part of the used range. */
  add(row: number, column: number, value: unknown): void {
    if (isBlank(value)) return;
    if (row !== this.lastRow) {
      let rowValues = this.values[row];
      if (!rowValues) this.values[row] = rowValues = [];
      this.lastRow = row;
      this.lastValues = rowValues;
      if (row < this.top) this.top = row;
      if (row > this.bottom) this.bottom = row;
    }
    this.lastValues[column] = value;
    if (column < this.left) this.left = column;
    if (column > this.right) this.right = column;
  }

  build(sheetName: string, table: SheetTable | undefined): Grid {
    // In sheet order, whichever order the file listed them in.
    const areas = [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    const merged = {
      ...(areas.length > 0 ? { mergedAreas: areas } : {}),
      ...(this.percents.length > 0 ? { percentFormatted: this.percents } : {}),
    };
    const grid: Grid =
      this.bottom < 0
        ? { sheetName, cells: [], origin: { row: 0, column: 0 } }
        : {
            sheetName,
            cells: this.denseCells(),
            origin: { row: this.top, column: this.left },
            ...merged,
          };
    if (table === undefined) return grid;
    const tableExtent = { headerRow: table.box.top, dataRows: table.box.bottom - table.box.top };
    return { ...grid, tableName: table.name, tableExtent };
  }

  private denseCells(): (readonly unknown[])[] {
    // A stray value far to the right must not make every row thousands of cells wide.
    const last = Math.min(this.right, this.left + MAX_COLUMNS - 1);
    const width = last - this.left + 1;
    // Empty rows (a stray value far below the data) share one row instead of each allocating one.
    const emptyRow: readonly unknown[] = Object.freeze(new Array(width).fill(''));
    const cells: (readonly unknown[])[] = [];
    for (let row = this.top; row <= this.bottom; row += 1) {
      const rowValues = this.values[row];
      if (!rowValues) {
        cells.push(emptyRow);
        continue;
      }
      cells.push(this.left === 0 ? padded(rowValues, width) : shifted(rowValues, this.left, width));
    }
    return cells;
  }
}

/** A row that starts at the grid's left edge becomes its line in place: holes filled, length cut to the grid's. */
function padded(rowValues: unknown[], width: number): unknown[] {
  if (rowValues.length > width) rowValues.length = width;
  for (let column = 0; column < width; column += 1)
    if (rowValues[column] === undefined) rowValues[column] = '';
  return rowValues;
}

function shifted(rowValues: readonly unknown[], left: number, width: number): unknown[] {
  const line: unknown[] = new Array(width).fill('');
  const end = Math.min(rowValues.length, left + width);
  for (let column = left; column < end; column += 1) {
    const value = rowValues[column];
    if (value !== undefined) line[column - left] = value;
  }
  return line;
}
