/**
 * The document's settings: applied to the pane at once, then saved in the
 * workbook. A failed save keeps the new value for this session and says so.
 */
import { useCallback, useRef, useState } from 'react';
import type { PaneSettings, SettingsStore } from '../../host/settings';

export type SaveState = 'idle' | 'saving' | 'saved' | { readonly failed: unknown };

export interface SettingsControls {
  readonly settings: PaneSettings;
  readonly saveState: SaveState;
  update(change: Partial<PaneSettings>): Promise<void>;
  /** Saves the settings in force again, after a failed save. */
  retrySave(): Promise<void>;
  dismissFailure(): void;
}

export function useSettings(store: SettingsStore): SettingsControls {
  const [settings, setSettings] = useState<PaneSettings>(() => store.read());
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const latest = useRef(settings);
  const latestSave = useRef(0);

  const update = useCallback(
    async (change: Partial<PaneSettings>) => {
      const next = { ...latest.current, ...change };
      latest.current = next;
      setSettings(next);
      const saveId = ++latestSave.current;
      setSaveState('saving');
      try {
        await store.write(next);
        if (saveId === latestSave.current) setSaveState('saved');
      } catch (error) {
        if (saveId === latestSave.current) setSaveState({ failed: error });
      }
    },
    [store],
  );

  const retrySave = useCallback(() => update({}), [update]);

  const dismissFailure = useCallback(() => setSaveState('idle'), []);

  return { settings, saveState, update, retrySave, dismissFailure };
}
