/**
 * The three ribbon buttons (ExecuteFunction): each runs the same use case as
 * the pane, then tells the user what happened. `event.completed()` is always
 * called, after the notice, also when the work or the notice failed: Office
 * otherwise shows the command as still running.
 */
import { currentMonth, type CalendarDay } from '../core';
import type { OpsWorkbook } from '../excel/api';
import type { PaneSettings } from '../host/settings';
import {
  checkNotice,
  failureNotice,
  insertedNotice,
  reviewNotice,
  type RibbonNotice,
} from './outcome';

export interface RibbonEvent {
  completed(): void;
}

export interface RibbonDeps {
  readonly workbook: () => OpsWorkbook;
  readonly settings: () => PaneSettings;
  readonly today: () => CalendarDay;
  /** Shows the notice (and the pane where the host can); resolves when the user is done with it. */
  readonly report: (notice: RibbonNotice) => Promise<void>;
}

export type RibbonCommandName = 'insertTemplates' | 'checkSheet' | 'recalculateReview';

export type RibbonHandlers = Record<RibbonCommandName, (event: RibbonEvent) => Promise<void>>;

export function ribbonHandlers(deps: RibbonDeps): RibbonHandlers {
  const command =
    (work: (settings: PaneSettings) => Promise<RibbonNotice>) => async (event: RibbonEvent) => {
      try {
        const settings = deps.settings();
        const notice = await work(settings).catch((error: unknown) =>
          failureNotice(error, settings.locale),
        );
        await deps.report(notice);
      } catch (error) {
        // Even the notice could not be shown (dialog blocked or unsupported): the console is all that is left.
        console.error(error);
      } finally {
        event.completed();
      }
    };

  return {
    insertTemplates: command(async ({ locale }) =>
      insertedNotice(await deps.workbook().insertAllTemplates(locale), locale),
    ),
    checkSheet: command(async ({ locale, dueSoonDays }) =>
      checkNotice(
        await deps
          .workbook()
          .checkWorkbook({ locale, today: deps.today(), settings: { dueSoonDays } }),
        locale,
      ),
    ),
    recalculateReview: command(async ({ locale, dueSoonDays }) => {
      const today = deps.today();
      const outcome = await deps
        .workbook()
        .recalculateReview(currentMonth(today), { locale, today, settings: { dueSoonDays } });
      return reviewNotice(outcome, locale);
    }),
  };
}
