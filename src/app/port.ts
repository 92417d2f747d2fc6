/**
 * The workbook port: what a use case needs from a workbook, whether it is
 * open in Excel (`src/excel/`, one `Excel.run`) or a file (`src/xlsx/`, one
 * package edit). A use case opens one session, reads, decides in the core,
 * and writes the plans it made; the session is the edge's batch, so Excel
 * reads and writes in the same run and a file is written once.
 */
import type { Grid, Locale, ReviewUpdatePlan, SheetPlan, TemplateKind } from '../core';
import type { FixChange, FixLogPlan } from '../core/fix';

/** The names a new sheet and table must not repeat. */
export interface WorkbookNames {
  readonly sheetNames: readonly string[];
  /** Table names and defined names: one namespace in Excel. */
  readonly takenNames: readonly string[];
}

export interface ReadRequest {
  /** Also read what writing the review needs (the review sheet as it is now). */
  readonly review?: boolean;
}

/** The workbook's cells as the core reads them. */
export interface WorkbookSnapshot {
  /** Our tables as their own grids, every other non-empty sheet whole. */
  readonly grids: readonly Grid[];
  readonly sheetNames: readonly string[];
  /** The review sheet's grid, when one was asked for and the workbook has a review table. */
  readonly reviewSheet: Grid | null;
}

/** A template's plan with the names chosen for it (free in the workbook). */
export interface NamedSheetPlan {
  readonly kind: TemplateKind;
  readonly plan: SheetPlan;
  readonly sheetName: string;
  readonly tableName: string;
}

/** Where the review's month was written. */
export interface ReviewPlaced {
  readonly sheetName: string;
  /** A1 address of the month's row, e.g. `A5:J5` (empty where the edge cannot say). */
  readonly rowAddress: string;
  /** False when the edge drew no chart (the figures are still written). */
  readonly chartDrawn: boolean;
}

export interface WorkbookSession {
  /** Read step for an insert: only names, no cells. */
  readNames(): Promise<WorkbookNames>;
  /** Read step for check, review and fix. */
  read(request?: ReadRequest): Promise<WorkbookSnapshot>;
  /** Write step: new sheets, each exactly as planned, nothing existing replaced. */
  addSheets(sheets: readonly NamedSheetPlan[], locale: Locale): Promise<void>;
  /**
   * Write step: the month's computed cells (after a `read({ review: true })`)
   * and the blocks beside the table where the plan places them (a combined
   * review's per-file block included, SPEC §14).
   */
  writeReview(plan: ReviewUpdatePlan, locale: Locale): Promise<ReviewPlaced>;
  /** Write step: exactly these cells, then their log. */
  writeFixes(changes: readonly FixChange[], log: FixLogPlan): Promise<void>;
}

export interface WorkbookPort {
  /** Runs `work` as one batch of the edge (one `Excel.run`; one file edit). */
  session<T>(work: (session: WorkbookSession) => Promise<T>): Promise<T>;
}
