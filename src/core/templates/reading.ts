/** How a template's rows are read and checked: the row, the record, the checks across rows. */
import type { EngineOptions } from '../engine';
import type { Locale } from '../i18n';
import type { CalendarDay, CoreIssueCode, MonthKey, Priority, Severity, Status } from '../model';
import type { Binding } from './recognition';

/** The values of one data row, read from the declaration (unbound columns read as empty). */
export interface RowValues {
  text(key: string): string;
  /** Null for blank and no-owner placeholders. */
  person(key: string): string | null;
  date(key: string): CalendarDay | null;
  number(key: string): number | null;
  /** Parsed list (、 , ， ; ； / separated). */
  list(key: string): readonly string[];
  /** The choice's value, or null when blank or unknown. */
  choice<V extends string = string>(key: string): V | null;
  period(key: string): MonthKey | null;
  /** The row's ID, or null when blank. */
  id(key?: string): string | null;
  /** Blank reads as not started; an unknown word is null; no status column reads as not started. */
  status(key?: string): Status | null;
  priority(key?: string): Priority | null;
}

/** One data row while it is read: its values, its raw cells and a reporter. */
export interface RowContext<C extends string = never> {
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
  readonly values: RowValues;
  readonly locale: Locale;
  readonly options: EngineOptions;
  /** True when the sheet is one of our tables (not a team's own). */
  readonly ours: boolean;
  readonly binding: Binding;
  has(key: string): boolean;
  /** The raw cell under a field, or undefined when the sheet lacks the field. */
  cell(key: string): unknown;
  /** The raw cell at a row index (for dynamic columns). */
  cellAt(column: number): unknown;
  /**
   * Whether the field's cell is a number formatted as a percentage (the
   * grid's `percentFormatted`): such a number is a fraction, 1.5 is 150%.
   */
  percentFormatted(key: string): boolean;
  /** Reports on the field's cell; does nothing when the sheet lacks the field. */
  report(
    field: string,
    severity: Severity,
    code: CoreIssueCode | NoInfer<C>,
    params?: Readonly<Record<string, string | number>>,
  ): void;
  /**
   * `n working days after day` (SPEC §10) for a computation of this field's
   * cell: a year the calendar does not cover is counted Monday–Friday and
   * reported once per run (`calendar-not-covered`) on the first cell that needed it.
   */
  addWorkingDaysAt(field: string): AddWorkingDays;
  /** Reports on a cell given by row index (dynamic columns). */
  reportAt(
    field: string,
    column: number,
    severity: Severity,
    code: CoreIssueCode | NoInfer<C>,
    params?: Readonly<Record<string, string | number>>,
  ): void;
}

/** What every record carries: where it came from. */
export interface RecordBase {
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
}

/** `n` working days after `day`. */
export type AddWorkingDays = (day: CalendarDay, n: number) => CalendarDay;

/** A record read, with a reporter bound to its row (for checks across rows). */
export interface ReadRow<R, C extends string = never> {
  readonly record: R;
  /** As on `RowContext`, with the calendar the kinds contributed (the workbook's own days). */
  addWorkingDaysAt(field: string): AddWorkingDays;
  report(
    field: string,
    severity: Severity,
    code: CoreIssueCode | NoInfer<C>,
    params?: Readonly<Record<string, string | number>>,
  ): void;
}

/** Given to a template's after-all-rows hook. */
export interface AfterAllContext {
  readonly locale: Locale;
  readonly options: EngineOptions;
}

/** How a template's rows are read and checked. */
export interface Reading<R extends RecordBase, C extends string = never> {
  /** Builds the record once the declared columns are read (and checked). */
  record(row: RowContext<C>): R;
  /** Checks across rows (KPI duplicates, approval chains), after every sheet of the kind is read. */
  afterAll?(rows: readonly ReadRow<R, C>[], context: AfterAllContext): void;
  /**
   * A kind whose rows configure the others (the workbook's work calendar):
   * returns the options later after-all hooks and the review see.
   */
  contributes?(records: readonly R[], options: EngineOptions): EngineOptions;
  /**
   * The date field the due-soon window is compared with (a task's due date, a
   * meeting's start). With due soon counted in working days (SPEC §10) the
   * window needs the calendar, and its first row dated today or later is the
   * cell a `calendar-not-covered` for the window's years is reported on.
   */
  readonly dueSoonField?: string;
}
