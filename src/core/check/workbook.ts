/** Check: every problem in the workbook's trackers and collaboration logs, counted by severity. */
import type { EngineOptions } from '../engine';
import type { CheckResult, Grid } from '../model';
import { readWorkbook } from '../read/workbook';

export function checkWorkbook(grids: readonly Grid[], options: EngineOptions): CheckResult {
  const reading = readWorkbook(grids, options);
  let errors = 0;
  for (const issue of reading.issues) if (issue.severity === 'error') errors += 1;
  return {
    issues: reading.issues,
    errors,
    warnings: reading.issues.length - errors,
    rowsChecked: reading.rowsChecked,
    sheets: reading.sheets,
  };
}
