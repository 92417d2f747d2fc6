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
  | { readonly phase: 'failed'; readonly error: unknown };

export interface FixControls {
  readonly state: FixState;
  preview(): Promise<void>;
  apply(): Promise<void>;
  cancel(): void;
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

  const apply = useCallback(async () => {
    if (state.phase !== 'preview') return;
    const { changes } = state;
    setState({ phase: 'applying', changes });
    try {
      setState({ phase: 'applied', outcome: await workbook.applyFixes(changes, locale) });
      onApplied?.();
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }, [state, workbook, locale, onApplied]);

  const cancel = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, preview, apply, cancel };
}
