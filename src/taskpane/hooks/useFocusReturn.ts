/**
 * Where focus goes when the control that had it goes away. The nothing-due
 * question and the stale-result notice both vanish once answered (the run
 * they start hides them), and the tab's main button is disabled while the
 * run lasts, so it cannot take focus at once: the browser would leave
 * focus on the page body, and a keyboard user would start again from the
 * top of the pane. Instead the main button gets focus back once the run is
 * over, unless the user has meanwhile put focus somewhere else.
 */
import { useCallback, useEffect, useRef } from 'react';

export interface FocusReturn {
  /** The button that takes focus back. */
  readonly target: React.RefObject<HTMLButtonElement>;
  /** Call as the focused control starts a run that will remove it. */
  returnAfterRun(): void;
}

export function useFocusReturn(busy: boolean): FocusReturn {
  const target = useRef<HTMLButtonElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (busy || !pending.current) return;
    pending.current = false;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) target.current?.focus();
  }, [busy]);
  const returnAfterRun = useCallback(() => {
    pending.current = true;
  }, []);
  return { target, returnAfterRun };
}
