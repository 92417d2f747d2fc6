/**
 * How many of a column's written cells carry each format, counted once and
 * kept current as cells are replaced: Fix asks it for every converted date,
 * and rescanning the column each time made a 50,000-row fix quadratic.
 * Formats come in the order their first remaining cell has in the sheet, so a
 * tie goes to the format met first, as a fresh scan would give it.
 */
interface StyleEntry {
  count: number;
  /** Sheet order of each cell that had this format, ascending. */
  readonly orders: number[];
  /** Index in `orders` of the first cell that still has it. */
  first: number;
}

export interface StyleCount {
  readonly style: number;
  readonly count: number;
}

export class ColumnStyleTally {
  private readonly rowEntries = new Map<
    number,
    { readonly style: number; readonly order: number }
  >();
  private readonly styles = new Map<number, StyleEntry>();
  private readonly replaced = new Set<number>();

  /** Cells in sheet order: each call comes after the previous cell's. */
  add(row: number, style: number): void {
    const order = this.rowEntries.size;
    this.rowEntries.set(row, { style, order });
    const entry = this.styles.get(style);
    if (entry) {
      entry.count += 1;
      entry.orders.push(order);
    } else this.styles.set(style, { count: 1, orders: [order], first: 0 });
  }

  /** The row's cell was replaced by one whose format is not read back (a written cell). */
  replace(row: number): void {
    const cell = this.rowEntries.get(row);
    if (!cell) return;
    this.rowEntries.delete(row);
    this.replaced.add(cell.order);
    const entry = this.styles.get(cell.style)!;
    entry.count -= 1;
    while (entry.first < entry.orders.length && this.replaced.has(entry.orders[entry.first]!))
      entry.first += 1;
  }

  /** Each format still carried, with its count, in the order of its first remaining cell. */
  counts(): StyleCount[] {
    return [...this.styles]
      .filter(([, entry]) => entry.count > 0)
      .sort(([, a], [, b]) => a.orders[a.first]! - b.orders[b.first]!)
      .map(([style, entry]) => ({ style, count: entry.count }));
  }
}
