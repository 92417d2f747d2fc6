/**
 * Which language a workbook speaks, for output that follows it (the CLI
 * without `--lang`): its sheet names and, on each sheet, the first row among
 * the first ten with three or more texts (the header people read). Han
 * characters make a name Chinese; Latin letters alone, English. Null when the
 * workbook says nothing either way (no sheets, numbers only).
 */
import type { Locale } from '../i18n';
import type { Grid } from '../model';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
const HEADER_SEARCH = 10;

function headerTexts(grid: Grid): string[] {
  for (const row of grid.cells.slice(0, HEADER_SEARCH)) {
    if (!Array.isArray(row)) continue;
    const texts = row.filter(
      (cell): cell is string => typeof cell === 'string' && cell.trim() !== '',
    );
    if (texts.length >= 3) return texts;
  }
  return [];
}

export function workbookLanguage(grids: readonly Grid[]): Locale | null {
  let chinese = 0;
  let english = 0;
  for (const grid of grids) {
    for (const text of [grid.sheetName, ...headerTexts(grid)]) {
      if (HAN.test(text)) chinese += 1;
      else if (LATIN.test(text)) english += 1;
    }
  }
  if (chinese === 0 && english === 0) return null;
  return chinese >= english ? 'zh-CN' : 'en-US';
}
