/**
 * Everything the task pane needs from the Office host, read once at start-up:
 * whether we run inside Excel, the display language, the theme and the
 * settings (the person's language on this computer, the sheet's rules in the
 * document).
 */
import { paneSettingsStore, type SettingsPlaces, type SettingsStore } from './settings';
import { themeFromBackground, type PaneTheme } from './theme';
import { browserStorage } from './userStorage';

export interface PaneHost {
  readonly displayLanguage: string | undefined;
  readonly theme: PaneTheme;
  readonly settings: SettingsStore;
}

/**
 * Resolves true inside Excel. In a plain browser tab Office.js either did not
 * load (no network, blocked) or reports no host.
 */
export async function runsInExcel(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

function officeTheme(): Office.OfficeTheme | undefined {
  // Not every Excel platform exposes a theme (Excel on the web lacks it in some versions).
  try {
    return Office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/** Where this runtime finds the settings: its copy of the document's, and this computer's storage. */
export function officeSettingsPlaces(): SettingsPlaces & {
  readonly document: Office.Settings;
} {
  return {
    document: Office.context.document.settings,
    user: browserStorage(),
    partitionKey: Office.context.partitionKey,
    displayLanguage: Office.context.displayLanguage,
  };
}

export function officeHost(): PaneHost {
  return {
    displayLanguage: Office.context.displayLanguage,
    theme: themeFromBackground(officeTheme()?.bodyBackgroundColor),
    settings: paneSettingsStore(officeSettingsPlaces()),
  };
}
