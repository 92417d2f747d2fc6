/** SPEC §13 Fix from the pane: preview every change, then apply exactly those, or cancel. */
import { useCallback, useState } from 'react';
import type { FixChange } from '../../core/fix';
import type { FixOutcome } from '../../app/api';
import { usePane } from '../PaneContext';

export type FixState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'previewing' }
  | { readonly phase: 'preview'; readonly changes: readonly FixChange[] }
  | { readonly phase: 'applying'; readonly changes: readonly FixChange[] }
  | { readonly phase: 'applied'; readonly outcome: FixOutcome }
  | {
      readonly phase: 'failed';
      readonly error: unknown;
      /** The preview's changes when applying them failed: Retry applies them again. */
      readonly changes?: readonly FixChange[];
    };

export interface FixControls {
  readonly state: FixState;
  preview(): Promise<void>;
  apply(): Promise<void>;
  cancel(): void;
  /** After a failure: previews again, or applies the same changes again. */
  retry(): Promise<void>;
}

export function useFix(onApplied?: () => void): FixControls {
  const { workbook, locale } = usePane();
  const [state, setState] = useState<FixState>({ phase: 'idle' });

  const preview = useCallback(async () => {
    setState({ phase: 'previewing' });
    try {
      setState({ phase: 'preview', changes: await workbook.previewFixes() });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }, [workbook]);

  const applyChanges = useCallback(
    async (changes: readonly FixChange[]) => {
      setState({ phase: 'applying', changes });
      try {
        setState({ phase: 'applied', outcome: await workbook.applyFixes(changes, locale) });
        onApplied?.();
      } catch (error) {
        setState({ phase: 'failed', error, changes });
      }
    },
    [workbook, locale, onApplied],
  );

  const apply = useCallback(async () => {
    if (state.phase === 'preview') await applyChanges(state.changes);
  }, [state, applyChanges]);

  const retry = useCallback(async () => {
    if (state.phase !== 'failed') return;
    await (state.changes ? applyChanges(state.changes) : preview());
  }, [state, applyChanges, preview]);

  const cancel = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, preview, apply, cancel, retry };
}
