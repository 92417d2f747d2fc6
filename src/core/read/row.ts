/**
 * One data row read from a template's declaration: every declared column is
 * read by its type and checked by its rules (blank, unreadable, range, ID form
 * and uniqueness, span order), in declaration order; the status is read first
 * where a rule depends on it (an open row's owner, a done row's completion
 * date). A column the sheet does not have is neither read nor reported.
 */
import { cellAddress } from '../address';
import type { CalendarCoverage, CalendarUse } from '../calendar';
import type { EngineOptions } from '../engine';
import { formatMessage, type Locale } from '../i18n';
import { coreText } from '../messages';
import type {
  CalendarDay,
  Grid,
  Issue,
  IssueCode,
  MonthKey,
  Priority,
  Severity,
  Status,
} from '../model';
import { parsePeriod } from '../review/period';
import { issueMessage } from '../templates/catalogue';
import type {
  AddWorkingDays,
  BlankWhen,
  Binding,
  ColumnDecl,
  IssueRule,
  RowContext,
  RowValues,
  SpanDecl,
} from '../templates/module';
import { foldWidth } from '../text/normalise';
import { cellScalar, cellText, isBlankCell } from '../values/cell';
import { choiceLabels, parseChoice } from '../values/choice';
import { parseDateCell, type DayOrder } from '../values/dates';
import { parseDateRange } from '../values/dateRange';
import { parseList } from '../values/list';
import type { DateProblem, Parsed } from '../values/parsed';
import { parseNumberCell } from '../values/number';
import { parsePerson } from '../values/person';
import { parsePriority } from '../values/priority';
import { isFinished, parseStatus } from '../values/status';
import { statusFromCompletion } from './completion';
import type { DayOrders } from './dayOrders';
import type { TemplateLayout } from './layout';

/** SPEC §3: `PREFIX-NNN`. */
const ID_FORMAT = /^[A-Za-z]+-\d+$/;

type Params = Readonly<Record<string, string | number>>;
type AnyRule = IssueRule<string>;

export interface FirstSeen {
  readonly sheet: string;
  readonly row: number;
}

/** IDs seen so far for one kind, keyed case-insensitively: the first row per sheet. */
export type IdRegistry = Map<string, FirstSeen[]>;

/** What reading one sheet shares between its rows. */
export interface SheetState {
  readonly grid: Grid;
  readonly binding: Binding;
  readonly layout: TemplateLayout;
  readonly options: EngineOptions;
  readonly ours: boolean;
  readonly issues: Issue[];
  readonly ids: IdRegistry;
  /** How each date column writes `10-05-2024`, where its content decides it. */
  readonly dayOrders: DayOrders;
  /** The run's working-day counter (one per run: each uncovered year is reported once). */
  readonly coverage: CalendarCoverage;
}

/** The cell a working-day computation of `field` belongs to. */
export function calendarUse(
  state: SheetState,
  sheetRow: number,
  field: string,
  column: number | undefined,
): CalendarUse {
  return {
    sheet: state.grid.sheetName,
    cell: cellAddress(sheetRow - 1, state.grid.origin.column + (column ?? 0)),
    row: sheetRow,
    field,
  };
}

const DEFAULT_INVALID: Partial<Record<ColumnDecl['type'], AnyRule>> = {
  date: { code: 'invalid-date', severity: 'error' },
  datetime: { code: 'invalid-date', severity: 'error' },
  status: { code: 'invalid-status', severity: 'error' },
  priority: { code: 'invalid-priority', severity: 'error' },
  id: { code: 'id-format', severity: 'warning' },
  number: { code: 'invalid-number', severity: 'error' },
  rate: { code: 'invalid-number', severity: 'error' },
  choice: { code: 'invalid-value', severity: 'error' },
};
const DEFAULT_BLANK: Partial<Record<ColumnDecl['type'], AnyRule>> = {
  status: { code: 'missing-status', severity: 'warning' },
  priority: { code: 'missing-priority', severity: 'warning' },
};
const DUE_BEFORE_START: AnyRule = { code: 'due-before-start', severity: 'error' };

const DATE_PROBLEM_CODES: Readonly<Record<DateProblem, IssueCode>> = {
  missingYear: 'missing-year',
  ambiguousOrder: 'ambiguous-date',
};

/** Reports an issue on a sheet cell (grid-relative column). */
export function reportOn(
  state: SheetState,
  sheetRow: number,
  field: string,
  column: number,
  severity: Severity,
  code: IssueCode,
  params?: Params,
): void {
  state.issues.push({
    sheet: state.grid.sheetName,
    cell: cellAddress(sheetRow - 1, state.grid.origin.column + column),
    row: sheetRow,
    field,
    severity,
    code,
    message: messageOf(state, code, params),
  });
}

/** The template's own catalogue first (a module under test may be unregistered), then the merged one. */
function messageOf(state: SheetState, code: IssueCode, params?: Params): string {
  const locale = state.options.locale;
  const own = state.layout.template.issues?.[locale][code];
  return own === undefined ? issueMessage(locale, code, params) : formatMessage(own, params);
}

export class RowRead implements RowContext<string>, RowValues {
  readonly sheet: string;
  readonly row: number;
  readonly values: RowValues = this;
  readonly locale: Locale;
  readonly options: EngineOptions;
  readonly ours: boolean;
  readonly binding: Binding;
  private readonly read = new Map<string, unknown>();
  /** Spans read from the range column: their fields report on it. */
  private readonly fromRange = new Set<string>();

  constructor(
    private readonly state: SheetState,
    private readonly cells: readonly unknown[],
    rowIndex: number,
  ) {
    this.sheet = state.grid.sheetName;
    this.row = state.grid.origin.row + rowIndex + 1;
    this.locale = state.options.locale;
    this.options = state.options;
    this.ours = state.ours;
    this.binding = state.binding;
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
    return column === undefined ? undefined : this.raw(key, column);
  };

  readonly cellAt = (column: number): unknown => {
    return this.cells[column];
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
    return typeof value === 'string' ? value : cellText(this.raw(key, column));
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
      return statusFromCompletion({ cell: (field) => this.boundCell(field) });
    return this.typed(key, 'notStarted') as Status | null;
  };

  private boundCell(field: string): unknown {
    const column = this.binding.columns.get(field);
    return column === undefined ? undefined : this.cells[column];
  }

  readonly priority = (key = 'priority'): Priority | null => {
    return this.typed(key, null) as Priority | null;
  };

  /** An undeclared field reads as `absent`; a declared one the sheet lacks, as its type's empty value. */
  private typed(key: string, absent: unknown): unknown {
    const value = this.field(key);
    return value === undefined ? absent : value;
  }

  private columnOf(field: string): number | undefined {
    const own = this.binding.columns.get(field);
    if (own !== undefined && !this.fromRange.has(field)) return own;
    return this.fromRange.has(field) && this.binding.rangeColumn !== null
      ? this.binding.rangeColumn
      : own;
  }

  private raw(_key: string, column: number): unknown {
    return this.cells[column];
  }

  private dayOrder(column: number): DayOrder | null {
    return this.state.dayOrders.get(column) ?? null;
  }

  /** A field's value, read (and checked) once. */
  private field(key: string): unknown {
    if (this.read.has(key)) return this.read.get(key);
    const declared = this.state.layout.columns.get(key);
    if (!declared) return undefined;
    const span = this.state.layout.spanOf.get(key);
    if (span) {
      this.readSpan(span);
      return this.read.get(key);
    }
    const column = this.binding.columns.get(key);
    const value = column === undefined ? absentValue(declared) : this.readColumn(declared, column);
    this.read.set(key, value);
    return value;
  }

  private rule(rule: AnyRule | undefined, field: string, column: number, params?: Params): void {
    if (rule) this.reportAt(field, column, rule.severity, rule.code, params);
  }

  private blankApplies(when: BlankWhen | undefined): boolean {
    if (when === 'open') return !isFinished(this.status());
    if (when === 'done') return this.status() === 'done';
    return true;
  }

  private blank(declared: ColumnDecl<string>, column: number): void {
    const rule = declared.blank ?? DEFAULT_BLANK[declared.type];
    if (rule && this.blankApplies(declared.blank?.when)) this.rule(rule, declared.key, column);
  }

  private invalid(declared: ColumnDecl<string>, column: number, params: Params): void {
    this.rule(declared.invalid ?? DEFAULT_INVALID[declared.type], declared.key, column, params);
  }

  private readColumn(declared: ColumnDecl<string>, column: number): unknown {
    const raw = this.raw(declared.key, column);
    switch (declared.type) {
      case 'id':
        return this.readId(declared, column, raw);
      case 'person': {
        const person = parsePerson(cellText(raw));
        if (person === null) this.blank(declared, column);
        return person;
      }
      case 'date':
      case 'datetime':
        return this.readDate(declared, column, raw);
      case 'status': {
        const result = parseStatus(raw);
        if (result.ok) return result.value;
        if (result.reason === 'blank') {
          this.blank(declared, column);
          return 'notStarted';
        }
        this.invalid(declared, column, { value: result.text });
        return null;
      }
      case 'priority': {
        const result = parsePriority(raw);
        if (result.ok) return result.value;
        if (result.reason === 'blank') this.blank(declared, column);
        else this.invalid(declared, column, { value: result.text });
        return null;
      }
      case 'list': {
        const items = parseList(cellText(raw));
        if (items.length === 0) this.blank(declared, column);
        return items;
      }
      case 'number':
      case 'rate':
        return this.readNumber(declared, column, raw);
      case 'choice': {
        if (!declared.choice) return cellText(raw) || null;
        const result = parseChoice(raw, declared.choice);
        if (result.ok) return result.value;
        if (result.reason === 'blank') this.blank(declared, column);
        else
          this.invalid(declared, column, {
            value: result.text,
            allowed: choiceLabels(declared.choice, this.locale).join('/'),
          });
        return null;
      }
      case 'period': {
        if (isBlankCell(raw)) {
          this.blank(declared, column);
          return null;
        }
        const month = parsePeriod(raw);
        if (month === null) this.invalid(declared, column, { value: cellText(raw) });
        return month;
      }
      case 'text': {
        const text = cellText(raw);
        if (text === '') this.blank(declared, column);
        return text;
      }
    }
  }

  private readId(declared: ColumnDecl<string>, column: number, raw: unknown): string | null {
    const id = foldWidth(cellText(raw)).trim();
    if (id === '') {
      this.blank(declared, column);
      return null;
    }
    if (!(declared.idFormat ?? ID_FORMAT).test(id)) this.invalid(declared, column, { value: id });
    if (declared.unique === false) return id;
    this.checkRepeat(declared.key, column, id);
    return id;
  }

  /**
   * SPEC §13: a repeat on the same sheet is an error; on another sheet of the
   * kind (two teams both numbering from OP-001) a warning, since the review
   * still names both.
   */
  private checkRepeat(field: string, column: number, id: string): void {
    const key = id.toUpperCase();
    const seen = this.state.ids.get(key) ?? [];
    const onThisSheet = seen.find((first) => first.sheet === this.sheet);
    if (onThisSheet) {
      const where = coreText(this.locale, 'where.row', { row: onThisSheet.row });
      this.reportAt(field, column, 'error', 'duplicate-id', { value: id, firstRow: where });
      return;
    }
    const elsewhere = seen[0];
    if (elsewhere) {
      const where = coreText(this.locale, 'where.sheetRow', {
        row: elsewhere.row,
        sheet: elsewhere.sheet,
      });
      this.reportAt(field, column, 'warning', 'duplicate-id', { value: id, firstRow: where });
    }
    this.state.ids.set(key, [...seen, { sheet: this.sheet, row: this.row }]);
  }

  /**
   * One cell meant to hold a day. SPEC §6: in our own tables a day typed as
   * text counts, but the sheet's formulas cannot compute with it, so it is a
   * `text-date`.
   */
  private readDate(declared: ColumnDecl<string>, column: number, raw: unknown): CalendarDay | null {
    const result = parseDateCell(raw, this.dayOrder(column));
    if (result.ok) {
      if (this.ours && typeof raw !== 'number' && cellScalar(raw).kind === 'text')
        this.reportAt(declared.key, column, 'warning', 'text-date', { value: cellText(raw) });
      return result.value;
    }
    if (result.reason === 'invalid') this.badDate(declared, column, result);
    else this.blank(declared, column);
    return null;
  }

  private badDate(
    declared: ColumnDecl<string>,
    column: number,
    result: Extract<Parsed<CalendarDay>, { reason: 'invalid' }>,
  ): void {
    if (result.problem === undefined) this.invalid(declared, column, { value: result.text });
    else
      this.reportAt(declared.key, column, 'error', DATE_PROBLEM_CODES[result.problem], {
        value: result.text,
      });
  }

  private readNumber(declared: ColumnDecl<string>, column: number, raw: unknown): number | null {
    const result = parseNumberCell(raw, declared.units);
    if (!result.ok) {
      if (result.reason === 'invalid') this.invalid(declared, column, { value: result.text });
      else this.blank(declared, column);
      return null;
    }
    const range = declared.range;
    if (range && (result.value < range.min || result.value > range.max))
      this.rule(range.rule, declared.key, column, {
        value: cellText(raw),
        min: range.min,
        max: range.max,
      });
    return result.value;
  }

  /**
   * Both ends of a span: from their own columns, or from one range cell, which
   * then carries every issue about either.
   */
  private readSpan(span: SpanDecl<string>): void {
    const columns = this.state.layout.columns;
    const start = columns.get(span.start)!;
    const end = columns.get(span.end)!;
    const order = span.order ?? DUE_BEFORE_START;
    const range = this.binding.rangeColumn;
    const useRange =
      range !== null &&
      span.rangeWords !== undefined &&
      (!this.binding.columns.has(span.start) || !this.binding.columns.has(span.end));
    if (useRange) {
      this.fromRange.add(span.start);
      this.fromRange.add(span.end);
      const result = parseDateRange(cellScalar(this.cells[range]), this.dayOrder(range));
      if (!result.ok) {
        if (result.reason === 'invalid') this.badDate(end, range, result);
        else this.blank(end, range);
        this.read.set(span.start, null);
        this.read.set(span.end, null);
        return;
      }
      if (result.value.end < result.value.start) this.rule(order, span.end, range);
      this.read.set(span.start, result.value.start);
      this.read.set(span.end, result.value.end);
      return;
    }
    const startColumn = this.binding.columns.get(span.start);
    const startDay =
      startColumn === undefined
        ? null
        : this.readDate(start, startColumn, this.raw(span.start, startColumn));
    this.read.set(span.start, startDay);
    const endColumn = this.binding.columns.get(span.end);
    if (endColumn === undefined) {
      this.read.set(span.end, null);
      return;
    }
    const endDay = this.readDate(end, endColumn, this.raw(span.end, endColumn));
    if (startDay !== null && endDay !== null && endDay < startDay)
      this.rule(order, span.end, endColumn);
    this.read.set(span.end, endDay);
  }
}

function absentValue(declared: ColumnDecl<string>): unknown {
  switch (declared.type) {
    case 'status':
      return 'notStarted';
    case 'list':
      return [];
    case 'text':
      return '';
    default:
      return null;
  }
}

/** SPEC §3: a row whose cells are all empty is not a row. Only bound columns count. */
export function isEmptyRow(cells: readonly unknown[], binding: Binding): boolean {
  for (const column of binding.columns.values()) if (!isBlankCell(cells[column])) return false;
  for (const column of binding.dynamic ?? []) if (!isBlankCell(cells[column.column])) return false;
  return binding.rangeColumn === null || isBlankCell(cells[binding.rangeColumn]);
}
