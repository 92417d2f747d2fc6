/**
 * One data row read from a template's declaration: every declared column is
 * read by its type (`columns/`) and checked by its rules, in declaration
 * order; the status is read first where a rule depends on it (an open row's
 * owner, a done row's completion date). A column the sheet does not have is
 * neither read nor reported.
 */
import type { EngineOptions } from '../engine';
import type { Locale } from '../i18n';
import type { CalendarDay, IssueCode, MonthKey, Priority, Severity, Status } from '../model';
import type {
  AddWorkingDays,
  BlankWhen,
  Binding,
  ColumnDecl,
  RowContext,
  RowValues,
  SpanDecl,
} from '../templates/module';
import { cellText, isBlankCell } from '../values/cell';
import { isFinished } from '../values/status';
import { COLUMN_READERS, type AnyRule, type ColumnCell, type ColumnTypeReader } from './columns';
import type { DayOrder } from '../values/dates';
import { statusFromCompletion } from './completion';
import { percentCellsOf, type PercentCells } from './percentCells';
import type { IdRegistry } from './idRegistry';
import { calendarUse, reportOn, type Params, type SheetState } from './sheetState';
import { readSpan } from './span';

/**
 * One object per sheet, moved from row to row (`moveTo`): its API is arrow
 * functions (a template may destructure them), and making ~17 closures per
 * row (with a cell object of 4 more per field) cost a 50,000-row check about
 * a tenth of its time, mostly in the garbage collector. So a template must not keep
 * the row, or a function of it, past its hooks for that row (none does; the
 * hooks after all rows get `ReadRow`s bound to a row number instead).
 */
export class RowRead implements RowContext<string>, RowValues {
  readonly sheet: string;
  /** One-based sheet row of the row being read. */
  row = 0;
  readonly values: RowValues = this;
  readonly locale: Locale;
  readonly options: EngineOptions;
  readonly ours: boolean;
  readonly binding: Binding;
  readonly layout: SheetState['layout'];
  /**
   * The row's field values by their plan's slot, each valid while its stamp
   * equals `generation` (bumped by `moveTo`): moving to the next row clears
   * nothing (the per-row Maps this replaces allocated a new table on every
   * `clear()`: 1.3% of a 10,000-row check's instructions, and heap).
   */
  private readonly fieldValues: unknown[] = [];
  private readonly readStamps: number[] = [];
  /** Spans read from the range column on this row (by slot): their fields report on it. */
  private readonly rangeStamps: number[] = [];
  private generation = 0;
  private cells: readonly unknown[] = [];
  /** Per field key, looked up once per sheet rather than once per row. */
  private readonly plans = new Map<string, FieldPlan | null>();
  private readonly percentCells: PercentCells;

  constructor(readonly state: SheetState) {
    this.percentCells = percentCellsOf(state.grid);
    this.sheet = state.grid.sheetName;
    this.locale = state.options.locale;
    this.options = state.options;
    this.ours = state.ours;
    this.binding = state.binding;
    this.layout = state.layout;
  }

  /** Makes this the grid's row `rowIndex`, holding `cells`, with nothing read yet. */
  moveTo(cells: readonly unknown[], rowIndex: number): this {
    this.cells = cells;
    this.row = this.state.grid.origin.row + rowIndex + 1;
    this.generation += 1;
    return this;
  }

  /** Reads and checks every declared column, each followed by its own check. */
  readAll(): void {
    for (const column of this.state.layout.template.columns) {
      if (column.formula) continue;
      this.field(column.key);
      column.check?.(this);
    }
  }

  readonly has = (key: string): boolean => {
    return this.binding.columns.has(key);
  };

  readonly cell = (key: string): unknown => {
    const column = this.binding.columns.get(key);
    return column === undefined ? undefined : this.cells[column];
  };

  readonly cellAt = (column: number): unknown => {
    return this.cells[column];
  };

  readonly percentFormatted = (key: string): boolean => {
    const column = this.binding.columns.get(key);
    const { origin } = this.state.grid;
    return column !== undefined && this.percentCells.has(this.row - 1, origin.column + column);
  };

  readonly report = (field: string, severity: Severity, code: string, params?: Params): void => {
    const column = this.columnOf(field);
    if (column !== undefined) this.reportAt(field, column, severity, code, params);
  };

  readonly addWorkingDaysAt = (field: string): AddWorkingDays =>
    this.state.coverage.addWorkingDaysAt(
      calendarUse(this.state, this.row, field, this.columnOf(field)),
    );

  readonly reportAt = (
    field: string,
    column: number,
    severity: Severity,
    code: string,
    params?: Params,
  ): void => {
    reportOn(this.state, this.row, field, column, severity, code as IssueCode, params);
  };

  readonly text = (key: string): string => {
    const column = this.binding.columns.get(key);
    if (column === undefined) return '';
    const value = this.field(key);
    return typeof value === 'string' ? value : cellText(this.cells[column]);
  };

  readonly person = (key: string): string | null => {
    return this.typed(key, null) as string | null;
  };

  readonly date = (key: string): CalendarDay | null => {
    const value = this.field(key);
    return typeof value === 'string' ? value : null;
  };

  readonly number = (key: string): number | null => {
    const value = this.field(key);
    return typeof value === 'number' ? value : null;
  };

  readonly list = (key: string): readonly string[] => {
    const value = this.field(key);
    return Array.isArray(value) ? (value as string[]) : [];
  };

  readonly choice = <V extends string = string>(key: string): V | null => {
    return this.typed(key, null) as V | null;
  };

  readonly period = (key: string): MonthKey | null => {
    return this.typed(key, null) as MonthKey | null;
  };

  readonly id = (key = 'id'): string | null => {
    return this.typed(key, null) as string | null;
  };

  readonly status = (key = 'status'): Status | null => {
    // SPEC §13: without a status column, 100%, a ✓ or a completion date says done.
    if (this.state.layout.columns.has(key) && !this.binding.columns.has(key))
      return statusFromCompletion({
        cell: (field) => this.cell(field),
        percentFormatted: (field) => this.percentFormatted(field),
      });
    return this.typed(key, 'notStarted') as Status | null;
  };

  readonly priority = (key = 'priority'): Priority | null => {
    return this.typed(key, null) as Priority | null;
  };

  /** A declared column's cell on this row, with its reporters (used by the type readers and spans). */
  readonly cellOf = (declared: ColumnDecl<string>, column: number): ColumnCell =>
    new FieldCell(this, declared, column, this.cells[column]);

  /** An undeclared field reads as `absent`; a declared one the sheet lacks, as its type's empty value. */
  private typed(key: string, absent: unknown): unknown {
    const value = this.field(key);
    return value === undefined ? absent : value;
  }

  private columnOf(field: string): number | undefined {
    const own = this.binding.columns.get(field);
    const plan = this.plans.get(field);
    const fromRange = plan ? this.rangeStamps[plan.slot] === this.generation : false;
    if (own !== undefined && !fromRange) return own;
    return fromRange && this.binding.rangeColumn !== null ? this.binding.rangeColumn : own;
  }

  /** A field's value, read (and checked) once per row. */
  private field(key: string): unknown {
    const plan = this.planFor(key);
    if (plan === null) return undefined;
    const { slot } = plan;
    if (this.readStamps[slot] === this.generation) return this.fieldValues[slot];
    const { declared, span, column, reader } = plan;
    if (span) {
      const read = readSpan(span, this);
      this.keep(this.planFor(span.start), read.start, read.fromRange);
      this.keep(this.planFor(span.end), read.end, read.fromRange);
      return this.fieldValues[slot];
    }
    const value =
      column === undefined
        ? (reader.absent?.() ?? null)
        : reader.read(this.cellOf(declared, column));
    this.keep(plan, value, false);
    return value;
  }

  private keep(plan: FieldPlan | null, value: unknown, fromRange: boolean): void {
    if (plan === null) return;
    this.fieldValues[plan.slot] = value;
    this.readStamps[plan.slot] = this.generation;
    if (fromRange) this.rangeStamps[plan.slot] = this.generation;
  }

  private planFor(key: string): FieldPlan | null {
    let plan = this.plans.get(key);
    if (plan === undefined) {
      plan = this.planOf(key);
      this.plans.set(key, plan);
    }
    return plan;
  }

  /** How a field is read on every row of this sheet; null when the template does not declare it. */
  private planOf(key: string): FieldPlan | null {
    const declared = this.state.layout.columns.get(key);
    if (!declared) return null;
    const slot = this.readStamps.length;
    this.fieldValues.push(undefined);
    this.readStamps.push(-1);
    this.rangeStamps.push(-1);
    return {
      slot,
      declared,
      span: this.state.layout.spanOf.get(key),
      column: this.binding.columns.get(key),
      reader: COLUMN_READERS[declared.type],
    };
  }

  /** Whether a blank rule with this `when` applies to the row (its status decides). */
  blankApplies(when: BlankWhen | undefined): boolean {
    if (when === 'open') return !isFinished(this.status());
    if (when === 'done') return this.status() === 'done';
    return true;
  }
}

interface FieldPlan {
  /** Where the row keeps this field's value (`fieldValues`, `readStamps`, `rangeStamps`). */
  readonly slot: number;
  readonly declared: ColumnDecl<string>;
  readonly span: SpanDecl<string> | undefined;
  /** The field's column in this sheet; undefined when the sheet lacks it. */
  readonly column: number | undefined;
  readonly reader: ColumnTypeReader;
}

/**
 * One declared cell of a row as its type's reader sees it: methods, not
 * closures (one is made per cell read); where it is comes from the row.
 */
class FieldCell implements ColumnCell {
  constructor(
    private readonly owner: RowRead,
    readonly declared: ColumnDecl<string>,
    readonly column: number,
    readonly raw: unknown,
  ) {}

  get sheet(): string {
    return this.owner.sheet;
  }

  get row(): number {
    return this.owner.row;
  }

  get locale(): Locale {
    return this.owner.locale;
  }

  get ours(): boolean {
    return this.owner.ours;
  }

  get dayOrder(): DayOrder | null {
    return this.owner.state.dayOrders.get(this.column) ?? null;
  }

  get ids(): IdRegistry {
    return this.owner.state.ids;
  }

  blank(): void {
    const blank = this.declared.blank ?? COLUMN_READERS[this.declared.type].blank;
    if (blank && this.owner.blankApplies(this.declared.blank?.when)) this.rule(blank);
  }

  invalid(params: Params): void {
    this.rule(this.declared.invalid ?? COLUMN_READERS[this.declared.type].invalid, params);
  }

  rule(rule: AnyRule | undefined, params?: Params): void {
    if (rule) this.report(rule.severity, rule.code, params);
  }

  report(severity: Severity, code: string, params?: Params): void {
    this.owner.reportAt(this.declared.key, this.column, severity, code, params);
  }
}

/**
 * SPEC §3: a row whose cells are all empty is not a row. Only bound columns
 * count, and a 0 counts as empty: a formula copied down a helper or report
 * sheet (`=Tasks!C5`) shows 0 for each blank cell it points to, and a row of
 * such zeros is no task (it was 1,000 false issues in a public template).
 */
export function isEmptyRow(cells: readonly unknown[], binding: Binding): boolean {
  for (const column of binding.columns.values()) if (!isLeftover(cells[column])) return false;
  for (const column of binding.dynamic ?? []) if (!isLeftover(cells[column.column])) return false;
  return binding.rangeColumn === null || isLeftover(cells[binding.rangeColumn]);
}

const isLeftover = (value: unknown): boolean => value === 0 || isBlankCell(value);
