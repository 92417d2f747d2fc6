/**
 * A short notice the ribbon commands show after their work: a dialog opened
 * on the function file's own page (`commands.html?notice=…`), because a
 * function file has no UI of its own. The notice travels in the URL as JSON
 * and is rendered as text.
 *
 * The command completes as soon as the dialog is open: its runtime then ends
 * while the dialog keeps its own until the user closes it, so the notice has
 * no button that would need the (gone) function file. Office allows one
 * dialog at a time: a notice that finds another still open (12007) is
 * written to this computer's storage, where the open notice page picks it up
 * and shows it instead.
 */
import { LOCALES, type Locale } from '../core/i18n';
import type { UserStorage } from './settings';

export interface Notice {
  readonly locale: Locale;
  readonly title: string;
  readonly body: string;
  /** How to dismiss it (the dialog's own close button). */
  readonly hint: string;
}

const NOTICE_PARAM = 'notice';
export const LATEST_NOTICE_KEY = 'opsWorkbook.latestNotice';

/** displayDialogAsync: "A dialog box is already opened from this host window." */
export const DIALOG_ALREADY_OPEN = 12007;

/** How a notice reached the user. */
export type NoticeDelivery = 'dialog' | 'open-dialog' | 'no-dialog-api';

export function noticeUrl(pageUrl: string, notice: Notice): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set(NOTICE_PARAM, JSON.stringify(notice));
  return url.toString();
}

export function parseNotice(raw: string | null): Notice | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { locale, title, body, hint } = value as Record<string, unknown>;
    if (typeof title !== 'string' || typeof body !== 'string' || typeof hint !== 'string')
      return null;
    return { locale: LOCALES.find((known) => known === locale) ?? 'en-US', title, body, hint };
  } catch {
    return null;
  }
}

/** The notice a page was opened with, or null for the ordinary function file. */
export function noticeFromSearch(search: string): Notice | null {
  return parseNotice(new URLSearchParams(search).get(NOTICE_PARAM));
}

export interface NoticeTiming {
  /** Tries while Office still reports the previous dialog open (its `close` is asynchronous). */
  readonly attempts: number;
  readonly retryDelayMs: number;
}

const DEFAULT_TIMING: NoticeTiming = { attempts: 3, retryDelayMs: 400 };

type Opened = { readonly dialog: Office.Dialog } | { readonly alreadyOpen: true };

function openDialog(url: string): Promise<Opened> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 30, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Failed) {
          resolve({ dialog: result.value });
        } else if (result.error.code === DIALOG_ALREADY_OPEN) {
          resolve({ alreadyOpen: true });
        } else {
          reject(new Error(`${result.error.code}: ${result.error.message}`));
        }
      },
    );
  });
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Shows the notice; resolves once it is in front of the user (not when they
 * close it). Rejects when no dialog could be opened for another reason.
 */
export async function showNotice(
  notice: Notice,
  pageUrl: string,
  storage: UserStorage,
  timing: NoticeTiming = DEFAULT_TIMING,
): Promise<NoticeDelivery> {
  try {
    storage.setItem(LATEST_NOTICE_KEY, JSON.stringify(notice));
  } catch {
    // No storage: an already open notice cannot follow, a new dialog still can.
  }
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return 'no-dialog-api';
  for (let attempt = 1; ; attempt++) {
    const opened = await openDialog(noticeUrl(pageUrl, notice));
    if ('dialog' in opened) return 'dialog';
    if (attempt >= timing.attempts) return 'open-dialog';
    await pause(timing.retryDelayMs);
  }
}
