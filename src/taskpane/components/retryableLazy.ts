/**
 * A lazily loaded screen whose failed load can be tried again. React keeps a
 * `lazy` component's rejected load for good, so a chunk that failed to load
 * (a dropped connection) would fail again on every render; `reset` starts a
 * fresh load for the next render.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** As `React.lazy` takes it: a component whatever its props. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Screen = ComponentType<any>;

export interface RetryableLazy<T extends Screen> {
  current(): LazyExoticComponent<T>;
  reset(): void;
}

export function retryableLazy<T extends Screen>(
  load: () => Promise<{ default: T }>,
): RetryableLazy<T> {
  let component = lazy(load);
  return {
    current: () => component,
    reset: () => {
      component = lazy(load);
    },
  };
}
