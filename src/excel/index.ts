/** The Excel gateway: the only code that calls `Excel.run`. */
export type {
  CheckOptions,
  InsertedSheet,
  OpsWorkbook,
  ProgressStep,
  ReviewOutcome,
} from '../app/api';
export { createOpsWorkbook } from './opsWorkbook';
export { excelWorkbookPort } from './workbookPort';
export { excelRun } from './context';
export type { ExcelContext, ExcelRun, RunOptions } from './context';
export { officeHost } from './host';
export type { OfficeHost } from './host';
export { OpsError, CORE_REQUIREMENT } from './errors';
export type { OpsErrorCode } from './errors';
export { EXCEL_MESSAGES } from './messages';
