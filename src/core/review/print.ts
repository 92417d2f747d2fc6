/**
 * How the review sheet prints (SPEC §12): A4 landscape, the review table one
 * page wide at a fixed scale that keeps it readable, the blocks beside it
 * (departments, sections, files, chart) from page 2 on.
 *
 * Fit-to-width would scale the whole used width (table and blocks) onto one
 * page, about half size; a scale worked out from the table's own columns,
 * narrow margins and a manual page break after the table print the table as
 * large as one page allows.
 */
import type { Locale } from '../i18n';
import { headerFitWidth } from '../plan/template';
import { getTemplate } from '../templates/registry';
import type { ReviewTableInGrid } from './locate';

/** Page margins in inches: Excel's "Narrow" preset (Page Layout → Margins). */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

export const NARROW_MARGINS: PageMargins = {
  left: 0.25,
  right: 0.25,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

export interface ReviewPrint {
  readonly paperSize: 'A4';
  readonly orientation: 'landscape';
  /** Percent, fixed (Excel allows 10–400): no fit-to-pages. */
  readonly scale: number;
  readonly margins: PageMargins;
  /** Zero-based sheet rows printed at the top of every page, inclusive: the table's header. */
  readonly titleRows: { readonly first: number; readonly last: number };
  /** Zero-based sheet column a manual page break goes before: the first after the table. */
  readonly breakBefore: number;
}

/** A4 is 297 mm across in landscape: 841.89 points. */
const A4_LANDSCAPE_POINTS = (297 / 25.4) * 72;
/** Excel's width of a column nobody sized (8.43 characters). */
const DEFAULT_WIDTH = 8.43;
/** Excel's own bounds for a print scale. */
const MIN_SCALE = 10;
const MAX_SCALE = 100;

/**
 * Points a column of `characters` width takes on paper at 100%, the widest
 * any of our renderers makes it: Excel on screen (7 pixels a character at 96
 * dpi, 0.75 pt a pixel, plus the 5 pixels of padding Office.js widths carry)
 * or the font's own digit advance (Calibri 11 pt, 0.507 em: 5.58 pt a
 * character, what LibreOffice uses), so the table fits on either.
 */
export const columnPoints = (characters: number): number =>
  Math.max((characters * 7 + 5) * 0.75, characters * 5.58);

/** The largest whole percent at which columns this wide fit across the page between the margins. */
export function printScale(
  widths: readonly number[],
  margins: PageMargins = NARROW_MARGINS,
): number {
  const printable = A4_LANDSCAPE_POINTS - (margins.left + margins.right) * 72;
  const needed = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  if (needed <= 0) return MAX_SCALE;
  return Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.floor((printable / needed) * 100)));
}

/**
 * The review table's column widths as the add-in writes them (the template's,
 * wide enough for each header in the sheet's language), left to right; a
 * column that is none of ours is taken at Excel's default width.
 */
export function reviewTableWidths(
  table: ReviewTableInGrid | null,
  gridColumn: number,
  sheetLocale: Locale,
): number[] {
  const columns = getTemplate('review').columns;
  const width = (key: string | undefined) => {
    const column = columns.find((candidate) => candidate.key === key);
    return column ? headerFitWidth(column.width, column.header[sheetLocale]) : DEFAULT_WIDTH;
  };
  if (!table) return columns.map((column) => width(column.key));
  const keyAt = new Map([...table.columns].map(([key, index]) => [index + gridColumn, key]));
  const widths: number[] = [];
  for (let column = table.firstColumn; column <= table.lastColumn; column += 1)
    widths.push(width(keyAt.get(column)));
  return widths;
}

/** The review sheet's print layout for a table whose header is `headerRow`, ending at `lastColumn`. */
export function planReviewPrint(
  widths: readonly number[],
  headerRow: number,
  lastColumn: number,
): ReviewPrint {
  return {
    paperSize: 'A4',
    orientation: 'landscape',
    scale: printScale(widths),
    margins: NARROW_MARGINS,
    titleRows: { first: headerRow, last: headerRow },
    breakBefore: lastColumn + 1,
  };
}
