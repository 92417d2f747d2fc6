/** The use cases shared by the pane, the ribbon and the CLI, over a workbook port. */
export type {
  CheckOptions,
  CombinedReviewWritten,
  FixOutcome,
  InsertedSheet,
  InsertOptions,
  OpsWorkbook,
  ProgressStep,
  ReviewOutcome,
  WorkbookUseCases,
} from './api';
export type {
  NamedSheetPlan,
  ReadRequest,
  ReviewPlaced,
  WorkbookNames,
  WorkbookPort,
  WorkbookSession,
  WorkbookSnapshot,
} from './port';
export { insertTemplates, type InsertRequest } from './insert';
export { checkWorkbook, type Checked } from './check';
export { writeCombinedReview, type CombinedWriteRequest } from './combine';
export {
  recalculateReview,
  reviewMonth,
  type MonthReview,
  type RecalculateRequest,
  type ReviewRequest,
} from './review';
export {
  applyFixes,
  fixNow,
  previewFixes,
  type ApplyFixesRequest,
  type FixNowRequest,
  type PreviewRequest,
} from './fix';
export { NothingRecognised, optionsFor, type ReadingRequest } from './options';
export { fixStamp, updatedStamp } from './stamps';
export { workbookUseCases, type EdgeEnvironment } from './workbookUseCases';
