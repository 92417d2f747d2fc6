/**
 * The three ribbon buttons (ExecuteFunction): each runs the same use case as
 * the pane, shows what happened in a notice, and completes its event as soon
 * as the notice is in front of the user, never waiting for them to close it:
 * Office runs one function command at a time and ends an uncompleted one
 * only after 5 minutes. `event.completed()` is called on every path, failed
 * work and failed notices included.
 */
import { currentMonth, localeFromDisplayLanguage, type CalendarDay, type Locale } from '../core';
import type { OpsWorkbook } from '../app/api';
import type { NoticeDelivery } from '../host/notice';
import { factSettingsOf, type PaneSettings } from '../host/settings';
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
  /** The settings as saved now (the pane may have changed them in its own runtime). */
  readonly settings: () => Promise<PaneSettings>;
  readonly displayLanguage: () => string | undefined;
  readonly today: () => CalendarDay;
  /** Shows the notice; resolves once it is shown, not when the user closes it. */
  readonly report: (notice: RibbonNotice) => Promise<NoticeDelivery>;
}

export type RibbonCommandName = 'insertTemplates' | 'checkSheet' | 'recalculateReview';

export type RibbonHandlers = Record<RibbonCommandName, (event: RibbonEvent) => Promise<void>>;

export function ribbonHandlers(deps: RibbonDeps): RibbonHandlers {
  const outcome = async (
    work: (settings: PaneSettings) => Promise<RibbonNotice>,
  ): Promise<RibbonNotice> => {
    let locale: Locale = localeFromDisplayLanguage(deps.displayLanguage());
    try {
      const settings = await deps.settings();
      locale = settings.locale;
      return await work(settings);
    } catch (error) {
      return failureNotice(error, locale);
    }
  };

  const command =
    (work: (settings: PaneSettings) => Promise<RibbonNotice>) => async (event: RibbonEvent) => {
      const notice = await outcome(work);
      try {
        const delivery = await deps.report(notice);
        // Shown in the notice that was already open, or (no Dialog API) nowhere but here.
        if (delivery !== 'dialog') console.warn(`${delivery}: ${notice.title} — ${notice.body}`);
      } catch (error) {
        console.error(`Notice not shown (${notice.title} — ${notice.body}):`, error);
      } finally {
        event.completed();
      }
    };

  return {
    insertTemplates: command(async (settings) =>
      insertedNotice(
        await deps
          .workbook()
          .insertAllTemplates(settings.locale, { settings: factSettingsOf(settings) }),
        settings.locale,
      ),
    ),
    checkSheet: command(async (settings) =>
      checkNotice(
        await deps.workbook().checkWorkbook({
          locale: settings.locale,
          today: deps.today(),
          settings: factSettingsOf(settings),
        }),
        settings.locale,
      ),
    ),
    recalculateReview: command(async (settings) => {
      const today = deps.today();
      const outcome = await deps.workbook().recalculateReview(currentMonth(today), {
        locale: settings.locale,
        today,
        settings: factSettingsOf(settings),
      });
      return reviewNotice(outcome, settings.locale);
    }),
  };
}
