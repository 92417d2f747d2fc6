/**
 * Where the review's own cells beside its table go (SPEC §8): the department
 * block, its chart and the template sections share one area of columns to
 * the right of the table. A recalculation finds the area an earlier one
 * wrote by its title; otherwise the area starts at the first columns, one
 * blank column after the table, that are empty from the header row down, so
 * a note typed beside the table is never written over. The per-file block of
 * a combined review (SPEC §14) follows the area by the same rule.
 */
import { LOCALES, type Locale } from '../i18n';
import { coreText, type CoreMessageKey } from '../messages';
import type { Grid } from '../model';
import { matchKey } from '../text/normalise';
import { cellText, isBlankCell } from '../values/cell';

/** Department block columns (department, in scope, completed, rate). */
export const DEPARTMENT_COLUMNS = 4;
/** The sections column, after the department block and one blank column. */
export const SECTIONS_OFFSET = DEPARTMENT_COLUMNS + 1;
/** Department block, blank column, sections column. */
const AREA_COLUMNS = SECTIONS_OFFSET + 1;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A title of ours for any month, in either language (`2023-07 各部门完成情况`);
 * `title` gives it in a language with `month` for the month.
 */
export function monthTitlePattern(
  title: (locale: Locale, month: string) => string,
): (text: string) => boolean {
  const patterns = LOCALES.map(
    (locale) =>
      new RegExp(`^${escape(title(locale, '\u0000')).replace('\u0000', '\\d{4}-\\d{2}')}$`),
  );
  return (text) => patterns.some((pattern) => pattern.test(text.trim()));
}

/** `monthTitlePattern` over a core message with a `{month}`. */
export function titlePattern(key: CoreMessageKey): (text: string) => boolean {
  return monthTitlePattern((locale, month) => coreText(locale, key, { month }));
}

const isDepartmentTitle = titlePattern('review.departmentTitle');
const DEPARTMENT_HEADERS = new Set(
  LOCALES.map((locale) => matchKey(coreText(locale, 'review.department'))),
);

/** The grid cell at sheet coordinates (undefined outside the grid). */
export function cellAt(grid: Grid, row: number, column: number): unknown {
  const line = grid.cells[row - grid.origin.row];
  return Array.isArray(line) ? line[column - grid.origin.column] : undefined;
}

/** Our department block starts here: its title, and the department header under it. */
function isOurBlock(grid: Grid, row: number, column: number): boolean {
  return (
    isDepartmentTitle(cellText(cellAt(grid, row, column))) &&
    DEPARTMENT_HEADERS.has(matchKey(cellText(cellAt(grid, row + 1, column))))
  );
}

function isFree(grid: Grid, fromRow: number, firstColumn: number, lastColumn: number): boolean {
  const lastRow = grid.origin.row + grid.cells.length - 1;
  for (let row = fromRow; row <= lastRow; row += 1)
    for (let column = firstColumn; column <= lastColumn; column += 1)
      if (!isBlankCell(cellAt(grid, row, column))) return false;
  return true;
}

/**
 * Top-left cell of a block of `width` columns beside the table, sheet
 * coordinates: where `isOurs` finds one an earlier run wrote on the header
 * row (at `start` or right of it), else the first column from `start` that
 * is empty, with one blank column before it, from the header row down. So a
 * note a person typed beside the table is never written over (SPEC §8).
 * `grid` is the review sheet (null when the sheet is new).
 */
export function placeBeside(
  grid: Grid | null,
  headerRow: number,
  start: number,
  width: number,
  isOurs: (grid: Grid, row: number, column: number) => boolean,
): { row: number; column: number } {
  if (!grid) return { row: headerRow, column: start };
  const gridEnd = grid.origin.column + Math.max(0, ...grid.cells.map((row) => row?.length ?? 0));
  for (let column = start; column < gridEnd; column += 1)
    if (isOurs(grid, headerRow, column)) return { row: headerRow, column };
  let column = start;
  while (column <= gridEnd && !isFree(grid, headerRow, column - 1, column + width - 1)) column += 1;
  return { row: headerRow, column };
}

/** Top-left cell of the area (the department block's title), one blank column after the table. */
export function placeAnnex(
  grid: Grid | null,
  headerRow: number,
  tableLastColumn: number,
): { row: number; column: number } {
  return placeBeside(grid, headerRow, tableLastColumn + 2, AREA_COLUMNS, isOurBlock);
}

/**
 * Where a block placed after the area may start looking: past the sections
 * column and one blank column (the per-file block of a combined review).
 */
export function afterAnnex(annex: { row: number; column: number }): number {
  return annex.column + AREA_COLUMNS + 1;
}
