/**
 * Renders a ribbon command's notice inside its dialog, as text, and follows
 * later notices: one the next command could not open a dialog for (Office
 * allows one at a time) arrives through storage and replaces this one.
 */
import { LATEST_NOTICE_KEY, parseNotice, type Notice } from '../host/notice';

export function renderNotice(document: Document, notice: Notice): void {
  document.documentElement.lang = notice.locale;
  document.title = notice.title;
  const main = document.createElement('main');
  main.setAttribute('role', 'status');
  const heading = document.createElement('h1');
  heading.textContent = notice.title;
  const body = document.createElement('p');
  body.textContent = notice.body;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = notice.hint;
  main.append(heading, body, hint);
  document.body.replaceChildren(main);
}

export function followLatestNotice(window: Window): void {
  window.addEventListener('storage', (event) => {
    if (event.key !== LATEST_NOTICE_KEY) return;
    const next = parseNotice(event.newValue);
    if (next) renderNotice(window.document, next);
  });
}
