/**
 * The department block beside the review table (title, headers, one row per
 * department for month M) and the chart drawn from it, in the sheet's
 * language. The block sits at the annex (see annex.ts), so a recalculation
 * finds and replaces its own.
 */
import type { Locale } from '../i18n';
import { coreText } from '../messages';
import type { Grid, ReviewModel } from '../model';
import type { ChartRequest, DepartmentBlock, PlanCell } from '../plan';
import { TEXT } from '../templates/formats';
import { textUnits } from '../text/cellMeasure';
import { isBlankCell } from '../values/cell';
import { cellAt, DEPARTMENT_COLUMNS } from './annex';

export const CHART_NAME = 'OpsReviewChart';
const RATE_FORMAT = '0.0%';
/** Rows the chart spans under the block (Excel's default chart is about 15 rows tall). */
const CHART_ROWS = 15;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Rows an earlier block left under the header at `anchor` (0 when there is none). */
function earlierBlockRows(grid: Grid | null, anchor: { row: number; column: number }): number {
  if (!grid) return 0;
  let rows = 0;
  while (!isBlankCell(cellAt(grid, anchor.row + 2 + rows, anchor.column))) rows += 1;
  return rows;
}

/**
 * Per block column, wide enough for its header and every value (SPEC §12:
 * `客户成功与售后部`, not `客户成功与售`), within Excel's sensible bounds.
 */
export function blockWidths(
  headers: readonly string[],
  rows: readonly (readonly PlanCell[])[],
  numberFormats: readonly string[],
): number[] {
  return headers.map((header, column) => {
    const values = rows.map((row) => {
      const cell = row[column];
      if (!cell) return 0;
      if (cell.kind === 'text') return textUnits(cell.text);
      // A rate shows as `100.0%`, a count as its digits.
      if (cell.kind === 'number')
        return numberFormats[column]?.endsWith('%') ? 6 : String(cell.value).length;
      return 10;
    });
    const widest = Math.max(textUnits(header), ...values) + 2;
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
  });
}

export function planDepartments(
  model: ReviewModel,
  locale: Locale,
  anchor: { row: number; column: number },
  reviewSheet: Grid | null,
  modelLocale: Locale = locale,
): { departments: DepartmentBlock; chart: ChartRequest } {
  // The model names tasks without a department in the caller's language (the
  // pane shows it so); the sheet says it in its own (issue 14: 未分配部门 in
  // 月度运营复盘表 even from an English pane).
  const unassigned = coreText(modelLocale, 'review.noDepartment');
  const label = (name: string): string =>
    name === unassigned ? coreText(locale, 'review.noDepartment') : name;
  const rows: PlanCell[][] = model.byDepartment.map((department) => [
    { kind: 'text', text: label(department.department) },
    { kind: 'number', value: department.scope },
    { kind: 'number', value: department.completed },
    department.completionRate === null
      ? { kind: 'text', text: '—' }
      : { kind: 'number', value: department.completionRate },
  ]);
  const headers = [
    coreText(locale, 'review.department'),
    coreText(locale, 'review.scope'),
    coreText(locale, 'review.completed'),
    coreText(locale, 'review.rate'),
  ];
  const numberFormats = [TEXT, '0', '0', RATE_FORMAT];
  const departments: DepartmentBlock = {
    title: coreText(locale, 'review.departmentTitle', { month: model.month }),
    headers,
    rows,
    anchor,
    clearRows: Math.max(0, earlierBlockRows(reviewSheet, anchor) - rows.length),
    numberFormats,
    widths: blockWidths(headers, rows, numberFormats),
  };
  // Counts, not the rate: a clustered column chart needs one scale, and it draws from one contiguous range.
  const top = anchor.row + 3 + Math.max(rows.length, 1);
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
    at: { row: top, column: anchor.column },
    until: { row: top + CHART_ROWS - 1, column: anchor.column + DEPARTMENT_COLUMNS - 1 },
  };
  return { departments, chart };
}
