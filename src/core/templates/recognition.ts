/** How a sheet is recognised as a template's and where its fields are (SPEC §4). */
import type { Grid } from '../model';

/** SPEC §4 header recognition: the header row must bind these fields and at least `minFields`. */
export interface Recognition {
  readonly required: readonly string[];
  /** Default 3. */
  readonly minFields?: number;
  /**
   * SPEC §13 headers that fit several fields (`Completed`, `进度`, `状态`): their
   * column's values decide (dates → `completed`, ✓/✗ → `doneFlag`, percentages
   * → `percentComplete`); otherwise the field given here, or none.
   */
  readonly byContent?: Readonly<Record<string, string | null>>;
}

/** Where the fields of a sheet are: found by header words, or by a template's own binder. */
export interface Binding {
  readonly kind: string;
  /** Index into `grid.cells`. */
  readonly headerRowIndex: number;
  /** Field key → index into the row. The first column with a field's header wins. */
  readonly columns: ReadonlyMap<string, number>;
  /** A 起止时间-style column feeding both ends of the span, when they have no own column. */
  readonly rangeColumn: number | null;
  /** Columns a custom binder found beyond the declared ones (RACI roles), in sheet order. */
  readonly dynamic?: readonly DynamicColumn[];
}

export interface DynamicColumn {
  /** The header as the sheet shows it (a role name). */
  readonly header: string;
  /** Index into the row. */
  readonly column: number;
}

/**
 * A template recognised by content rather than header words (the RACI matrix:
 * a task column and role columns whose cells are mostly R/A/C/I). Returns the
 * binding or null; `kind` is filled in by the caller.
 */
export type CustomBinder = (grid: Grid, searchRows: number) => Omit<Binding, 'kind'> | null;
