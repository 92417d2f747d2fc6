/**
 * What a column type's reader sees of one declared cell: its raw value, where
 * it is, and reporters bound to it. The row decides when a blank is a problem
 * (an open row's owner, a done row's completion date); the type decides what
 * the value is and which of the column's rules its content breaks.
 */
import type { Locale } from '../../i18n';
import type { IssueCode, Severity } from '../../model';
import type { ColumnDecl, IssueRule } from '../../templates/module';
import type { DayOrder } from '../../values/dates';
import type { IdRegistry } from '../idRegistry';
import type { Params } from '../sheetState';

export type AnyRule = IssueRule<string>;

export interface ColumnCell {
  readonly declared: ColumnDecl<string>;
  /** Grid-relative column index of the cell. */
  readonly column: number;
  readonly raw: unknown;
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
  readonly locale: Locale;
  /** True when the sheet is one of our tables (not a team's own). */
  readonly ours: boolean;
  /** How this column writes `10-05-2024`, where its content decides it. */
  readonly dayOrder: DayOrder | null;
  /** The kind's IDs seen so far, across its sheets. */
  readonly ids: IdRegistry;
  /** The column's blank rule (or its type's), when it applies to this row. */
  blank(): void;
  /** The column's unreadable-value rule (or its type's). */
  invalid(params: Params): void;
  /** A given rule, on this cell. */
  rule(rule: AnyRule | undefined, params?: Params): void;
  report(severity: Severity, code: IssueCode, params?: Params): void;
}

/** How one column type reads and checks its cells. */
export interface ColumnTypeReader {
  read(cell: ColumnCell): unknown;
  /** What an unreadable value produces when the column does not say. */
  readonly invalid?: AnyRule;
  /** What a blank produces when the column does not say. */
  readonly blank?: AnyRule;
  /** The value of a declared column the sheet lacks (default null). */
  absent?(): unknown;
}
