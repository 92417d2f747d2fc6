/**
 * SPEC §14: several department workbooks, one review. Each file is reviewed
 * on its own (so a file's figures are what a review of that file alone
 * says), then the reviews are added up: totals and departments summed
 * across files, tasks named `<file>:<id>` so equal IDs in two files stay two
 * tasks and are never reported as duplicates.
 */
import { LOCALES, type Locale } from '../i18n';
import type { DepartmentBlock, PlanCell } from '../plan';
import { afterAnnex, cellAt, monthTitlePattern, placeBeside } from '../review/annex';
import { blockWidths } from '../review/departments';
import type { CalendarDay, Grid, MonthKey, ReviewModel } from '../model';
import { completionRate } from '../review/format';
import { TEXT } from '../templates/formats';
import { cellText, isBlankCell } from '../values/cell';
import { matchKey } from '../text/normalise';
import { combineText } from './messages';
import { compareZh } from '../text/collation';

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
      .sort(([a], [b]) => compareZh(a, b))
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

const RATE_FORMAT = '0.0%';
/** File, tasks, completed, rate. */
const FILES_COLUMNS = 4;

const isFilesTitle = monthTitlePattern((locale, month) =>
  combineText(locale, 'filesTitle', { month }),
);
const FILE_HEADERS = new Set(LOCALES.map((locale) => matchKey(combineText(locale, 'file'))));

/** Our per-file block starts here: its title, and the file header under it. */
function isOurFilesBlock(grid: Grid, row: number, column: number): boolean {
  return (
    isFilesTitle(cellText(cellAt(grid, row, column))) &&
    FILE_HEADERS.has(matchKey(cellText(cellAt(grid, row + 1, column))))
  );
}

/**
 * Where the per-file block goes: after the department block and sections
 * area (`annex`), where an earlier run wrote it or where nothing of the
 * user's stands, never at a fixed column (issue 14: a fixed column wrote over
 * the sections and over notes typed there).
 */
export function placeFilesBlock(
  grid: Grid | null,
  annex: { row: number; column: number },
): { row: number; column: number } {
  return placeBeside(grid, annex.row, afterAnnex(annex), FILES_COLUMNS, isOurFilesBlock);
}

/** Rows an earlier per-file block left at `anchor` (0 when there is none), so a shorter one clears them. */
function earlierRows(grid: Grid | null, anchor: { row: number; column: number }): number {
  if (!grid || !isOurFilesBlock(grid, anchor.row, anchor.column)) return 0;
  let rows = 0;
  while (!isBlankCell(cellAt(grid, anchor.row + 2 + rows, anchor.column))) rows += 1;
  return rows;
}

/** The per-file table of a combined review at `anchor`, in `locale` (the review sheet's language). */
export function planFilesBlock(
  files: readonly FileFigures[],
  month: MonthKey,
  locale: Locale,
  anchor: { row: number; column: number },
  reviewSheet: Grid | null,
): DepartmentBlock {
  const rows: PlanCell[][] = files.map((file) => [
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
    title: combineText(locale, 'filesTitle', { month }),
    headers,
    rows,
    anchor,
    clearRows: Math.max(0, earlierRows(reviewSheet, anchor) - rows.length),
    numberFormats,
    widths: blockWidths(headers, rows, numberFormats),
  };
}
