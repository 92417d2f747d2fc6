/** Selecting the row a review line came from; a refusal (a hidden sheet) is kept to show. */
import { useCallback, useRef, useState } from 'react';
import type { RowLocation } from '../../core';
import { usePane } from '../PaneContext';

export interface GoToRow {
  goTo(at: RowLocation): Promise<void>;
  readonly failure: unknown;
  /** Selects the row whose selection failed, again. */
  retry(): Promise<void>;
  dismissFailure(): void;
}

export function useGoToRow(): GoToRow {
  const { workbook } = usePane();
  const [failure, setFailure] = useState<unknown>(null);
  const last = useRef<RowLocation | null>(null);
  const goTo = useCallback(
    async (at: RowLocation) => {
      last.current = at;
      setFailure(null);
      try {
        await workbook.selectCell(at.sheet, at.cell);
      } catch (error) {
        setFailure(error);
      }
    },
    [workbook],
  );
  const retry = useCallback(async () => {
    if (last.current) await goTo(last.current);
  }, [goTo]);
  const dismissFailure = useCallback(() => setFailure(null), []);
  return { goTo, failure, retry, dismissFailure };
}
