/**
 * What the workbook already holds (our tables by kind, the work calendar's
 * years), read when the pane opens and again on `refresh` (a tab shown, an
 * insert done). A failed read keeps what was known: the gallery then simply
 * does not say "already in this workbook".
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookHoldings } from '../../app/api';
import { usePane } from '../PaneContext';

export interface HoldingsControls {
  /** Null until the first read. */
  readonly holdings: WorkbookHoldings | null;
  refresh(): void;
}

export function useHoldings(): HoldingsControls {
  const { workbook } = usePane();
  const [holdings, setHoldings] = useState<WorkbookHoldings | null>(null);
  const latest = useRef(0);
  const mounted = useRef(true);

  const refresh = useCallback(() => {
    const read = ++latest.current;
    workbook
      .describeWorkbook()
      .then((next) => {
        if (mounted.current && read === latest.current) setHoldings(next);
      })
      .catch(() => undefined);
  }, [workbook]);

  useEffect(() => {
    mounted.current = true;
    refresh();
    return () => {
      mounted.current = false;
    };
  }, [refresh]);

  return { holdings, refresh };
}
