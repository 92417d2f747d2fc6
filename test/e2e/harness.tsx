/**
 * The end-to-end test page: the real pane (`bootPane`, the real gateway)
 * over the in-memory Excel, in place of Office.js. `?lang=en-US` sets Office's
 * display language, `?theme=dark` Office's Black theme; `?office=none` leaves Office out, as in a plain browser
 * tab; `?excelApi=1.14` a host with that ExcelApi version (default 1.8, the
 * least the add-in runs on): from 1.9 print settings are written, from 1.14
 * the pane watches change events (a person's edit: `opsE2E.fake.workbook.userEdits`).
 * The workbook is exposed on `window.opsE2E` for the test.
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
const excelApi = params.get('excelApi') ?? '1.8';
const minor = Number(excelApi.split('.')[1]);
const fake = createFakeExcel({ pageLayout: minor >= 9, triggerSource: minor >= 14 });
const month = currentMonth(localDay(new Date()));
seedTeamTracker(fake, month);
if (params.get('office') !== 'none') {
  installFakeOffice(fake, {
    displayLanguage: params.get('lang') ?? 'zh-CN',
    requirementSets: { ExcelApi: excelApi, DialogApi: '1.1' },
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
