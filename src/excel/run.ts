/**
 * The one way the gateway enters Excel: every batch runs with
 * `delayForCellEdit` (so a user typing in a cell delays the batch instead of
 * failing it), a GeneralException is retried once, and whatever still fails
 * leaves as a typed `OpsError`. A retry runs the whole batch again, reads
 * included; a write batch that failed partway has taken back what it applied
 * (`syncOrUndo`), or says it could not and is not retried.
 */
import type { ExcelContext, ExcelRun } from './context';
import { toOpsError } from './errors';

export async function runInExcel<T>(
  run: ExcelRun,
  batch: (context: ExcelContext) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run({ delayForCellEdit: true }, batch);
    } catch (thrown) {
      const error = toOpsError(thrown);
      if (error.code !== 'generalException' || !error.retriable || attempt > 1) throw error;
    }
  }
}
