/**
 * Recalculating the monthly review for a chosen month (default: this month).
 * A month with nothing due is computed first and written only once the user
 * says so (SPEC §12): recalculating it would otherwise put a row of zeros in
 * the review sheet without a word.
 */
import { useCallback, useState } from 'react';
import { currentMonth, type MonthKey } from '../../core';
import type { NothingDue, ReviewOutcome } from '../../app/api';
import { usePane } from '../PaneContext';
import { useOperation, type Operation } from './useOperation';

export type ReviewResult = ReviewOutcome | NothingDue;

export const isNothingDue = (result: ReviewResult): result is NothingDue => 'nothingDue' in result;

export interface ReviewControls {
  readonly operation: Operation<ReviewResult>;
  readonly month: MonthKey;
  chooseMonth(month: MonthKey): void;
  /** Computes the month; writes it unless nothing is due. */
  recalculate(): Promise<void>;
  /** Writes the month even though nothing is due (the user confirmed). */
  writeAnyway(): Promise<void>;
}

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

export function useReview(): ReviewControls {
  const { workbook, locale, factSettings, today } = usePane();
  const operation = useOperation<ReviewResult>();
  const { run } = operation;
  const [month, setMonth] = useState<MonthKey>(() => currentMonth(today()));

  // Only whole months reach the review; anything else keeps the last one.
  const chooseMonth = useCallback((next: MonthKey) => {
    if (MONTH_KEY.test(next)) setMonth(next);
  }, []);

  const options = useCallback(
    () => ({ locale, today: today(), settings: factSettings }),
    [locale, today, factSettings],
  );

  const recalculate = useCallback(
    () => run((onProgress) => workbook.recalculateReviewIfDue(month, options(), onProgress)),
    [run, workbook, month, options],
  );

  const writeAnyway = useCallback(
    () => run((onProgress) => workbook.recalculateReview(month, options(), onProgress)),
    [run, workbook, month, options],
  );

  return { operation, month, chooseMonth, recalculate, writeAnyway };
}
