/**
 * How much room text takes in a cell, in Excel character units (the width
 * of one digit of the default font): a Chinese character or full-width form
 * takes two, like Excel's own column widths for CJK text. Used to size
 * columns for their headers and rows for their wrapped lines.
 */

/** East Asian wide and full-width characters (Unicode East_Asian_Width W/F, the common ranges). */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/g;

export function textUnits(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  // Astral wide characters are two code units matched once: count them as one character.
  const characters = [...text].length;
  return characters + wide;
}

/** Line height in points of the default 11 pt font, with room for CJK fallback fonts. */
export const LINE_POINTS = 16;
/** Excel's tallest row. */
export const MAX_ROW_POINTS = 409;

/** Lines `text` takes in a wrapped cell `width` units wide (at least one). */
export function wrappedLines(text: string, width: number): number {
  // A character unit of padding on each side, and a word rarely ends exactly at the edge.
  const room = Math.max(1, width - 1.5);
  return text
    .split(/\r\n?|\n/)
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(textUnits(line) / room)), 0);
}

/** Points a row needs to show every line of its wrapped cells. */
export function rowPoints(cells: readonly { text: string; width: number }[]): number {
  const lines = Math.max(1, ...cells.map((cell) => wrappedLines(cell.text, cell.width)));
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
}
