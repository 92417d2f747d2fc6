/**
 * `createFakeExcel()`: an in-memory Excel for tests and the browser test page.
 * `run` behaves like `Excel.run` (one request context per batch, pending
 * operations flushed when the batch resolves); `workbook` is the state to
 * seed and inspect; `stats` counts round trips and their estimated sizes.
 */
import type { ExcelContext, RunOptions } from '../../src/excel/context';
import { FakeEngine, type FakeStats, type PayloadErrorCode } from './engine';
import type { FakeErrorCode } from './errors';
import { FakeRequestContext } from './objects/base';
import { FakeWorkbookFunctions } from './objects/functions';
import { FakeNamedItemCollection } from './objects/names';
import { FakeProtection } from './objects/protection';
import { FakeTableCollection } from './objects/table';
import { FakeWorksheetCollection } from './objects/worksheet';
import { FakeWorkbookState, type FakeDateSystem } from './state';

/** Excel on the web rejects requests and responses above 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  readonly payloadLimitBytes?: number;
  /** How an oversized request or response is reported; some Excel on the web builds say GeneralException. */
  readonly oversizeAs?: PayloadErrorCode;
  /** False for a host without ExcelApi 1.9: `worksheet.pageLayout` fails with ApiNotFound. */
  readonly pageLayout?: boolean;
  /** False for a host before ExcelApi 1.14: change events carry no `triggerSource`. */
  readonly triggerSource?: boolean;
  /** 1904 for a workbook with "Use 1904 date system" on: its cells hold 1904 serials. */
  readonly dateSystem?: FakeDateSystem;
}

export type Batch<T> = (context: ExcelContext) => Promise<T>;

export interface FakeExcel {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: RunOptions, batch: Batch<T>): Promise<T>;
  readonly workbook: FakeWorkbookState;
  readonly stats: FakeStats;
  /** The next `times` syncs fail with `code` before anything is applied. */
  failNext(code: FakeErrorCode, times?: number): void;
  /**
   * The next sync with more than `afterOperations` operations applies that
   * many, then fails with `code`: a sync is not a transaction.
   */
  failPartway(code: FakeErrorCode, afterOperations: number): void;
  /** Zeroes the counters (e.g. after seeding through the API). */
  resetStats(): void;
  /**
   * The user is typing in a cell until `finishCellEdit()`: syncs fail with
   * InvalidOperationInCellEditMode, unless the batch ran with `delayForCellEdit`
   * (then they wait).
   */
  startCellEdit(): void;
  finishCellEdit(): void;
}

class FakeContext extends FakeRequestContext implements ExcelContext {
  readonly workbook = {
    worksheets: new FakeWorksheetCollection(this),
    tables: new FakeTableCollection(this, 'workbook.tables', null),
    names: new FakeNamedItemCollection(this),
    protection: new FakeProtection(this, 'workbook.protection', () => {
      const state = this.engine.state;
      return () => state.structureProtected;
    }),
    functions: new FakeWorkbookFunctions(this),
  };
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const workbook = new FakeWorkbookState(options.dateSystem ?? 1900);
  const engine = new FakeEngine(
    workbook,
    options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
    options.oversizeAs,
    options.pageLayout ?? true,
    options.triggerSource ?? true,
  );

  async function run<T>(first: RunOptions | Batch<T>, second?: Batch<T>): Promise<T> {
    const batch = typeof first === 'function' ? first : second;
    if (!batch) throw new TypeError('Excel.run needs a batch function');
    const context = new FakeContext(
      engine,
      typeof first === 'object' && first.delayForCellEdit === true,
    );
    try {
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  return {
    run,
    workbook,
    stats: engine.stats,
    failNext: (code, times) => engine.failNext(code, times),
    failPartway: (code, afterOperations) => engine.failPartway(code, afterOperations),
    startCellEdit: () => engine.startCellEdit(),
    finishCellEdit: () => engine.finishCellEdit(),
    resetStats: () => {
      engine.stats.syncs = 0;
      engine.stats.requestBytes.length = 0;
      engine.stats.responseBytes.length = 0;
    },
  };
}
