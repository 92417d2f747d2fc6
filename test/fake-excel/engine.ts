/**
 * Executes the operations queued by one `context.sync()` against the state,
 * the way the Excel host does: the whole batch is one round trip, its size is
 * counted, oversized or injected failures reject it, and an operation that
 * fails stops the batch with the operations before it already applied (a
 * sync is not a transaction). Some Excel on the web builds report an
 * oversized payload as GeneralException rather than its own code.
 */
import { fakeError, type FakeErrorCode } from './errors';
import type { FakeWorkbookState } from './state';

export interface Operation {
  /** What the client would send for this operation (counted as request bytes). */
  readonly request: unknown;
  /** Runs against the state; returns what the host sends back (counted as response bytes). */
  apply(): unknown;
  /** Runs only when the whole sync succeeded: stores loaded values in the proxy. */
  commit?(response: unknown): void;
}

export interface FakeStats {
  /** Round trips made, failed ones included. */
  syncs: number;
  /** Estimated request bytes of each sync, in order. */
  readonly requestBytes: number[];
  /** Estimated response bytes of each sync that got as far as producing one. */
  readonly responseBytes: number[];
  /** Operations queued in each sync that reached the workbook, in order (for `failPartway`). */
  readonly operations: number[];
}

// Deliberately not imported from src/excel/payload.ts: the fake is the instrument
// that checks the gateway's payload estimates, so it must not share their code.
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? '');

/** An injected failure: the whole sync, or the operation after the first `afterOperations`. */
export interface InjectedFailure {
  readonly code: FakeErrorCode;
  /** Operations of the sync applied before it fails; undefined fails it before any. */
  readonly afterOperations?: number;
}

export type PayloadErrorCode = 'RequestPayloadSizeLimitExceeded' | 'GeneralException';

export class FakeEngine {
  readonly stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], operations: [] };
  private readonly failures: InjectedFailure[] = [];

  constructor(
    readonly state: FakeWorkbookState,
    readonly payloadLimitBytes: number,
    /** How this host names an oversized payload (`GeneralException` on some web builds). */
    readonly oversizeAs: PayloadErrorCode = 'RequestPayloadSizeLimitExceeded',
    /** The host has ExcelApi 1.9's `worksheet.pageLayout`. */
    readonly pageLayout = true,
    /** The host has ExcelApi 1.14: change events say `triggerSource`. */
    readonly triggerSource = true,
  ) {}

  private cellEdit: { finished: Promise<void>; finish: () => void } | null = null;

  /** The user starts typing in a cell: batches fail, or wait if they asked to (`delayForCellEdit`). */
  startCellEdit(): void {
    if (this.cellEdit) return;
    let finish = (): void => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    this.cellEdit = { finished, finish };
  }

  finishCellEdit(): void {
    this.cellEdit?.finish();
    this.cellEdit = null;
  }

  /** Resolves at once outside cell-edit mode; otherwise waits (delayed batches) or fails. */
  async admit(delayForCellEdit: boolean, operations: readonly Operation[]): Promise<void> {
    if (!this.cellEdit) return;
    if (delayForCellEdit) {
      await this.cellEdit.finished;
      return;
    }
    this.stats.syncs += 1;
    this.stats.requestBytes.push(jsonBytes(operations.map((operation) => operation.request)));
    throw fakeError('InvalidOperationInCellEditMode', 'context.sync');
  }

  failNext(code: FakeErrorCode, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push({ code });
  }

  /**
   * The next sync with more than `afterOperations` operations (a write, not
   * the small reads before it) applies that many, then fails with `code`.
   */
  failPartway(code: FakeErrorCode, afterOperations: number): void {
    this.partway.push({ code, afterOperations });
  }

  private readonly partway: InjectedFailure[] = [];

  /**
   * Runs a sync's operations. When they changed any cell, every
   * `worksheets.onChanged` handler hears of it afterwards, as from this add-in
   * (`ThisLocalAddin` where the host says so): Excel delivers events on their
   * own, not within the sync that caused them.
   */
  execute(operations: readonly Operation[]): void {
    const before = this.state.revision;
    try {
      this.apply(operations);
    } finally {
      if (this.state.revision !== before) this.announceOwnChange();
    }
  }

  private announceOwnChange(): void {
    const handlers = [...this.state.changeHandlers];
    if (handlers.length === 0) return;
    const event = this.triggerSource ? { triggerSource: 'ThisLocalAddin' } : {};
    setTimeout(() => {
      for (const handler of handlers) void handler(event);
    }, 0);
  }

  private apply(operations: readonly Operation[]): void {
    this.stats.syncs += 1;
    const requestBytes = jsonBytes(operations.map((operation) => operation.request));
    this.stats.requestBytes.push(requestBytes);
    this.stats.operations.push(operations.length);
    const whole = this.failures.shift();
    if (whole) throw fakeError(whole.code, 'context.sync');
    const next = this.partway[0];
    const injected =
      next && operations.length > (next.afterOperations ?? 0) ? this.partway.shift() : undefined;
    if (requestBytes > this.payloadLimitBytes) {
      throw fakeError(this.oversizeAs, 'context.sync');
    }
    const applied = injected ? operations.slice(0, injected.afterOperations) : operations;
    const responses = applied.map((operation) => operation.apply());
    if (injected) throw fakeError(injected.code, `context.sync: operation ${applied.length + 1}`);
    const responseBytes = jsonBytes(responses);
    this.stats.responseBytes.push(responseBytes);
    if (responseBytes > this.payloadLimitBytes) {
      throw fakeError(
        this.oversizeAs === 'GeneralException'
          ? this.oversizeAs
          : 'ResponsePayloadSizeLimitExceeded',
        'context.sync',
      );
    }
    operations.forEach((operation, i) => operation.commit?.(responses[i]));
  }
}
