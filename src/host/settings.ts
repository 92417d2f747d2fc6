/**
 * The pane's settings, stored per document in `Office.context.document.settings`
 * so that they travel with the workbook and the ribbon commands see them too.
 */
import { localeFromDisplayLanguage, LOCALES, type Locale } from '../core/i18n';

export interface PaneSettings {
  readonly locale: Locale;
  readonly dueSoonDays: number;
}

export const DUE_SOON_DAYS_RANGE = { min: 1, max: 30 } as const;
const DEFAULT_DUE_SOON_DAYS = 3;

const KEYS = { locale: 'opsWorkbook.locale', dueSoonDays: 'opsWorkbook.dueSoonDays' } as const;

/** The slice of `Office.Settings` the pane uses; the fake Office supplies the same. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export interface SettingsStore {
  read(): PaneSettings;
  write(settings: PaneSettings): Promise<void>;
}

/** Clamps to 1–30 whole days; anything unreadable falls back to the default. */
export function clampDueSoonDays(value: unknown): number {
  const days = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  if (!Number.isFinite(days)) return DEFAULT_DUE_SOON_DAYS;
  return Math.min(DUE_SOON_DAYS_RANGE.max, Math.max(DUE_SOON_DAYS_RANGE.min, Math.round(days)));
}

function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/**
 * Settings as stored, with every missing or damaged value replaced: the
 * language defaults to Office's display language.
 */
export function readPaneSettings(
  settings: Pick<DocumentSettings, 'get'> | undefined,
  displayLanguage: string | undefined,
): PaneSettings {
  const storedLocale = settings?.get(KEYS.locale);
  const storedDays = settings?.get(KEYS.dueSoonDays);
  return {
    locale: isLocale(storedLocale) ? storedLocale : localeFromDisplayLanguage(displayLanguage),
    dueSoonDays:
      storedDays === null || storedDays === undefined
        ? DEFAULT_DUE_SOON_DAYS
        : clampDueSoonDays(storedDays),
  };
}

export function documentSettingsStore(
  settings: DocumentSettings,
  displayLanguage: string | undefined,
): SettingsStore {
  return {
    read: () => readPaneSettings(settings, displayLanguage),
    write: (next) => {
      settings.set(KEYS.locale, next.locale);
      settings.set(KEYS.dueSoonDays, clampDueSoonDays(next.dueSoonDays));
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            reject(new Error(result.error?.message ?? 'saveAsync failed'));
          } else {
            resolve();
          }
        });
      });
    },
  };
}
