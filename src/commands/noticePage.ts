/** Renders a ribbon command's notice inside its dialog, as text. */
import type { Notice } from '../host/notice';

export function renderNotice(document: Document, notice: Notice, onClose: () => void): void {
  document.documentElement.lang = notice.locale;
  document.title = notice.title;
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = notice.title;
  const body = document.createElement('p');
  body.textContent = notice.body;
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.textContent = notice.ok;
  ok.addEventListener('click', onClose);
  main.append(heading, body, ok);
  document.body.replaceChildren(main);
  ok.focus();
}
