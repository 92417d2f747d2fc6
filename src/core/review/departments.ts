/**
 * The department block beside the review table (title, headers, one row per
 * department for month M) and the chart drawn from it. Both sit at a fixed
 * place relative to the table, so a recalculation finds and replaces its own.
 */
import type { Locale } from '../i18n';
import { coreText } from '../messages';
import type { Grid, ReviewModel } from '../model';
import type { ChartRequest, DepartmentBlock, PlanCell } from '../plan';
import { TEXT } from '../templates/formats';
import { cellText, isBlankCell } from '../values/cell';
import { matchKey } from '../text/normalise';

export const CHART_NAME = 'OpsReviewChart';
const RATE_FORMAT = '0.0%';
const DEPARTMENT_HEADERS = new Set([
  matchKey(coreText('zh-CN', 'review.department')),
  matchKey(coreText('en-US', 'review.department')),
]);

/** Rows an earlier block left at `anchor` (0 when there is none). */
function earlierBlockRows(grid: Grid | null, anchor: { row: number; column: number }): number {
  if (!grid) return 0;
  const column = anchor.column - grid.origin.column;
  const headerRow = anchor.row + 1 - grid.origin.row;
  const header = grid.cells[headerRow];
  if (
    column < 0 ||
    !Array.isArray(header) ||
    !DEPARTMENT_HEADERS.has(matchKey(cellText(header[column])))
  ) {
    return 0;
  }
  let rows = 0;
  for (let r = headerRow + 1; r < grid.cells.length; r += 1) {
    const line = grid.cells[r];
    if (!Array.isArray(line) || isBlankCell(line[column])) break;
    rows += 1;
  }
  return rows;
}

export function planDepartments(
  model: ReviewModel,
  locale: Locale,
  anchor: { row: number; column: number },
  reviewSheet: Grid | null,
): { departments: DepartmentBlock; chart: ChartRequest } {
  const rows: PlanCell[][] = model.byDepartment.map((department) => [
    { kind: 'text', text: department.department },
    { kind: 'number', value: department.scope },
    { kind: 'number', value: department.completed },
    department.completionRate === null
      ? { kind: 'text', text: '—' }
      : { kind: 'number', value: department.completionRate },
  ]);
  const departments: DepartmentBlock = {
    title: coreText(locale, 'review.departmentTitle', { month: model.month }),
    headers: [
      coreText(locale, 'review.department'),
      coreText(locale, 'review.scope'),
      coreText(locale, 'review.completed'),
      coreText(locale, 'review.rate'),
    ],
    rows,
    anchor,
    clearRows: Math.max(0, earlierBlockRows(reviewSheet, anchor) - rows.length),
    numberFormats: [TEXT, '0', '0', RATE_FORMAT],
  };
  // Counts, not the rate: a clustered column chart needs one scale, and it draws from one contiguous range.
  const chart: ChartRequest = {
    name: CHART_NAME,
    title: coreText(locale, 'review.chartTitle', { month: model.month }),
    type: 'columnClustered',
    source: {
      firstRow: anchor.row + 1,
      firstColumn: anchor.column,
      lastRow: anchor.row + 1 + rows.length,
      lastColumn: anchor.column + 2,
    },
    at: { row: anchor.row + 3 + Math.max(rows.length, 1), column: anchor.column },
  };
  return { departments, chart };
}
