/**
 * The domain vocabulary shared by every layer: templates, grids read from a
 * workbook, issues found by Check, records, and the monthly review.
 *
 * Pure data only. The SheetPlan (what a sheet should contain) lives in
 * `plan.ts`.
 */
import type { Locale } from './i18n';
import type { TemplateIssueCode, TemplateKind } from './templates/registry';
import type { DateSystem } from './values/calendar';

/** A calendar day as `YYYY-MM-DD`. Never a timestamp: no time zone can shift it. */
export type CalendarDay = string;

/** A month as `YYYY-MM`. */
export type MonthKey = string;

export type { TemplateKind } from './templates/registry';
export { TABLE_NAMES } from './templates/registry';

export type Localized = Readonly<Record<Locale, string>>;

export type ColumnType =
  | 'id'
  | 'text'
  | 'person'
  | 'date'
  | 'datetime'
  | 'priority'
  | 'status'
  | 'list'
  | 'choice'
  | 'period'
  | 'number'
  | 'rate';

/**
 * A rectangle of cell values read from one worksheet (Office.js `values`,
 * ExcelJS cell values, or test data). `origin` is the zero-based row/column of
 * `cells[0][0]` on the sheet, so that `cells[r][c]` is the sheet cell at row
 * `origin.row + r`, column `origin.column + c` (both zero-based).
 */
export interface Grid {
  readonly sheetName: string;
  readonly cells: readonly (readonly unknown[])[];
  readonly origin: { readonly row: number; readonly column: number };
  /** Set when the grid is one of our tables, found by name (OpsTasks, OpsTasks2…). */
  readonly tableName?: string;
  /**
   * Where that table lies, when the reader knows it: the zero-based sheet row
   * of its header and how many data rows it spans. A blank row inside a table
   * is still the table's; without this, a table is read down to its first
   * empty row.
   */
  readonly tableExtent?: { readonly headerRow: number; readonly dataRows: number };
  /**
   * The sheet's merged areas that start inside the grid, as the edge reads
   * them (ExcelJS merges, Office.js `getMergedAreasOrNullObject`). A merged
   * area holds its value in its top-left cell only; the core reads the value
   * into every row the area covers (a due date merged over eight tasks).
   */
  readonly mergedAreas?: readonly CellArea[];
  /**
   * Cells the edge read as numbers formatted as a percentage (`0%`, `0.0%`),
   * in sheet coordinates like `mergedAreas`. Excel stores 150% as 1.5; only
   * the format tells it from a typed 1.5 meaning 1.5%, so the value alone
   * cannot say. The edge may list only the columns the core reads as
   * percentages (Office.js loads formats for those alone).
   */
  readonly percentFormatted?: readonly CellArea[];
  /**
   * The date system the cells' serials count in, when the edge hands them on
   * as the workbook stores them: Office.js `values` of a 1904 workbook are
   * 1,462 lower than the 1900-system serials the core counts, and only the
   * core knows which cells are days. It moves the numbers of the columns it
   * binds as days, right after binding (`read/dateSystem.ts`). Absent means
   * 1900, as a file reader's grid is: it converts date-formatted cells itself.
   */
  readonly dateSystem?: DateSystem;
}

/** A rectangle of sheet cells: zero-based rows and columns, both ends included. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type Severity = 'error' | 'warning';

/** Issue codes every template may produce (SPEC §3, §6). Templates add their own. */
export type CoreIssueCode =
  | 'missing-id'
  | 'duplicate-id'
  | 'id-format'
  | 'missing-name'
  | 'missing-department'
  | 'unassigned'
  | 'invalid-date'
  | 'missing-year'
  | 'ambiguous-date'
  | 'text-date'
  | 'missing-due'
  | 'due-before-start'
  | 'invalid-priority'
  | 'missing-priority'
  | 'invalid-status'
  | 'missing-status'
  | 'missing-completed-date'
  | 'calendar-not-covered'
  | 'progress-mismatch'
  | 'invalid-percent'
  | 'invalid-number'
  | 'score-out-of-range'
  | 'invalid-value';

export type IssueCode = CoreIssueCode | TemplateIssueCode;

/** One problem found by Check, located to the cell. */
export interface Issue {
  readonly sheet: string;
  /** A1 address on the sheet, e.g. `F7`. */
  readonly cell: string;
  /** One-based sheet row number. */
  readonly row: number;
  /** Template field key, e.g. `due`. */
  readonly field: string;
  readonly severity: Severity;
  readonly code: IssueCode;
  /** Localised message, in the locale Check was run with. */
  readonly message: string;
}

export type Status = 'notStarted' | 'inProgress' | 'done' | 'onHold' | 'cancelled';
export type Priority = 'high' | 'medium' | 'low';

/** A task row as the engine understands it, after parsing. Unparseable values are null. */
export interface TaskRecord {
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
  readonly id: string | null;
  readonly name: string;
  readonly department: string;
  /** Null when blank or a placeholder (待定, TBD, -, …). */
  readonly owner: string | null;
  readonly start: CalendarDay | null;
  readonly due: CalendarDay | null;
  readonly priority: Priority | null;
  /** Blank status reads as notStarted; an unrecognised one is null. */
  readonly status: Status | null;
  readonly milestone: string;
  readonly completed: CalendarDay | null;
  readonly progress: string;
  /** SPEC §13 percent complete as a fraction (1 is 100%), when the sheet has the column. */
  readonly percentComplete: number | null;
  readonly notes: string;
}

export interface CollabRecord {
  readonly sheet: string;
  readonly row: number;
  readonly id: string | null;
  readonly topic: string;
  readonly initiator: string;
  readonly partners: readonly string[];
  readonly lead: string | null;
  readonly meetingDate: CalendarDay | null;
  readonly decision: string;
  readonly follower: string | null;
  readonly deadline: CalendarDay | null;
  readonly status: Status | null;
  readonly completed: CalendarDay | null;
  readonly result: string;
}

/** How the due-soon window is counted: calendar days, or working days (SPEC §10). */
export type DueSoonUnit = 'calendarDays' | 'workingDays';

/** Settings that change derived facts. */
export interface FactSettings {
  /** Due soon = open and today ≤ due ≤ today + dueSoonDays. Default 3. */
  readonly dueSoonDays: number;
  /** Default calendar days (SPEC §5); working days count with the work calendar. */
  readonly dueSoonUnit?: DueSoonUnit;
}

export const DEFAULT_FACT_SETTINGS: FactSettings = { dueSoonDays: 3 };

/** What Check recognised on one worksheet. */
export interface RecognisedSheet {
  readonly sheet: string;
  readonly kind: TemplateKind;
  /** True when the sheet is one of our tables; false for a team's own tracker. */
  readonly ours: boolean;
  /** One-based sheet row of the header. */
  readonly headerRow: number;
  /** Non-empty data rows read. */
  readonly rows: number;
}

export interface CheckResult {
  readonly issues: readonly Issue[];
  readonly errors: number;
  readonly warnings: number;
  readonly rowsChecked: number;
  readonly sheets: readonly RecognisedSheet[];
}

/** A task named in the review: by id, or `"<sheet>!<row>"` when the ID is blank. */
export interface DelayedTask {
  readonly id: string;
  readonly name: string;
  readonly due: CalendarDay;
  readonly reason: string;
  /** SPEC §12: today − due while open, completed − due when done late; calendar days. */
  readonly daysLate: number;
}

export interface DepartmentCompletion {
  readonly department: string;
  readonly scope: number;
  readonly completed: number;
  /** Null when scope is 0. */
  readonly completionRate: number | null;
}

export interface CollaborationProblem {
  readonly id: string;
  readonly topic: string;
  readonly deadline: CalendarDay;
  readonly note: string;
}

/** A row of the workbook a review line came from: its sheet and the row's first cell (`A7`). */
export interface RowLocation {
  readonly sheet: string;
  readonly cell: string;
}

/** Where the review's delayed tasks and collaboration problems sit, index for index. */
export interface ReviewLocations {
  readonly delayed: readonly RowLocation[];
  readonly collaborationProblems: readonly RowLocation[];
}

/**
 * The monthly review for month M: the shape of SPEC §7 `review --json`, plus
 * where its lines sit in the workbook (the pane jumps there; not in the JSON).
 */
export interface ReviewModel {
  readonly month: MonthKey;
  readonly today: CalendarDay;
  readonly scope: number;
  readonly completed: number;
  /** Null when scope is 0. */
  readonly completionRate: number | null;
  readonly delayed: readonly DelayedTask[];
  /** Every open task past due across all task sheets, as of today (not only month M). */
  readonly overdue: readonly string[];
  /** Every open task with no owner across all task sheets. */
  readonly unassigned: readonly string[];
  readonly byDepartment: readonly DepartmentCompletion[];
  readonly collaborationProblems: readonly CollaborationProblem[];
  /** Absent when the lines come from other files (a combined review). */
  readonly locations?: ReviewLocations;
}
