/** Facts about one Excel cell, stated once for the core and both edges. */

/** The text number format: typed IDs, `-` or `=` stay text, and text written as text is never run. */
export const TEXT_FORMAT = '@';

/** Excel's limit on the text of one cell: a longer text makes Excel refuse the write or repair the file. */
export const CELL_TEXT_LIMIT = 32_767;

/** Text cut with `…` at the limit, never between the halves of a surrogate pair. */
export function fitCellText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  const cut = text.slice(0, CELL_TEXT_LIMIT - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
