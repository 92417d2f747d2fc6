/** A template's columns as declared (SPEC §3's tables plus §11's checks). */
import type { Locale } from '../i18n';
import type { ColumnType, CoreIssueCode, Localized, Severity } from '../model';
import type { RowContext } from './reading';

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
  /**
   * Headers that name the field only when no other column of the row does
   * (项目名称 is a tracker's task where no 任务名称 column is; beside one it
   * is the project the tasks belong to).
   */
  readonly fallbacks?: readonly string[];
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
