/** Selecting the row a review line came from; a refusal (a hidden sheet) is kept to show. */
import { useCallback, useState } from 'react';
import type { RowLocation } from '../../core';
import { usePane } from '../PaneContext';

export interface GoToRow {
  goTo(at: RowLocation): Promise<void>;
  readonly failure: unknown;
  dismissFailure(): void;
}

export function useGoToRow(): GoToRow {
  const { workbook } = usePane();
  const [failure, setFailure] = useState<unknown>(null);
  const goTo = useCallback(
    async (at: RowLocation) => {
      setFailure(null);
      try {
        await workbook.selectCell(at.sheet, at.cell);
      } catch (error) {
        setFailure(error);
      }
    },
    [workbook],
  );
  const dismissFailure = useCallback(() => setFailure(null), []);
  return { goTo, failure, dismissFailure };
}
