/**
 * Executes the operations queued by one `context.sync()` against the state,
 * the way the Excel host does: the whole batch is one round trip, its size is
 * counted, oversized or injected failures reject it, and an operation that
 * fails stops the batch with the operations before it already applied.
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

export class FakeEngine {
  readonly stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [] };
  private readonly failures: FakeErrorCode[] = [];

  constructor(
    readonly state: FakeWorkbookState,
    readonly payloadLimitBytes: number,
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
    for (let i = 0; i < times; i++) this.failures.push(code);
  }

  execute(operations: readonly Operation[]): void {
    this.stats.syncs += 1;
    const requestBytes = jsonBytes(operations.map((operation) => operation.request));
    this.stats.requestBytes.push(requestBytes);
    const injected = this.failures.shift();
    if (injected) throw fakeError(injected, 'context.sync');
    if (requestBytes > this.payloadLimitBytes) {
      throw fakeError('RequestPayloadSizeLimitExceeded', 'context.sync');
    }
    const responses = operations.map((operation) => operation.apply());
    const responseBytes = jsonBytes(responses);
    this.stats.responseBytes.push(responseBytes);
    if (responseBytes > this.payloadLimitBytes) {
      throw fakeError('ResponsePayloadSizeLimitExceeded', 'context.sync');
    }
    operations.forEach((operation, i) => operation.commit?.(responses[i]));
  }
}
