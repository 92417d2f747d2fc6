/**
 * The template-module contract (SPEC §9): everything one template is, declared
 * once in its folder `src/core/templates/<kind>/` and listed in `registry.ts`.
 * Insert, Check, highlighting, the review, the pane's gallery and the CLI's
 * `template <kind>` are all driven from these declarations; nothing outside
 * the folder names a kind. Modelled on HyperFormula's function plugins: static
 * metadata plus a few hooks for what is truly particular to the template.
 */
import type { EngineOptions } from '../engine';
import type { Catalog, Locale } from '../i18n';
import type {
  CalendarDay,
  ColumnType,
  CoreIssueCode,
  FactSettings,
  Grid,
  Localized,
  MonthKey,
  Priority,
  Severity,
  Status,
} from '../model';
import type { StatutoryCalendar } from '../calendar/model';
import type { ConditionalFormatRule, HighlightKind, PlanBlock, PlanName } from '../plan';

/** SPEC §9: the pane's gallery groups, in the order the gallery shows them. */
export const GALLERY_GROUPS = [
  'daily',
  'meetings',
  'projects',
  'customers',
  'approvals',
  'training',
  'kpisRisks',
] as const;
export type GalleryGroup = (typeof GALLERY_GROUPS)[number];

/** What a blank or bad cell produces. */
export interface IssueRule<C extends string = never> {
  readonly code: CoreIssueCode | NoInfer<C>;
  readonly severity: Severity;
}

/**
 * When a blank cell is a problem: always; only on an open row (an owner, SPEC
 * §3 `unassigned`); only on a done row (a completion date).
 */
export type BlankWhen = 'always' | 'open' | 'done';

/**
 * A closed list of values (tier, strategy, KPI family…): the dropdown offers
 * `labels[locale]` in `values` order; reading accepts both languages' labels
 * and `words` (Simplified + English; Traditional folds through the match key).
 */
export interface Choice<V extends string = string> {
  readonly values: readonly V[];
  readonly labels: Readonly<Record<Locale, Readonly<Record<V, string>>>>;
  readonly words?: Readonly<Record<string, V>>;
}

/**
 * A live formula written into every data row of the column (milestone
 * deviation, KPI attainment, risk score). Built from resolved column letters,
 * so it is right wherever the columns end up.
 */
export interface FormulaContext {
  /** `$F2`: the column holding `key`, on the first data row (relative row, absolute column). */
  readonly ref: (key: string) => string;
  /** The sheet's language (formulas may produce words such as `延期N天`). */
  readonly locale: Locale;
  readonly words: FormulaWords;
}

/**
 * Formula fragments generated from the readers' vocabulary (SPEC §6: what
 * Check says and what the sheet shows agree). Each takes a cell reference.
 */
export interface FormulaWords {
  /** TRUE when the cell holds a done or cancelled word, in any language. */
  readonly finished: (ref: string) => string;
  /** TRUE when the cell holds a done word. */
  readonly done: (ref: string) => string;
  /** TRUE when the cell is blank or a no-owner placeholder (待定, TBD, -…). */
  readonly noOwner: (ref: string) => string;
}

/**
 * Header words of a field, in Simplified Chinese and English; Traditional
 * headers fold to Simplified through the match key. A header whose key starts
 * with one of `prefixes` binds too (备注（风险/支持需求）).
 */
export interface FieldWords {
  readonly words: readonly string[];
  readonly prefixes?: readonly string[];
}

/** One column of a template, declared once (SPEC §3's tables plus §11's checks). */
export interface ColumnDecl<C extends string = never> {
  readonly key: string;
  readonly header: Localized;
  readonly type: ColumnType;
  /** The column is expected on our sheet (a team's sheet may lack it). */
  readonly required: boolean;
  /** Column width in Excel character units. */
  readonly width: number;
  /** Excel number format, e.g. `yyyy-mm-dd` or `@`. */
  readonly numberFormat: string;
  /** What a blank cell produces, and when (default: always). */
  readonly blank?: IssueRule<C> & { readonly when?: BlankWhen };
  /**
   * What an unreadable value produces. Defaults by type: `invalid-date`,
   * `invalid-status`, `invalid-priority`, `id-format` (warning), `invalid-number`.
   */
  readonly invalid?: IssueRule<C>;
  /** Dropdown values per language written by insert (status, priority: built in). */
  readonly allowed?: Readonly<Record<Locale, readonly string[]>>;
  /** For `choice` columns: the values, their labels and synonyms. */
  readonly choice?: Choice;
  /** For `number` columns: the inclusive range and what a value outside it produces. */
  readonly range?: { readonly min: number; readonly max: number; readonly rule: IssueRule<C> };
  /** For `number` columns: units a team may type after the number (`85分`). */
  readonly units?: readonly string[];
  /** For `id` columns: the form an ID must have (default `PREFIX-NNN`). */
  readonly idFormat?: RegExp;
  /** For `id` columns: false when IDs may repeat (a meeting's ID on each of its actions). Default true. */
  readonly unique?: boolean;
  /**
   * A value written once for the rows below it: `always` (a project written
   * once for its milestones, also in our tables), `teamSheets` (a team types
   * 所属部门 once per group; our tables hold one value per row).
   */
  readonly fillDown?: 'always' | 'teamSheets';
  /** A live formula per data row; the reader never checks such a column. */
  formula?(context: FormulaContext): string;
  /**
   * False for a field read from teams' sheets but never inserted (approvals'
   * single 审批意见栏 cell). Default true.
   */
  readonly inserted?: false;
  /** Review columns the add-in computes (never a typed column). */
  readonly computed?: boolean;
  /**
   * Cells wrap, top-aligned (SPEC §12). Default: text columns at least 24
   * units wide, where people write sentences.
   */
  readonly wrap?: boolean;
  /** Header synonyms beyond the two headers above. */
  readonly synonyms?: FieldWords;
  /** A check particular to this column, run right after the column is read. */
  check?(row: RowContext<C>): void;
}

/**
 * Two date columns read as a pair (start/due, meeting/deadline): the end may
 * not be before the start, and one 起止时间-style header may feed both.
 */
export interface SpanDecl<C extends string = never> {
  readonly start: string;
  readonly end: string;
  /** End before start (default `due-before-start`, error). */
  readonly order?: IssueRule<C>;
  /** Headers of one column holding both days (`2023.07.01-07.15`). */
  readonly rangeWords?: readonly string[];
}

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

/** Where a highlight rule's formula finds its columns, and what is in force. */
export interface HighlightContext {
  /** Plan column index of a field (-1 when the template has no such column). */
  readonly column: (key: string) => number;
  /** `$F2`: the field's column on the first data row (the formula's anchor row). */
  readonly ref: (key: string) => string;
  readonly lastColumn: number;
  /** Zero-based sheet row of the first data row. */
  readonly firstDataRow: number;
  readonly settings: FactSettings;
  readonly words: FormulaWords;
}

/** A row's facts as highlight kinds: which highlights the row should show (SPEC §6). */
export type RowFacts = Readonly<Partial<Record<HighlightKind, boolean>>>;

/** An item of a review card; `at` lets the pane jump to it. */
export interface ReviewCardItem {
  readonly text: string;
  readonly at?: { readonly sheet: string; readonly cell: string };
}

/** Where a review line about a record takes the person: a cell of its row. */
export type LocateRow = (record: RecordBase) => { readonly sheet: string; readonly cell: string };

/** A record read by no workbook reading (a test's own): its row's first column. */
const firstColumn: LocateRow = (record) => ({ sheet: record.sheet, cell: `A${record.row}` });

/**
 * A card item standing for a record: it jumps to the cell `locate` gives (the
 * reading's: the row's name). The record comes from the section's own rows,
 * in its items' order.
 */
export const rowItem = (
  text: string,
  record: RecordBase | undefined,
  locate: LocateRow = firstColumn,
): ReviewCardItem => (record === undefined ? { text } : { text, at: locate(record) });

/** A review section as the pane shows it, without template-specific code. */
export interface ReviewCard {
  readonly title: string;
  readonly figures: readonly { readonly label: string; readonly value: string }[];
  readonly items: readonly ReviewCardItem[];
}

export interface SectionInput<R> {
  /** Every record of the kind in the workbook. */
  readonly records: readonly R[];
  /** True when the workbook holds at least one sheet of the kind. */
  readonly present: boolean;
  readonly month: MonthKey;
  readonly options: EngineOptions;
  /** Where a line about a record goes (the workbook reading's `rowLocation`); for `rowItem`. */
  readonly locate?: LocateRow;
}

/** A JSON value a section may hold (what `review --json` prints). */
export type Json =
  string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A template's part of the monthly review. */
export interface ReviewSection<R, J extends Json = Json> {
  /** Its key in `review --json` (SPEC §11.10). */
  readonly key: string;
  /**
   * True for the first release's sections, whose keys sit at the top level of
   * `review --json` (SPEC §7); new kinds nest under `key`.
   */
  readonly topLevel?: boolean;
  /** The section, or null when the workbook lacks the kind. */
  build(input: SectionInput<R>): J | null;
  /** Plain text lines (CLI text, the review sheet's block, share as text). */
  /** Lines say which month or "as of today" (SPEC §12), so they get the input too. */
  lines(section: J, input: SectionInput<R>): readonly string[];
  card(section: J, input: SectionInput<R>): ReviewCard;
  /**
   * The section's block in the review sheet. Without it the block is the
   * card's title over the section's `lines`.
   */
  sheet?(section: J, input: SectionInput<R>): SheetSectionBlock;
}

/** A section as the review sheet shows it: a heading cell, then one cell per line. */
export interface SheetSectionBlock {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** What an insert knows beyond the language: the day it runs and the statutory arrangement. */
export interface InsertContext {
  readonly locale: Locale;
  /** The insert's local calendar day (the calendar inserts its year and the next). */
  readonly today: CalendarDay;
  readonly statutory: StatutoryCalendar;
}

/** What a template's insert writes beyond its columns and one empty row. */
export interface InsertContent {
  /** Data rows every insert writes (field key → typed value), instead of one empty row. */
  readonly rows?: readonly SampleRow[];
  /** Cells beside the table, on the same sheet. */
  readonly besides?: readonly PlanBlock[];
  readonly names?: readonly PlanName[];
}

/** One example row for "insert with the handbook example": field key → typed value. */
export type SampleRow = Readonly<Record<string, string | number>>;

/**
 * One template. `K` is its kind (a literal), `C` its own issue codes, `R` its
 * record. Declare it with `defineTemplate` so the literals are kept.
 */
export interface TemplateModule<
  K extends string = string,
  C extends string = string,
  R extends RecordBase = RecordBase,
> {
  readonly kind: K;
  /** Stable table name (`OpsTasks`); a second insert gets `OpsTasks2`. */
  readonly tableName: string;
  readonly sheetName: Localized;
  /** Short purpose line for the gallery. */
  readonly purpose: Localized;
  readonly group: GalleryGroup;
  /** ID prefix of new rows (`OP`), when rows have IDs. */
  readonly idPrefix?: string;
  readonly columns: readonly ColumnDecl<C>[];
  readonly spans?: readonly SpanDecl<C>[];
  /** Header recognition; absent means recognised only by a custom binder or never. */
  readonly recognition?: Recognition;
  readonly binder?: CustomBinder;
  /** Absent for sheets that are recognised but not checked (the review). */
  readonly reading?: Reading<R, C>;
  facts?(record: R, options: EngineOptions): RowFacts;
  highlights?(context: HighlightContext): readonly ConditionalFormatRule[];
  /** This template's own issue codes and their messages (the keys are the codes). */
  readonly issues?: Catalog<C>;
  /** Rows for "insert with the handbook example", per sheet language. */
  readonly sample?: Readonly<Record<Locale, readonly SampleRow[]>>;
  /** Content every insert writes (the work calendar: the package's days, its index and names). */
  insert?(context: InsertContext): InsertContent;
  readonly review?: ReviewSection<R>;
}

/** Keeps the kind and issue-code literals of a module (the registry derives its types from them). */
export function defineTemplate<K extends string, C extends string, R extends RecordBase>(
  module: TemplateModule<K, C, R>,
): TemplateModule<K, C, R> {
  return module;
}

/** The issue codes a module declares. */
export type IssueCodesOf<M> = M extends TemplateModule<string, infer C, RecordBase> ? C : never;

/** The record type a module reads. */
export type RecordOf<M> = M extends TemplateModule<string, string, infer R> ? R : never;
