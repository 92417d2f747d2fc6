/** What the ribbon commands read from the host: the document's settings. */
import { readPaneSettings, type PaneSettings } from './settings';

export function documentPaneSettings(): PaneSettings {
  return readPaneSettings(Office.context.document.settings, Office.context.displayLanguage);
}
