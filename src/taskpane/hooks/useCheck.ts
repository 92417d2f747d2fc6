/** Checking the workbook, and selecting an issue's cell. */
import { useCallback, useRef, useState } from 'react';
import type { CheckResult, Issue } from '../../core';
import { usePane } from '../PaneContext';
import { useOperation, type Operation } from './useOperation';

export interface CheckControls {
  readonly operation: Operation<CheckResult>;
  /** A failure to select a cell (the sheet was renamed or deleted since the check). */
  readonly selectFailure: unknown;
  check(): Promise<void>;
  selectIssue(issue: Issue): Promise<void>;
  /** Selects the cell whose selection failed, again. */
  retrySelect(): Promise<void>;
  dismissSelectFailure(): void;
}

export function useCheck(): CheckControls {
  const { workbook, locale, factSettings, today } = usePane();
  const operation = useOperation<CheckResult>();
  const { run } = operation;
  const [selectFailure, setSelectFailure] = useState<unknown>(null);
  const lastSelected = useRef<Issue | null>(null);

  const check = useCallback(
    () =>
      run((onProgress) =>
        workbook.checkWorkbook({ locale, today: today(), settings: factSettings }, onProgress),
      ),
    [run, workbook, locale, today, factSettings],
  );

  const selectIssue = useCallback(
    async (issue: Issue) => {
      lastSelected.current = issue;
      setSelectFailure(null);
      try {
        await workbook.selectCell(issue.sheet, issue.cell);
      } catch (error) {
        setSelectFailure(error);
      }
    },
    [workbook],
  );

  const retrySelect = useCallback(async () => {
    if (lastSelected.current) await selectIssue(lastSelected.current);
  }, [selectIssue]);

  const dismissSelectFailure = useCallback(() => setSelectFailure(null), []);

  return { operation, selectFailure, check, selectIssue, retrySelect, dismissSelectFailure };
}
