/**
 * The language the review sheet speaks: that of its table's headers (SPEC
 * §12: the department block and the chart follow the table, not the pane or
 * the command line). Han characters count as Chinese, Latin letters alone as
 * English; a table without either, or no table, speaks the caller's language.
 */
import type { Locale } from '../i18n';
import type { Grid } from '../model';
import { cellText } from '../values/cell';
import type { ReviewTableInGrid } from './locate';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

export function reviewSheetLanguage(
  grid: Grid | null,
  table: ReviewTableInGrid | null,
  fallback: Locale,
): Locale {
  if (!grid || !table) return fallback;
  const header = grid.cells[table.headerRow - grid.origin.row];
  if (!Array.isArray(header)) return fallback;
  let chinese = 0;
  let english = 0;
  for (let column = table.firstColumn; column <= table.lastColumn; column += 1) {
    const text = cellText(header[column - grid.origin.column]);
    if (HAN.test(text)) chinese += 1;
    else if (LATIN.test(text)) english += 1;
  }
  if (chinese === english) return fallback;
  return chinese > english ? 'zh-CN' : 'en-US';
}
