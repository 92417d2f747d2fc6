/**
 * Merged areas kept as ranges. A cell inside a merged area other than its
 * top-left is not read (Excel shows only the top-left value), and finding
 * that costs a binary search among the areas that reach the cell's row: never
 * a walk over the cells an area spans, so `A:D` merged costs as much as `A1:D1`.
 */
import type { CellBox } from '../tables';

export class MergedAreas {
  private readonly byTop: readonly CellBox[];
  private next = 0;
  private row = -1;
  /** Areas that started at or above `row`, sorted by left column, overlapping none. */
  private active: CellBox[] = [];

  constructor(areas: readonly CellBox[]) {
    this.byTop = [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
  }

  get size(): number {
    return this.byTop.length;
  }

  /** True when the cell lies in a merged area and is not its top-left cell. */
  hides(row: number, column: number): boolean {
    if (this.byTop.length === 0) return false;
    if (row < this.row) this.restart();
    this.row = row;
    while (this.next < this.byTop.length && this.byTop[this.next]!.top <= row) {
      this.activate(this.byTop[this.next]!);
      this.next += 1;
    }
    const area = this.active[this.lastStartingAtOrBefore(column)];
    if (!area || area.right < column || area.bottom < row) return false;
    return area.top !== row || area.left !== column;
  }

  /** Rows read out of order (allowed, rare): sweep again from the top. */
  private restart(): void {
    this.next = 0;
    this.active = [];
  }

  /** Index in `active` of the last area whose left column ≤ `column`, or -1. */
  private lastStartingAtOrBefore(column: number): number {
    let low = 0;
    let high = this.active.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.active[middle]!.left <= column) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /**
   * Areas in one row never overlap, so an active area whose columns overlap
   * the new one has ended above it: it is dropped.
   */
  private activate(area: CellBox): void {
    let at = this.lastStartingAtOrBefore(area.left);
    if (at >= 0 && this.active[at]!.right < area.left) at += 1;
    if (at < 0) at = 0;
    let end = at;
    while (end < this.active.length && this.active[end]!.left <= area.right) end += 1;
    this.active.splice(at, end - at, area);
  }
}
