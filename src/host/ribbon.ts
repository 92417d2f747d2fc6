/** What the ribbon commands read from the host: settings as they are now, not as this runtime first loaded them. */
import { officeSettingsPlaces } from './office';
import { freshPaneSettings, type PaneSettings } from './settings';

export function currentPaneSettings(): Promise<PaneSettings> {
  return freshPaneSettings(officeSettingsPlaces());
}
