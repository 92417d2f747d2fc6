/** @jest-environment jsdom */
/** Separate runtimes: the ribbon's copy of the document settings, and the person's language. */
import { currentPaneSettings } from '../../src/host/ribbon';
import { officeHost } from '../../src/host/office';
import { readPaneSettings, SETTING_KEYS } from '../../src/host/settings';
import { ribbonHandlers } from '../../src/commands/ribbon';
import { createFakeDocument, createFakeExcel, installFakeOffice } from '../fake-excel';

beforeEach(() => window.localStorage.clear());

describe('settings across the pane and ribbon runtimes', () => {
  it('the ribbon sees due-soon days the pane saved after the ribbon runtime started', async () => {
    const fake = createFakeExcel();
    const document = createFakeDocument({ [SETTING_KEYS.dueSoonDays]: 3 });
    const ribbon = installFakeOffice(fake, { document });
    const pane = installFakeOffice(fake, { document });
    await officeHost().settings.write({
      locale: 'zh-CN',
      dueSoonDays: 9,
      dueSoonUnit: 'calendarDays',
    });
    pane.uninstall();
    ribbon.activate();
    // This runtime's own copy is still the one it loaded: reading it alone is stale.
    expect(
      readPaneSettings({
        document: Office.context.document.settings,
        user: window.localStorage,
        displayLanguage: 'zh-CN',
      }).dueSoonDays,
    ).toBe(3);
    expect((await currentPaneSettings()).dueSoonDays).toBe(9);
    ribbon.uninstall();
  });

  it('a command runs with the refreshed settings', async () => {
    const fake = createFakeExcel();
    const document = createFakeDocument({ [SETTING_KEYS.dueSoonDays]: 3 });
    const ribbon = installFakeOffice(fake, { document });
    document.saved[SETTING_KEYS.dueSoonDays] = 12;
    const checkWorkbook = jest
      .fn()
      .mockResolvedValue({ sheets: [], issues: [], errors: 0, warnings: 0, rowsChecked: 0 });
    const handlers = ribbonHandlers({
      workbook: () => ({ checkWorkbook }) as never,
      settings: currentPaneSettings,
      displayLanguage: () => 'en-US',
      today: () => '2026-11-25',
      report: async () => 'dialog',
    });
    await handlers.checkSheet({ completed: () => undefined });
    expect(checkWorkbook.mock.calls[0]?.[0].settings).toEqual({
      dueSoonDays: 12,
      dueSoonUnit: 'calendarDays',
    });
    ribbon.uninstall();
  });

  it('in a shared runtime pane and commands hold one copy', async () => {
    const fake = createFakeExcel();
    const document = createFakeDocument();
    const first = installFakeOffice(fake, { document, sharedRuntime: true });
    Office.context.document.settings.set('x', 1);
    const second = installFakeOffice(fake, { document, sharedRuntime: true });
    expect(Office.context.document.settings.get('x')).toBe(1);
    await expect(Office.addin.showAsTaskpane()).resolves.toBeUndefined();
    second.uninstall();
    first.uninstall();
  });

  it('the language is this person’s: it stays on this computer and never enters the document', async () => {
    const fake = createFakeExcel();
    const document = createFakeDocument({ [SETTING_KEYS.locale]: 'en-US' });
    const office = installFakeOffice(fake, {
      document,
      displayLanguage: 'zh-CN',
      partitionKey: 'p1:',
    });
    const host = officeHost();
    // The sender's language stored in an older workbook is not the reader's.
    expect(host.settings.read().locale).toBe('zh-CN');
    await host.settings.write({ locale: 'en-US', dueSoonDays: 3, dueSoonUnit: 'calendarDays' });
    expect(window.localStorage.getItem(`p1:${SETTING_KEYS.locale}`)).toBe('en-US');
    expect(document.saved).toEqual({ [SETTING_KEYS.locale]: 'en-US' });
    expect(host.settings.read()).toEqual({
      locale: 'en-US',
      dueSoonDays: 3,
      dueSoonUnit: 'calendarDays',
    });
    office.uninstall();
  });
});
