/**
 * Whether the workbook changed after a result was shown (issue 14: results
 * say when they are out of date). Watches change events where the host has them;
 * where it has not, or watching fails, nothing is ever stale and nothing is
 * reported: the notice is a courtesy, not a guarantee.
 */
import { useEffect, useState } from 'react';
import { usePane } from '../PaneContext';

/** True once the workbook changes after `result` appeared; a new result starts afresh. */
export function useStale(result: unknown): boolean {
  const { workbook } = usePane();
  const [changedAfter, setChangedAfter] = useState<unknown>(null);

  useEffect(() => {
    if (result === null) return undefined;
    let stop: (() => void) | null = null;
    let active = true;
    workbook
      .watchChanges(() => setChangedAfter(result))
      .then((unwatch) => {
        if (active) stop = unwatch;
        else unwatch();
      })
      .catch(() => undefined);
    return () => {
      active = false;
      stop?.();
    };
  }, [workbook, result]);

  return result !== null && changedAfter === result;
}
