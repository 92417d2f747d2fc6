/**
 * The use cases as the task pane and the ribbon commands call them, bound to
 * one workbook (`workbookUseCases`); the Excel gateway's `createOpsWorkbook` adds
 * selecting a cell. The pane depends on this interface only, so it can be
 * driven by the in-memory fake in tests.
 */
import type {
  CheckResult,
  FactSettings,
  Locale,
  MonthKey,
  ReviewModel,
  TemplateKind,
} from '../core';
import type { CombinedReview } from '../core/combine/reviews';
import type { FixChange } from '../core/fix';
import type { BuiltSection } from '../core/review/sections';

export interface InsertedSheet {
  readonly kind: TemplateKind;
  /** The sheet name actually used (`任务跟踪表 (2)` when the first was taken). */
  readonly sheetName: string;
  readonly tableName: string;
}

export interface CheckOptions {
  readonly locale: Locale;
  /** `YYYY-MM-DD`; defaults to the local calendar day. */
  readonly today?: string;
  readonly settings?: FactSettings;
}

export interface ReviewOutcome {
  readonly model: ReviewModel;
  /** Each template's section of the review (SPEC §11.10), from the same reading. */
  readonly sections: readonly BuiltSection[];
  readonly sheetName: string;
  /** A1 address of the month's row in the review table, e.g. `A5:J5`. */
  readonly rowAddress: string;
  /** False when the host lacks chart support (the figures are still written). */
  readonly chartDrawn: boolean;
}

/** SPEC §12: the month had nothing due, so nothing was written; the caller asks before writing. */
export interface NothingDue {
  readonly nothingDue: true;
  readonly model: ReviewModel;
  readonly sections: readonly BuiltSection[];
}

/** SPEC §14: where a combined review was written into this workbook's review. */
export interface CombinedReviewWritten {
  readonly sheetName: string;
  /** A1 address of the month's row in the review table, e.g. `A5:J5` (empty where the edge cannot say). */
  readonly rowAddress: string;
  readonly chartDrawn: boolean;
}

/** What the workbook holds already: the pane's gallery and Settings show it. */
export interface WorkbookHoldings {
  /** Kinds with at least one of our tables in the workbook. */
  readonly kinds: ReadonlySet<TemplateKind>;
  /** Years with a 休/班 row in the workbook's 工作日历 (OpsCalendar) tables. */
  readonly calendarYears: readonly number[];
}

/** SPEC §13 Fix applied: how many previewed changes were made, and where they are logged. */
export interface FixOutcome {
  readonly applied: number;
  /** Previewed changes left alone because their cell changed since the preview. */
  readonly skipped: number;
  /** The Fix Log sheet the changes were appended to; null when nothing was applied. */
  readonly logSheet: string | null;
}

/** Progress reported during long work, as a message key the UI localises. */
export type ProgressStep = 'reading' | 'checking' | 'writing' | 'done';

export interface InsertOptions {
  /** The due-soon rule in force, so the new sheet highlights what Check reports. */
  readonly settings?: FactSettings;
  /** Insert with the handbook example rows (when the template has them). */
  readonly withSample?: boolean;
}

export interface InsertAllOptions extends InsertOptions {
  /** Only these kinds (the gallery's "the rest" when the workbook holds some); default every one. */
  readonly kinds?: readonly TemplateKind[];
}

export interface WorkbookUseCases {
  insertTemplate(
    kind: TemplateKind,
    locale: Locale,
    options?: InsertOptions,
  ): Promise<InsertedSheet>;
  insertAllTemplates(locale: Locale, options?: InsertAllOptions): Promise<readonly InsertedSheet[]>;
  checkWorkbook(
    options: CheckOptions,
    onProgress?: (step: ProgressStep) => void,
  ): Promise<CheckResult>;
  recalculateReview(
    month: MonthKey,
    options: CheckOptions,
    onProgress?: (step: ProgressStep) => void,
  ): Promise<ReviewOutcome>;
  /** As `recalculateReview`, but a month with nothing due is computed and not written (SPEC §12). */
  recalculateReviewIfDue(
    month: MonthKey,
    options: CheckOptions,
    onProgress?: (step: ProgressStep) => void,
  ): Promise<ReviewOutcome | NothingDue>;
  /**
   * SPEC §14: the combined review of workbooks read elsewhere (the pane's
   * picked files) written into this workbook's review: the month's row, the
   * merged department block and the per-file block. Written as asked: the
   * caller asks first when nothing is due.
   */
  writeCombinedReview(
    combined: CombinedReview,
    options: CheckOptions,
    onProgress?: (step: ProgressStep) => void,
  ): Promise<CombinedReviewWritten>;
  /** Every change Fix would make now (text dates, status/priority synonyms, owner placeholders). */
  previewFixes(): Promise<readonly FixChange[]>;
  /** Applies exactly the previewed changes still valid, and logs each one. */
  applyFixes(changes: readonly FixChange[], locale: Locale): Promise<FixOutcome>;
}

export interface OpsWorkbook extends WorkbookUseCases {
  selectCell(sheet: string, address: string): Promise<void>;
  describeWorkbook(): Promise<WorkbookHoldings>;
  /**
   * Calls `onChange` after someone else changes a worksheet (ExcelApi 1.14, whose events say who changed it); resolves
   * to a function that stops watching. Without the event it watches nothing.
   */
  watchChanges(onChange: () => void): Promise<() => void>;
}
