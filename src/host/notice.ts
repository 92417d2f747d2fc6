/**
 * A short notice the ribbon commands show after their work: a dialog opened
 * on the function file's own page (`commands.html?notice=…`), because a
 * function file has no UI of its own. The notice travels in the URL as JSON
 * and is rendered as text.
 */
import { LOCALES, type Locale } from '../core/i18n';

export interface Notice {
  readonly locale: Locale;
  readonly title: string;
  readonly body: string;
  /** Label of the button that closes the notice. */
  readonly ok: string;
}

const NOTICE_PARAM = 'notice';

export function noticeUrl(pageUrl: string, notice: Notice): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set(NOTICE_PARAM, JSON.stringify(notice));
  return url.toString();
}

/** The notice a page was opened with, or null for the ordinary function file. */
export function noticeFromSearch(search: string): Notice | null {
  const raw = new URLSearchParams(search).get(NOTICE_PARAM);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { locale, title, body, ok } = value as Record<string, unknown>;
    if (typeof title !== 'string' || typeof body !== 'string' || typeof ok !== 'string')
      return null;
    return { locale: LOCALES.find((known) => known === locale) ?? 'en-US', title, body, ok };
  } catch {
    return null;
  }
}

/**
 * Shows the pane where the host can (SharedRuntime 1.1), then the notice in a
 * dialog where dialogs are supported; resolves once the user closed it.
 */
export async function showNotice(notice: Notice, pageUrl: string): Promise<void> {
  const { requirements } = Office.context;
  if (requirements.isSetSupported('SharedRuntime', '1.1')) {
    await Office.addin.showAsTaskpane();
  }
  if (!requirements.isSetSupported('DialogApi', '1.1')) return;
  await new Promise<void>((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      noticeUrl(pageUrl, notice),
      { height: 30, width: 30, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          reject(new Error(result.error.message));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        // The user closed the dialog with its own close button.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}

/** Inside the notice dialog: tells the function file the user is done. */
export function closeNotice(): void {
  Office.context.ui.messageParent('closed');
}
