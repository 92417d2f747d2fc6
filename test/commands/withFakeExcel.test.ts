/** @jest-environment jsdom */
/** The function file over the in-memory Excel and Office: the ribbon buttons do the real work. */
import { currentMonth, getTemplate, localDay, TEMPLATES } from '../../src/core';
import { LATEST_NOTICE_KEY, parseNotice } from '../../src/host/notice';
import { SETTING_KEYS } from '../../src/host/settings';
import { createFakeExcel, installFakeOffice, type FakeExcel, type FakeOffice } from '../fake-excel';
import { seedTeamTracker, TEAM_SHEET } from '../taskpane/teamTracker';

const MONTH = currentMonth(localDay(new Date()));

describe('ribbon commands over the fake Excel', () => {
  let fake: FakeExcel;
  let office: FakeOffice;

  async function loadFunctionFile(settings: Record<string, unknown> = {}) {
    fake = createFakeExcel();
    office = installFakeOffice(fake, {
      displayLanguage: 'zh-CN',
      requirementSets: { ExcelApi: '1.8', DialogApi: '1.1', SharedRuntime: '1.1' },
      settings,
    });
    window.history.replaceState(null, '', '/commands.html');
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
    });
  }
  beforeEach(() => window.localStorage.clear());
  afterEach(() => office.uninstall());

  async function press(name: string) {
    const run = await office.press(name);
    expect(run).toEqual({ dispatched: true, completed: true, timedOut: false });
  }

  it('Insert templates inserts every template’s table in the interface language and completes with its notice still open', async () => {
    await loadFunctionFile();
    await press('insertTemplates');
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(
      TEMPLATES.map((template) => template.sheetName['zh-CN']),
    );
    expect(office.document.dialog?.closed).toBe(false);
    expect(office.document.dialog?.url).toContain(encodeURIComponent('模板已插入'));
    expect(office.shownAsTaskpane.count).toBe(0);
  });

  it('a second press while the first notice is open is not queued behind it, and its notice is not lost', async () => {
    await loadFunctionFile();
    seedTeamTracker(fake, MONTH);
    await press('checkSheet');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await press('recalculateReview');
    warn.mockRestore();
    expect(office.document.dialogs).toHaveLength(1);
    const latest = parseNotice(window.localStorage.getItem(LATEST_NOTICE_KEY));
    expect(latest?.title).toBe(`${MONTH} 复盘已重算`);
  });

  it('Check and Recalculate review run in the language this person chose on this computer', async () => {
    window.localStorage.setItem(SETTING_KEYS.locale, 'en-US');
    await loadFunctionFile({ [SETTING_KEYS.locale]: 'zh-CN' });
    seedTeamTracker(fake, MONTH);
    await press('checkSheet');
    office.userClosesDialog();
    await press('recalculateReview');
    const review = fake.workbook.sheetNamed(getTemplate('review').sheetName['en-US']);
    expect(review.cell('A2').value).toBe(MONTH);
    expect(fake.workbook.sheet(TEAM_SHEET)).toBeDefined();
    expect(office.document.dialogs).toHaveLength(2);
  });

  it('a function file that skips the handshake is never called (the old page)', async () => {
    fake = createFakeExcel();
    office = installFakeOffice(fake);
    Office.actions.associate('checkSheet', () => undefined);
    expect(await office.press('checkSheet')).toEqual({
      dispatched: false,
      completed: false,
      timedOut: false,
    });
  });
});
