/**
 * Telling the pane that the workbook changed after it computed something, so
 * it can say its result is out of date. Excel fires `worksheets.onChanged`
 * (ExcelApi 1.9) for every change, ours included: a change this add-in made
 * is told apart by `triggerSource` (ExcelApi 1.14) or, on older hosts, by
 * arriving while one of our own batches runs. One Excel handler serves every
 * watcher; stopping removes the watcher only, since Excel removes a handler
 * only through the context that added it, and ends them all with the page.
 */
import type { ExcelContext, ExcelRun, WorksheetChangedEvent } from './context';
import type { OfficeHost } from './host';

export interface ChangeWatch {
  watch(onChange: () => void): Promise<() => void>;
  /** Runs one of our own batches: changes it makes are not the user's. */
  own<T>(batch: () => Promise<T>): Promise<T>;
}

export const CHANGE_EVENTS_REQUIREMENT = ['ExcelApi', '1.9'] as const;

export function changeWatch(run: ExcelRun, host: OfficeHost): ChangeWatch {
  const watchers = new Set<() => void>();
  let ownBatches = 0;
  let registered: Promise<void> | null = null;

  const onChanged = (event: WorksheetChangedEvent): Promise<void> => {
    const ours = event.triggerSource === 'ThisLocalAddin' || ownBatches > 0;
    if (!ours) for (const watcher of [...watchers]) watcher();
    return Promise.resolve();
  };

  const register = (): Promise<void> =>
    run({}, async (context: ExcelContext) => {
      context.workbook.worksheets.onChanged.add(onChanged);
      await context.sync();
    });

  return {
    async watch(onChange) {
      if (!host.isSetSupported(...CHANGE_EVENTS_REQUIREMENT)) return () => undefined;
      registered ??= register().catch((error: unknown) => {
        registered = null;
        throw error;
      });
      await registered;
      watchers.add(onChange);
      return () => {
        watchers.delete(onChange);
      };
    },
    async own(batch) {
      ownBatches += 1;
      try {
        return await batch();
      } finally {
        ownBatches -= 1;
      }
    },
  };
}
