/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import {
  checkResult,
  installOfficeEnums,
  memorySettings,
  openTab,
  renderPane,
  scriptedWorkbook,
} from './support';
import { memoryStorage } from '../../src/host/userStorage';

beforeAll(installOfficeEnums);

async function openSettings(pane: ReturnType<typeof renderPane>, tab: string, language: string) {
  await pane.user.click(screen.getByRole('tab', { name: tab }));
  return screen.findByRole('radiogroup', { name: language });
}

describe('Settings screen', () => {
  it('defaults the interface language to Office’s display language', () => {
    renderPane(scriptedWorkbook(), { displayLanguage: 'zh-TW' });
    expect(screen.getByRole('tab', { name: '模板' })).toBeTruthy();
  });

  it('uses English for a non-Chinese display language', () => {
    renderPane(scriptedWorkbook(), { displayLanguage: 'fr-FR' });
    expect(screen.getByRole('tab', { name: 'Templates' })).toBeTruthy();
  });

  it('switches the interface language at once and keeps it on this computer, not in the document', async () => {
    const pane = renderPane(scriptedWorkbook(), { displayLanguage: 'zh-CN' });
    await openSettings(pane, '设置', '界面语言');
    await pane.user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeTruthy();
    expect(pane.storage.getItem('opsWorkbook.locale')).toBe('en-US');
    expect(pane.settings.values.has('opsWorkbook.locale')).toBe(false);
    expect(pane.settings.saves).toBe(0);
  });

  it('stores the due-soon days (1–30) and Check uses them', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValue(checkResult([]));
    const settings = memorySettings({ 'opsWorkbook.dueSoonDays': 29 });
    const pane = renderPane(workbook, { settings, locale: 'en-US' });
    await openSettings(pane, 'Settings', 'Interface language');
    const days = screen.getByRole('spinbutton', { name: 'Due-soon window in days (1–30)' });
    expect((days as HTMLInputElement).value).toBe('29');
    await pane.user.click(days);
    await pane.user.keyboard('{ArrowUp}{ArrowUp}');
    expect(settings.values.get('opsWorkbook.dueSoonDays')).toBe(30);
    expect(
      screen.getByText('Open tasks due within 30 days from today count as due soon.'),
    ).toBeTruthy();
    await openTab(pane, 'Check', 'Check workbook');
    await pane.user.click(screen.getByRole('button', { name: 'Check workbook' }));
    expect(workbook.checkWorkbook.mock.calls[0]?.[0].settings).toEqual({
      dueSoonDays: 30,
      dueSoonUnit: 'calendarDays',
    });
  });

  it('counts the due-soon days as working days when chosen, stored in the document, and Check uses it', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValue(checkResult([]));
    const settings = memorySettings({ 'opsWorkbook.dueSoonDays': 3 });
    const pane = renderPane(workbook, { settings, locale: 'zh-CN' });
    await openSettings(pane, '设置', '界面语言');
    const unit = screen.getByRole('radiogroup', { name: '临期天数的计算方式' });
    expect(screen.getByRole('radio', { name: '自然日' })).toHaveProperty('checked', true);
    await pane.user.click(screen.getByRole('radio', { name: '工作日（按法定节假日和调休补班）' }));
    expect(unit).toBeTruthy();
    expect(settings.values.get('opsWorkbook.dueSoonUnit')).toBe('workingDays');
    expect(screen.getByText('截止日期在今天起 3 个工作日内的未完成任务视为临期。')).toBeTruthy();
    await openTab(pane, '检查', '检查工作簿');
    await pane.user.click(screen.getByRole('button', { name: '检查工作簿' }));
    expect(workbook.checkWorkbook.mock.calls[0]?.[0].settings).toEqual({
      dueSoonDays: 3,
      dueSoonUnit: 'workingDays',
    });
  });

  it('says which years the working-day calendar covers and how to add one', async () => {
    const pane = renderPane(scriptedWorkbook(), { locale: 'en-US' });
    await openSettings(pane, 'Settings', 'Interface language');
    expect(
      screen.getByText(
        /^The working-day calendar covers 2004–2026\. Other years count Monday–Friday/,
      ),
    ).toBeTruthy();
  });

  it('the coverage includes the years of the workbook’s own work calendar table (zh-CN)', async () => {
    const workbook = scriptedWorkbook();
    workbook.describeWorkbook.mockResolvedValue({
      kinds: new Set(['calendar']),
      calendarYears: [2026, 2027, 2029],
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openSettings(pane, '设置', '界面语言');
    expect(await screen.findByText(/^工作日历覆盖 2004–2027、2029 年。/)).toBeTruthy();
    // Shown again, the tab reads the workbook again: the table may have changed meanwhile.
    expect(workbook.describeWorkbook.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('takes typed days, clamped, and ignores text that is no number', async () => {
    const settings = memorySettings({ 'opsWorkbook.dueSoonDays': 5 });
    const pane = renderPane(scriptedWorkbook(), { settings, locale: 'en-US' });
    await openSettings(pane, 'Settings', 'Interface language');
    const days = screen.getByRole('spinbutton');
    await pane.user.clear(days);
    await pane.user.type(days, 'soon{Enter}');
    expect(settings.values.get('opsWorkbook.dueSoonDays')).toBe(5);
    await pane.user.clear(days);
    await pane.user.type(days, '45{Enter}');
    expect(settings.values.get('opsWorkbook.dueSoonDays')).toBe(30);
    expect((days as HTMLInputElement).value).toBe('30');
  });

  it('reads damaged stored settings as the defaults', async () => {
    const settings = memorySettings({ 'opsWorkbook.dueSoonDays': 'soon' });
    const storage = memoryStorage();
    storage.setItem('opsWorkbook.locale', 'fr');
    const pane = renderPane(scriptedWorkbook(), { settings, storage, displayLanguage: 'en-GB' });
    await openSettings(pane, 'Settings', 'Interface language');
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('3');
  });

  it('says so when the document cannot save its settings', async () => {
    const settings = memorySettings();
    const pane = renderPane(scriptedWorkbook(), { settings, locale: 'en-US' });
    await openSettings(pane, 'Settings', 'Interface language');
    settings.failNextSave = true;
    const days = screen.getByRole('spinbutton');
    await pane.user.clear(days);
    await pane.user.type(days, '7{Enter}');
    expect(
      await screen.findByText('Something unexpected went wrong: The document is read-only.'),
    ).toBeTruthy();
    // Try again saves the settings in force: the 7 days reach the document.
    const saves = settings.saves;
    await pane.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(screen.queryByText(/read-only/)).toBeNull();
    expect(settings.saves).toBe(saves + 1);
  });

  it.each([
    ['zh-CN', '设置', '界面语言'],
    ['en-US', 'Settings', 'Interface language'],
  ] as const)('has no accessibility violations (%s)', async (locale, tab, label) => {
    const pane = renderPane(scriptedWorkbook(), { locale });
    await openSettings(pane, tab, label);
    expect(await axe(pane.container)).toHaveNoViolations();
  });
});
