/**
 * Telling the pane that the workbook changed after it computed something, so
 * it can say its result is out of date. Excel fires `worksheets.onChanged`
 * (ExcelApi 1.9) for every change, ours included, and delivers it on its own
 * time, not within the batch that made it (office-js#1502: handlers ran only
 * once the pane was hovered). So a change this add-in made can be told apart
 * only by the event's `triggerSource` (ExcelApi 1.14); on older hosts every
 * insert, check and review would look like the user's, and nothing is watched.
 * One Excel handler serves every watcher; stopping removes the watcher only,
 * since Excel removes a handler only through the context that added it, and
 * ends them all with the page.
 */
import type { ExcelContext, ExcelRun, WorksheetChangedEvent } from './context';
import type { OfficeHost } from './host';

export interface ChangeWatch {
  watch(onChange: () => void): Promise<() => void>;
}

export const CHANGE_EVENTS_REQUIREMENT = ['ExcelApi', '1.14'] as const;

export function changeWatch(run: ExcelRun, host: OfficeHost): ChangeWatch {
  const watchers = new Set<() => void>();
  let registered: Promise<void> | null = null;

  const onChanged = (event: WorksheetChangedEvent): Promise<void> => {
    if (event.triggerSource !== 'ThisLocalAddin') for (const watcher of [...watchers]) watcher();
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
  };
}
