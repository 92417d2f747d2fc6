/**
 * The function file (dist/commands.html). It tells Office.js it is ready at
 * load (`Office.onReady`): on desktop Office dispatches no command to a
 * function file before that handshake. Then it registers the ribbon's
 * ExecuteFunction commands, as the Office template does. Opened with
 * `?notice=…` the same page is the notice dialog those commands show.
 */
import { localDay } from '../core';
import { createOpsWorkbook } from '../excel';
import { noticeFromSearch, showNotice } from '../host/notice';
import { currentPaneSettings } from '../host/ribbon';
import { browserStorage } from '../host/userStorage';
import { followLatestNotice, renderNotice } from './noticePage';
import { ribbonHandlers } from './ribbon';

const notice = noticeFromSearch(window.location.search);

if (notice) {
  void Office.onReady(() => {
    renderNotice(document, notice);
    followLatestNotice(window);
  });
} else {
  void Office.onReady();
  const handlers = ribbonHandlers({
    workbook: () => createOpsWorkbook(),
    settings: currentPaneSettings,
    displayLanguage: () => Office.context.displayLanguage,
    today: () => localDay(new Date()),
    report: (shown) => showNotice(shown, window.location.href, browserStorage()),
  });
  for (const [name, handler] of Object.entries(handlers)) {
    Office.actions.associate(name, handler);
  }
}
