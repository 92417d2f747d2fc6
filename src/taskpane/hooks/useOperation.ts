/**
 * The life of one long-running use case as the screen sees it: idle →
 * running (with the step in progress) → done with a result, or failed with
 * the error. A newer run supersedes an older one; results arriving after the
 * screen unmounted are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgressStep } from '../../app/api';

export type OperationState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly step: ProgressStep | null }
  | { readonly status: 'done'; readonly result: T }
  | { readonly status: 'failed'; readonly error: unknown };

export interface Operation<T> {
  readonly state: OperationState<T>;
  /** The last successful result, kept while a new run is in progress. */
  readonly lastResult: T | null;
  run(work: (onProgress: (step: ProgressStep) => void) => Promise<T>): Promise<void>;
  /** Runs the last work again (the failure bar's Retry). */
  retry(): Promise<void>;
  dismissFailure(): void;
}

type Work<T> = (onProgress: (step: ProgressStep) => void) => Promise<T>;

export function useOperation<T>(): Operation<T> {
  const [state, setState] = useState<OperationState<T>>({ status: 'idle' });
  const [lastResult, setLastResult] = useState<T | null>(null);
  const latestRun = useRef(0);
  const lastWork = useRef<Work<T> | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (work: Work<T>) => {
    lastWork.current = work;
    const runId = ++latestRun.current;
    const current = () => mounted.current && runId === latestRun.current;
    setState({ status: 'running', step: null });
    try {
      const result = await work((step) => {
        if (current()) setState({ status: 'running', step });
      });
      if (!current()) return;
      setLastResult(result);
      setState({ status: 'done', result });
    } catch (error) {
      if (current()) setState({ status: 'failed', error });
    }
  }, []);

  const retry = useCallback(async () => {
    if (lastWork.current) await run(lastWork.current);
  }, [run]);

  const dismissFailure = useCallback(() => {
    setState((previous) => (previous.status === 'failed' ? { status: 'idle' } : previous));
  }, []);

  return { state, lastResult, run, retry, dismissFailure };
}
