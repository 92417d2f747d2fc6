import { clampDueSoonDays, paneSettingsStore, readPaneSettings } from '../../src/host/settings';
import { memoryStorage } from '../../src/host/userStorage';
import { themeFromBackground } from '../../src/host/theme';
import { installOfficeEnums, memorySettings } from './support';

beforeAll(installOfficeEnums);

describe('Office theme', () => {
  it.each([
    ['#FFFFFF', 'light'],
    ['#F3F2F1', 'light'],
    ['#262626', 'dark'],
    ['#000000', 'dark'],
    ['#1f1f1f', 'dark'],
    [undefined, 'light'],
    ['not a colour', 'light'],
  ] as const)('body background %s → %s theme', (background, theme) => {
    expect(themeFromBackground(background)).toBe(theme);
  });
});

describe('settings: the language on this computer, the sheet rules in the document', () => {
  const places = (
    document = memorySettings(),
    user = memoryStorage(),
    displayLanguage: string | undefined = 'zh-CN',
  ) => ({ document, user, displayLanguage });

  it('defaults to the display language and a 3-day due-soon window', () => {
    expect(readPaneSettings(places(memorySettings(), memoryStorage(), 'zh-HK'))).toEqual({
      locale: 'zh-CN',
      dueSoonDays: 3,
      dueSoonUnit: 'calendarDays',
    });
    expect(readPaneSettings(places(memorySettings(), memoryStorage(), 'de-DE'))).toEqual({
      locale: 'en-US',
      dueSoonDays: 3,
      dueSoonUnit: 'calendarDays',
    });
  });

  it('takes the language from this computer and the days from the document', () => {
    const user = memoryStorage();
    user.setItem('opsWorkbook.locale', 'en-US');
    const document = memorySettings({
      'opsWorkbook.locale': 'zh-CN',
      'opsWorkbook.dueSoonDays': 7,
    });
    expect(readPaneSettings(places(document, user))).toEqual({
      locale: 'en-US',
      dueSoonDays: 7,
      dueSoonUnit: 'calendarDays',
    });
  });

  it('falls back to the display language where the browser refuses storage', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(readPaneSettings(places(memorySettings(), blocked, 'en-US')).locale).toBe('en-US');
  });

  it.each([
    [0, 1],
    [-5, 1],
    [31, 30],
    [2.6, 3],
    ['12', 12],
    ['soon', 3],
    [Number.NaN, 3],
  ])('clamps due-soon days %p to %p', (input, expected) => {
    expect(clampDueSoonDays(input)).toBe(expected);
  });

  it('writes the language to this computer and saves the document only when the days change', async () => {
    const document = memorySettings();
    const user = memoryStorage();
    const store = paneSettingsStore(places(document, user));
    await store.write({ locale: 'en-US', dueSoonDays: 45, dueSoonUnit: 'calendarDays' });
    expect(user.getItem('opsWorkbook.locale')).toBe('en-US');
    expect(document.values.has('opsWorkbook.locale')).toBe(false);
    expect(document.values.get('opsWorkbook.dueSoonDays')).toBe(30);
    expect(document.saves).toBe(1);
    await store.write({ locale: 'zh-CN', dueSoonDays: 30, dueSoonUnit: 'calendarDays' });
    expect(document.saves).toBe(1);
    expect(store.read()).toEqual({ locale: 'zh-CN', dueSoonDays: 30, dueSoonUnit: 'calendarDays' });
  });

  it('keeps the due-soon unit in the document: working days only when it says so', async () => {
    const document = memorySettings({ 'opsWorkbook.dueSoonUnit': 'workingDays' });
    expect(readPaneSettings(places(document)).dueSoonUnit).toBe('workingDays');
    expect(
      readPaneSettings(places(memorySettings({ 'opsWorkbook.dueSoonUnit': 'weeks' }))).dueSoonUnit,
    ).toBe('calendarDays');
    const store = paneSettingsStore(places(document));
    await store.write({ locale: 'zh-CN', dueSoonDays: 3, dueSoonUnit: 'workingDays' });
    expect(document.saves).toBe(0);
    await store.write({ locale: 'zh-CN', dueSoonDays: 3, dueSoonUnit: 'calendarDays' });
    expect(document.values.get('opsWorkbook.dueSoonUnit')).toBe('calendarDays');
    expect(document.saves).toBe(1);
  });

  it('rejects with the host’s reason when saving fails', async () => {
    const document = memorySettings();
    document.failNextSave = true;
    await expect(
      paneSettingsStore(places(document)).write({
        locale: 'en-US',
        dueSoonDays: 5,
        dueSoonUnit: 'calendarDays',
      }),
    ).rejects.toThrow('The document is read-only.');
  });

  it('after a failed save, writing the same settings again saves them (Try again)', async () => {
    const document = memorySettings();
    const store = paneSettingsStore(places(document));
    const next = { locale: 'en-US', dueSoonDays: 5, dueSoonUnit: 'calendarDays' } as const;
    document.failNextSave = true;
    await expect(store.write(next)).rejects.toThrow('The document is read-only.');
    await store.write(next);
    expect(document.saves).toBe(1);
    await store.write(next);
    expect(document.saves).toBe(1);
  });
});
