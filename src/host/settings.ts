/**
 * The pane's settings, each kept where it belongs:
 * - the interface language is a person's choice: it stays on this computer
 *   (browser storage, partitioned with `Office.context.partitionKey`), so a
 *   colleague opening the workbook keeps their own language;
 * - the due-soon window (its days and whether they are calendar or working
 *   days) is a rule of the sheet: it is stored in the document
 *   (`Office.context.document.settings`) and travels with the workbook.
 * Each Office runtime (pane, ribbon function file) holds its own in-memory
 * copy of the document settings, so the ribbon refreshes its copy before
 * reading (`Settings.refreshAsync`).
 */
import { localeFromDisplayLanguage, LOCALES, type Locale } from '../core/i18n';
import type { DueSoonUnit, FactSettings } from '../core/model';

export interface PaneSettings {
  readonly locale: Locale;
  readonly dueSoonDays: number;
  readonly dueSoonUnit: DueSoonUnit;
}

/** The settings the core's facts and highlights take. */
export function factSettingsOf(settings: PaneSettings): FactSettings {
  return { dueSoonDays: settings.dueSoonDays, dueSoonUnit: settings.dueSoonUnit };
}

export const DUE_SOON_DAYS_RANGE = { min: 1, max: 30 } as const;
const DEFAULT_DUE_SOON_DAYS = 3;

export const SETTING_KEYS = {
  locale: 'opsWorkbook.locale',
  dueSoonDays: 'opsWorkbook.dueSoonDays',
  dueSoonUnit: 'opsWorkbook.dueSoonUnit',
} as const;

/** The slice of `Office.Settings` the add-in uses; the fake Office supplies the same. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** `Office.Settings` as the ribbon uses it: re-read from the document first. */
export interface RefreshableSettings extends DocumentSettings {
  refreshAsync(callback?: (result: Office.AsyncResult<unknown>) => void): void;
}

/** The slice of `window.localStorage` the add-in uses. */
export interface UserStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SettingsStore {
  read(): PaneSettings;
  write(settings: PaneSettings): Promise<void>;
}

export interface SettingsPlaces {
  readonly document: DocumentSettings;
  readonly user: UserStorage;
  /** `Office.context.partitionKey`: undefined where storage is not partitioned (Windows). */
  readonly partitionKey?: string | undefined;
  readonly displayLanguage: string | undefined;
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

const localeKey = (partitionKey: string | undefined): string =>
  `${partitionKey ?? ''}${SETTING_KEYS.locale}`;

function storedLocale(places: SettingsPlaces): unknown {
  try {
    return places.user.getItem(localeKey(places.partitionKey));
  } catch {
    // Storage blocked by the browser's settings: the display language decides.
    return null;
  }
}

/** Working days only when the document says so: anything else is calendar days (SPEC §5). */
function dueSoonUnitOf(value: unknown): DueSoonUnit {
  return value === 'workingDays' ? 'workingDays' : 'calendarDays';
}

/**
 * Settings as stored, with every missing or damaged value replaced: the
 * language defaults to Office's display language, the window to 3 calendar days.
 */
export function readPaneSettings(places: SettingsPlaces): PaneSettings {
  const locale = storedLocale(places);
  const days = places.document.get(SETTING_KEYS.dueSoonDays);
  return {
    locale: isLocale(locale) ? locale : localeFromDisplayLanguage(places.displayLanguage),
    dueSoonDays:
      days === null || days === undefined ? DEFAULT_DUE_SOON_DAYS : clampDueSoonDays(days),
    dueSoonUnit: dueSoonUnitOf(places.document.get(SETTING_KEYS.dueSoonUnit)),
  };
}

function settle<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  what: string,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new Error(result.error?.message ?? `${what} failed`));
      } else {
        resolve();
      }
    });
  });
}

export function paneSettingsStore(places: SettingsPlaces): SettingsStore {
  /** A failed save leaves the new values in memory only: the next write must save them. */
  let unsaved = false;
  return {
    read: () => readPaneSettings(places),
    async write(next) {
      if (storedLocale(places) !== next.locale) {
        places.user.setItem(localeKey(places.partitionKey), next.locale);
      }
      const days = clampDueSoonDays(next.dueSoonDays);
      const unit = dueSoonUnitOf(next.dueSoonUnit);
      const stored = readPaneSettings(places);
      // Saving marks the workbook as changed: only when the sheet's rule in force changes.
      if (!unsaved && stored.dueSoonDays === days && stored.dueSoonUnit === unit) return;
      places.document.set(SETTING_KEYS.dueSoonDays, days);
      places.document.set(SETTING_KEYS.dueSoonUnit, unit);
      unsaved = true;
      await settle<void>((callback) => places.document.saveAsync(callback), 'saveAsync');
      unsaved = false;
    },
  };
}

/**
 * What a ribbon command runs with: its runtime's copy of the document
 * settings is refreshed first, so a change saved from the pane (another
 * runtime) counts at once. A failed refresh keeps the copy it has.
 */
export async function freshPaneSettings(
  places: SettingsPlaces & { readonly document: RefreshableSettings },
): Promise<PaneSettings> {
  await settle<unknown>((callback) => places.document.refreshAsync(callback), 'refreshAsync').catch(
    (error: unknown) => console.warn('Document settings not refreshed:', error),
  );
  return readPaneSettings(places);
}
