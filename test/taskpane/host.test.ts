import { clampDueSoonDays, documentSettingsStore, readPaneSettings } from '../../src/host/settings';
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

describe('document settings', () => {
  it('defaults to the display language and a 3-day due-soon window', () => {
    expect(readPaneSettings(memorySettings(), 'zh-HK')).toEqual({
      locale: 'zh-CN',
      dueSoonDays: 3,
    });
    expect(readPaneSettings(undefined, 'de-DE')).toEqual({ locale: 'en-US', dueSoonDays: 3 });
  });

  it('prefers what the document stores', () => {
    const settings = memorySettings({
      'opsWorkbook.locale': 'en-US',
      'opsWorkbook.dueSoonDays': 7,
    });
    expect(readPaneSettings(settings, 'zh-CN')).toEqual({ locale: 'en-US', dueSoonDays: 7 });
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

  it('writes both values and saves the document once', async () => {
    const settings = memorySettings();
    const store = documentSettingsStore(settings, 'zh-CN');
    await store.write({ locale: 'en-US', dueSoonDays: 45 });
    expect(settings.values.get('opsWorkbook.locale')).toBe('en-US');
    expect(settings.values.get('opsWorkbook.dueSoonDays')).toBe(30);
    expect(settings.saves).toBe(1);
    expect(store.read()).toEqual({ locale: 'en-US', dueSoonDays: 30 });
  });

  it('rejects with the host’s reason when saving fails', async () => {
    const settings = memorySettings();
    settings.failNextSave = true;
    await expect(
      documentSettingsStore(settings, 'en-US').write({ locale: 'en-US', dueSoonDays: 3 }),
    ).rejects.toThrow('The document is read-only.');
  });
});
