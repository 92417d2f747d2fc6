/**
 * Everything the task pane needs from the Office host, read once at start-up:
 * whether we run inside Excel, the display language, the theme and the
 * document's settings.
 */
import { documentSettingsStore, type SettingsStore } from './settings';
import { themeFromBackground, type PaneTheme } from './theme';

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

export function officeHost(): PaneHost {
  const displayLanguage = Office.context.displayLanguage;
  return {
    displayLanguage,
    theme: themeFromBackground(officeTheme()?.bodyBackgroundColor),
    settings: documentSettingsStore(Office.context.document.settings, displayLanguage),
  };
}
