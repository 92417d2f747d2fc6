/**
 * Where the review's own cells beside its table go (SPEC §8): the department
 * block, its chart and the template sections share one area of columns to
 * the right of the table. A recalculation finds the area an earlier one
 * wrote by its title; otherwise the area starts at the first columns, one
 * blank column after the table, that are empty from the header row down, so
 * a note typed beside the table is never written over.
 */
import { LOCALES } from '../i18n';
import { coreText, type CoreMessageKey } from '../messages';
import type { Grid } from '../model';
import { matchKey } from '../text/normalise';
import { cellText, isBlankCell } from '../values/cell';

/** Department block columns (department, in scope, completed, rate). */
export const DEPARTMENT_COLUMNS = 4;
/** The sections column, after the department block and one blank column. */
export const SECTIONS_OFFSET = DEPARTMENT_COLUMNS + 1;
const AREA_COLUMNS = SECTIONS_OFFSET + 1;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A title of ours for any month, in either language (`2023-07 各部门完成情况`). */
export function titlePattern(key: CoreMessageKey): (text: string) => boolean {
  const patterns = LOCALES.map(
    (locale) =>
      new RegExp(
        `^${escape(coreText(locale, key, { month: '\u0000' })).replace('\u0000', '\\d{4}-\\d{2}')}$`,
      ),
  );
  return (text) => patterns.some((pattern) => pattern.test(text.trim()));
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
 * Top-left cell of the area (the department block's title), sheet
 * coordinates. `grid` is the review sheet (null when the sheet is new).
 */
export function placeAnnex(
  grid: Grid | null,
  headerRow: number,
  tableLastColumn: number,
): { row: number; column: number } {
  const start = tableLastColumn + 2;
  if (!grid) return { row: headerRow, column: start };
  const gridEnd = grid.origin.column + Math.max(0, ...grid.cells.map((row) => row?.length ?? 0));
  for (let column = start; column < gridEnd; column += 1)
    if (isOurBlock(grid, headerRow, column)) return { row: headerRow, column };
  let column = start;
  while (column <= gridEnd && !isFree(grid, headerRow, column - 1, column + AREA_COLUMNS - 1))
    column += 1;
  return { row: headerRow, column };
}
