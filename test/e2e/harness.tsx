/**
 * The end-to-end test page: the real pane (`bootPane`, the real gateway)
 * over the in-memory Excel, in place of Office.js. `?lang=en-US` sets Office's
 * display language, `?theme=dark` Office's Black theme; `?office=none` leaves Office out, as in a plain browser
 * tab. The workbook is exposed on `window.opsE2E` for the test.
 */
import { currentMonth, localDay } from '../../src/core';
import { createOpsWorkbook } from '../../src/excel';
import { bootPane } from '../../src/taskpane/boot';
import { createFakeExcel, installFakeOffice, type FakeExcel } from '../fake-excel';
import { seedTeamTracker } from '../taskpane/teamTracker';

declare global {
  interface Window {
    opsE2E: { fake: FakeExcel; month: string; ready: boolean };
  }
}

const params = new URLSearchParams(window.location.search);
const fake = createFakeExcel();
const month = currentMonth(localDay(new Date()));
seedTeamTracker(fake, month);
if (params.get('office') !== 'none') {
  installFakeOffice(fake, {
    displayLanguage: params.get('lang') ?? 'zh-CN',
    ...(params.get('theme') === 'dark' ? { bodyBackgroundColor: '#262626' } : {}),
  });
}
window.opsE2E = { fake, month, ready: false };

const container = document.getElementById('root');
if (container) {
  void bootPane(container, () => createOpsWorkbook()).then(() => {
    window.opsE2E.ready = true;
  });
}
