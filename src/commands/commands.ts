/**
 * The function file (dist/commands.html): registers the ribbon's
 * ExecuteFunction commands, at load as the Office template does. Opened with
 * `?notice=…` the same page is the notice dialog those commands show.
 */
import { localDay } from '../core';
import { createOpsWorkbook } from '../excel';
import { closeNotice, noticeFromSearch, showNotice } from '../host/notice';
import { documentPaneSettings } from '../host/ribbon';
import { renderNotice } from './noticePage';
import { ribbonHandlers } from './ribbon';

const notice = noticeFromSearch(window.location.search);

if (notice) {
  void Office.onReady(() => renderNotice(document, notice, closeNotice));
} else {
  const handlers = ribbonHandlers({
    workbook: () => createOpsWorkbook(),
    settings: documentPaneSettings,
    today: () => localDay(new Date()),
    report: (shown) => showNotice(shown, window.location.href),
  });
  for (const [name, handler] of Object.entries(handlers)) {
    Office.actions.associate(name, handler);
  }
}
