/**
 * SPEC §14: several department workbooks, one review. Each file is reviewed
 * on its own (so a file's figures are what a review of that file alone
 * says), then the reviews are added up: totals and departments summed
 * across files, tasks named `<file>:<id>` so equal IDs in two files stay two
 * tasks and are never reported as duplicates.
 */
import type { Locale } from '../i18n';
import type { DepartmentBlock, PlanCell } from '../plan';
import { blockWidths } from '../review/departments';
import type { CalendarDay, Grid, MonthKey, ReviewModel } from '../model';
import { completionRate } from '../review/format';
import { TEXT } from '../templates/formats';
import { cellText, isBlankCell } from '../values/cell';
import { matchKey } from '../text/normalise';
import { combineText } from './messages';

export interface FileReview {
  /** How the file is named in the output (its file name). */
  readonly file: string;
  readonly review: ReviewModel;
}

export interface FileFigures {
  readonly file: string;
  readonly scope: number;
  readonly completed: number;
  readonly completionRate: number | null;
}

export interface CombinedReview {
  readonly review: ReviewModel;
  readonly files: readonly FileFigures[];
}

const collator = new Intl.Collator('zh-CN');

export function combineReviews(
  month: MonthKey,
  today: CalendarDay,
  reviews: readonly FileReview[],
): CombinedReview {
  const departments = new Map<string, { scope: number; completed: number }>();
  const named = (file: string, id: string) => `${file}:${id}`;
  let scope = 0;
  let completed = 0;
  for (const { review } of reviews) {
    scope += review.scope;
    completed += review.completed;
    for (const row of review.byDepartment) {
      const tally = departments.get(row.department) ?? { scope: 0, completed: 0 };
      tally.scope += row.scope;
      tally.completed += row.completed;
      departments.set(row.department, tally);
    }
  }
  const review: ReviewModel = {
    month,
    today,
    scope,
    completed,
    completionRate: completionRate(completed, scope),
    delayed: reviews.flatMap(({ file, review: one }) =>
      one.delayed.map((task) => ({ ...task, id: named(file, task.id) })),
    ),
    overdue: reviews.flatMap(({ file, review: one }) => one.overdue.map((id) => named(file, id))),
    unassigned: reviews.flatMap(({ file, review: one }) =>
      one.unassigned.map((id) => named(file, id)),
    ),
    byDepartment: [...departments]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([department, tally]) => ({
        department,
        scope: tally.scope,
        completed: tally.completed,
        completionRate: completionRate(tally.completed, tally.scope),
      })),
    collaborationProblems: reviews.flatMap(({ file, review: one }) =>
      one.collaborationProblems.map((problem) => ({ ...problem, id: named(file, problem.id) })),
    ),
  };
  const files = reviews.map(({ file, review: one }) => ({
    file,
    scope: one.scope,
    completed: one.completed,
    completionRate: one.completionRate,
  }));
  return { review, files };
}

/** Where the per-file block sits: right of the department block (L:O), one column apart. */
export const FILES_BLOCK_ANCHOR = { row: 0, column: 16 } as const;
const RATE_FORMAT = '0.0%';

/** Rows an earlier per-file block left (0 when there is none), so a shorter one clears them. */
function earlierRows(grid: Grid | null): number {
  if (!grid) return 0;
  const column = FILES_BLOCK_ANCHOR.column - grid.origin.column;
  const headerRow = FILES_BLOCK_ANCHOR.row + 1 - grid.origin.row;
  const header = grid.cells[headerRow];
  const headers = new Set([
    matchKey(combineText('zh-CN', 'file')),
    matchKey(combineText('en-US', 'file')),
  ]);
  if (column < 0 || !Array.isArray(header) || !headers.has(matchKey(cellText(header[column]))))
    return 0;
  let rows = 0;
  for (let row = headerRow + 1; row < grid.cells.length; row += 1) {
    const line = grid.cells[row];
    if (!Array.isArray(line) || isBlankCell(line[column])) break;
    rows += 1;
  }
  return rows;
}

/** The per-file table of a combined review, beside the department block of the review sheet. */
export function planFilesBlock(
  combined: CombinedReview,
  locale: Locale,
  reviewSheet: Grid | null,
): DepartmentBlock {
  const rows: PlanCell[][] = combined.files.map((file) => [
    { kind: 'text', text: file.file },
    { kind: 'number', value: file.scope },
    { kind: 'number', value: file.completed },
    file.completionRate === null
      ? { kind: 'text', text: '—' }
      : { kind: 'number', value: file.completionRate },
  ]);
  const headers = [
    combineText(locale, 'file'),
    combineText(locale, 'scope'),
    combineText(locale, 'completed'),
    combineText(locale, 'rate'),
  ];
  const numberFormats = [TEXT, '0', '0', RATE_FORMAT];
  return {
    title: combineText(locale, 'filesTitle', { month: combined.review.month }),
    headers,
    rows,
    anchor: FILES_BLOCK_ANCHOR,
    clearRows: Math.max(0, earlierRows(reviewSheet) - rows.length),
    numberFormats,
    widths: blockWidths(headers, rows, numberFormats),
  };
}
