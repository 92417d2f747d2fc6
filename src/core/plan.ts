/**
 * SheetPlans: plain data saying what a sheet should contain. The core decides
 * *what*; `src/excel/` (Office.js) and `src/xlsx/` (ExcelJS) only know *how* to
 * put a plan into a workbook. Plans can be snapshot-tested and checked for
 * "touches only what it owns".
 *
 * Conventions shared by both writers:
 * - Column and row indexes in a plan are zero-based and relative to the
 *   plan's anchor (`SheetPlan.anchor`, the header cell of the first column).
 * - Formulas use English function names, comma separators, A1 references, and
 *   start with `=`.
 * - Conditional-format formulas are written relative to the top-left cell of
 *   the range they apply to (the first data row), as Excel resolves them.
 */
import type { CalendarDay, MonthKey, TemplateKind } from './model';
import type { ReviewPrint } from './review/print';

/** One cell a plan writes. */
export type PlanCell =
  | { readonly kind: 'empty' }
  /** Always stored as text, even when it starts with `=`, `+`, `-` or `@`. */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /**
   * Stored as an Excel serial with the column's date format; a time of day
   * (minutes after midnight) is the serial's fraction. The plan counts in the
   * 1900 system; an edge writing into a 1904 workbook stores it 1,462 lower.
   */
  | { readonly kind: 'date'; readonly day: CalendarDay; readonly minutes?: number }
  | { readonly kind: 'formula'; readonly formula: string };

/**
 * How an invalid entry is met. SPEC §6: validation never blocks typing, so
 * never Excel's Stop: a team typing `2023.07.05` or `TBD` is told, and Check
 * reports it.
 */
export type ValidationAlert = 'warning' | 'information';

/** A dropdown (list) or date data-validation rule for a whole table column. */
export type ValidationRule =
  | {
      readonly kind: 'list';
      readonly values: readonly string[];
      /** Localised prompt shown on an invalid entry. */
      readonly errorMessage: string;
      readonly alert: ValidationAlert;
    }
  | {
      readonly kind: 'date';
      /** Localised prompt shown on an invalid entry. */
      readonly errorMessage: string;
      readonly alert: ValidationAlert;
    };

/**
 * Overdue rows red, due soon amber, unassigned owner cells yellow (SPEC §6);
 * the process pack's own red rows: a triggered risk warning, a RACI task
 * without exactly one A, a customer whose revisit is overdue.
 */
export type HighlightKind =
  | 'overdue'
  | 'dueSoon'
  | 'unassigned'
  | 'warningTriggered'
  | 'accountabilityGap'
  | 'revisitOverdue';

/** Fill colours used by highlight rules (light fills that keep text readable). */
export const HIGHLIGHT_FILLS: Readonly<Record<HighlightKind, string>> = {
  overdue: '#F8CBAD',
  dueSoon: '#FFE699',
  unassigned: '#FFF2CC',
  warningTriggered: '#F8CBAD',
  accountabilityGap: '#F8CBAD',
  revisitOverdue: '#F8CBAD',
};

/**
 * A formula-based conditional format over table data rows. `columns` lists the
 * plan column indexes it covers as one contiguous span `[first, last]`;
 * `formula` is relative to the span's top-left data cell.
 */
export interface ConditionalFormatRule {
  readonly kind: HighlightKind;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly formula: string;
  readonly fill: string;
  /** Lower numbers win: the narrower unassigned rule before the overdue and due-soon rows. */
  readonly priority: number;
}

export interface PlanColumn {
  readonly key: string;
  readonly header: string;
  /** Excel character units. */
  readonly width: number;
  readonly numberFormat: string;
  readonly validation?: ValidationRule;
  /** Multi-line text: the column wraps, top-aligned, so every line can be read (SPEC §12). */
  readonly wrap?: boolean;
  /**
   * For a column that holds days with an optional time: the format its cells
   * show when the time is midnight, so a typed date reads `2023-07-05`, not
   * `2023-07-05 00:00` (a conditional number format over the data rows).
   */
  readonly midnightFormat?: string;
}

/**
 * How a sheet prints (SPEC §12): on A4, landscape, scaled to one page wide
 * (as many pages down as it takes), the header row repeated on every page.
 */
export interface PrintLayout {
  readonly paperSize: 'A4';
  readonly orientation: 'landscape';
  readonly fitToPagesWide: number;
  /** Zero-based sheet rows printed at the top of every page, inclusive. */
  readonly titleRows: { readonly first: number; readonly last: number };
}

export interface ChartRequest {
  /** Stable name so a later recalculation finds and replaces the same chart. */
  readonly name: string;
  readonly title: string;
  readonly type: 'columnClustered';
  /**
   * Source block (header row included), zero-based, inclusive. In a review
   * update plan these are sheet coordinates (A1 = 0,0) of the review sheet.
   */
  readonly source: {
    readonly firstRow: number;
    readonly firstColumn: number;
    readonly lastRow: number;
    readonly lastColumn: number;
  };
  /** Top-left placement cell; sheet coordinates in a review update plan. */
  readonly at: { readonly row: number; readonly column: number };
  /** Bottom-right cell it spans, so it covers only the add-in's own columns. */
  readonly until: { readonly row: number; readonly column: number };
}

/** What one template insert writes: one new sheet holding one table. */
/**
 * Cells a plan writes beside its table, on the same sheet (the work calendar's
 * full-day index): a header row, then rows, never inside the table.
 */
export interface PlanBlock {
  /** Header cell of the block's first column, zero-based sheet coordinates. */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Per block column. */
  readonly numberFormats: readonly string[];
  /** Per block column, Excel character units. */
  readonly widths: readonly number[];
}

/**
 * A workbook-scoped name over one column of the plan's own sheet, zero-based
 * sheet rows, inclusive. A name the workbook already has is kept, never
 * replaced (it belongs to an earlier insert or to the user).
 */
export interface PlanName {
  readonly name: string;
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface SheetPlan {
  readonly kind: TemplateKind;
  /** Desired sheet name; a writer picks `name (2)`… when it is taken (see `uniqueName`). */
  readonly sheetName: string;
  /** Desired table name; a writer picks `OpsTasks2`… when it is taken. */
  readonly tableName: string;
  readonly tableStyle: string;
  /** Header cell of the first column, zero-based sheet coordinates (A1 = 0,0). */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly columns: readonly PlanColumn[];
  /** Data rows under the header (a template starts with at least one empty row). */
  readonly rows: readonly (readonly PlanCell[])[];
  readonly conditionalFormats: readonly ConditionalFormatRule[];
  /** Rows frozen at the top (1 = the header when anchored at row 0). */
  readonly freezeRows: number;
  readonly print: PrintLayout;
  /** Cells beside the table (absent for most templates). */
  readonly besides?: readonly PlanBlock[];
  /** Workbook names over this sheet's cells (absent for most templates). */
  readonly names?: readonly PlanName[];
}

/**
 * Where the review row for month M goes, relative to the review table's data
 * rows (zero-based, header excluded).
 */
export type ReviewRowTarget =
  | { readonly kind: 'existing'; readonly index: number }
  | { readonly kind: 'insert'; readonly index: number };

/** The department block the review shows beside its table, for month M only. */
export interface DepartmentBlock {
  /** Title cell text, e.g. `2023-07 各部门完成情况`. */
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Top-left (title cell), zero-based sheet coordinates. */
  readonly anchor: { readonly row: number; readonly column: number };
  /**
   * Rows the block may clear below its new extent, because an earlier
   * recalculation wrote them (the block only ever clears its own area).
   */
  readonly clearRows: number;
  readonly numberFormats: readonly string[];
  /** Per block column, Excel character units: wide enough for what the block holds. */
  readonly widths: readonly number[];
  /** Block columns whose cells wrap (top-aligned); absent: none. */
  readonly wrap?: readonly boolean[];
}

/**
 * Text lines down one column beside the review (the template sections):
 * one line per cell, wrapped. Empty lines and no rows to clear: nothing is
 * written at all.
 */
export interface LineBlock {
  /** The first line's cell, zero-based sheet coordinates. */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly lines: readonly string[];
  /** Rows below the new lines an earlier, longer block wrote: emptied. */
  readonly clearRows: number;
  /** Excel character units. */
  readonly width: number;
}

/**
 * "Update month M of the review": only the computed cells of M's row, plus
 * the department block and chart the add-in owns.
 */
export interface ReviewUpdatePlan {
  readonly month: MonthKey;
  /** Present when the workbook has no review table yet: insert it first. */
  readonly createSheet?: SheetPlan;
  readonly target: ReviewRowTarget;
  /**
   * Computed cells to write in M's row, keyed by review column key. Never a
   * typed column (goal, measures, nextFocus).
   */
  readonly cells: Readonly<Record<string, PlanCell>>;
  /**
   * Where each review key's column is, as an offset from the table's first
   * column: resolved by the core from the headers (or the template's order
   * for a table it creates). A key absent here has no column and is never
   * written — a renamed column never receives a computed value (SPEC §8).
   */
  readonly columns: Readonly<Record<string, number>>;
  /** Full row for an inserted row: computed cells as above, typed cells empty. */
  readonly newRow?: readonly PlanCell[];
  readonly departments: DepartmentBlock;
  /**
   * The template sections of the month (SPEC §11.10), one heading and its
   * lines per second-release kind the workbook holds, in the sheet's
   * language, down one column the add-in owns.
   */
  readonly sections: LineBlock;
  /**
   * A combined review's per-file table (SPEC §14), after the sections, where
   * nothing of the user's stands; absent for a single workbook's review.
   */
  readonly files?: DepartmentBlock;
  readonly chart: ChartRequest;
  /** Height of M's row in points, tall enough for every line of its wrapped cells. */
  readonly rowHeight: number;
  /** How the review sheet prints: the table on page 1 at a readable scale, the blocks after. */
  readonly print: ReviewPrint;
  /** Review keys whose cells in M's row wrap (the computed multi-line ones). */
  readonly wrapKeys: readonly string[];
}
