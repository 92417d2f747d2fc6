/** Recalculating the monthly review for a chosen month (default: this month). */
import { useCallback, useState } from 'react';
import { currentMonth, type MonthKey } from '../../core';
import type { ReviewOutcome } from '../../app/api';
import { usePane } from '../PaneContext';
import { useOperation, type Operation } from './useOperation';

export interface ReviewControls {
  readonly operation: Operation<ReviewOutcome>;
  readonly month: MonthKey;
  chooseMonth(month: MonthKey): void;
  recalculate(): Promise<void>;
}

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

export function useReview(): ReviewControls {
  const { workbook, locale, factSettings, today } = usePane();
  const operation = useOperation<ReviewOutcome>();
  const { run } = operation;
  const [month, setMonth] = useState<MonthKey>(() => currentMonth(today()));

  // Only whole months reach the review; anything else keeps the last one.
  const chooseMonth = useCallback((next: MonthKey) => {
    if (MONTH_KEY.test(next)) setMonth(next);
  }, []);

  const recalculate = useCallback(
    () =>
      run((onProgress) =>
        workbook.recalculateReview(
          month,
          { locale, today: today(), settings: factSettings },
          onProgress,
        ),
      ),
    [run, workbook, month, locale, today, factSettings],
  );

  return { operation, month, chooseMonth, recalculate };
}
