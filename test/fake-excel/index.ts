/**
 * In-memory fake of the Excel object model used by the gateway: pure
 * TypeScript (no Node imports) so it also runs in a browser test page.
 */
export { createFakeExcel, DEFAULT_PAYLOAD_LIMIT_BYTES } from './fakeExcel';
export type { Batch, FakeExcel, FakeExcelOptions } from './fakeExcel';
export { createFakeDocument, EXECUTE_FUNCTION_TIMEOUT_MS, installFakeOffice } from './office';
export type { CommandRun, FakeDialog, FakeDocument, FakeOffice, FakeOfficeOptions } from './office';
export { FakeOfficeError, FAKE_ERROR_CODES } from './errors';
export type { FakeErrorCode } from './errors';
export type { FakeStats } from './engine';
export { FakeSheet, FakeWorkbookState } from './state';
export type {
  CellValue,
  FakeDateSystem,
  CellView,
  FakeChart,
  FakeConditionalFormat,
  FakeTable,
  FakeValidation,
  WorkbookSnapshot,
} from './state';
export { columnName, parseRect, rectAddress } from './address';
