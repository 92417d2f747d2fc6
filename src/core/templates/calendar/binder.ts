/**
 * Which sheets are a work calendar: our own `OpsCalendar` table, or a team's
 * sheet with a date column and a type column whose cells are mostly 休/班
 * words. Header words alone would also match unrelated sheets that have a
 * 日期 and a 类型 column (an expense list), so a team's sheet must show it by
 * its content.
 */
import type { Grid } from '../../model';
import { matchKey } from '../../text/normalise';
import { parseDayKind } from '../../calendar/dayKinds';
import { cellText } from '../../values/cell';
import type { CustomBinder } from '../module';
import { CALENDAR_COLUMNS } from './columns';

const OUR_TABLE = /^opscalendar\d*$/i;
/** A team's sheet: at least this many typed days, and this share of them 休/班 words. */
const MINIMUM_DAYS = 2;
const MINIMUM_SHARE = 0.8;
const CONTENT_ROWS = 200;

const HEADER_KEYS: ReadonlyMap<string, string> = new Map(
  CALENDAR_COLUMNS.flatMap((column) =>
    [column.header['zh-CN'], column.header['en-US'], ...(column.synonyms?.words ?? [])].map(
      (word) => [matchKey(word), column.key] as const,
    ),
  ),
);

function headerColumns(row: readonly unknown[]): Map<string, number> {
  const columns = new Map<string, number>();
  row.forEach((cell, index) => {
    const key = HEADER_KEYS.get(matchKey(cellText(cell)));
    if (key !== undefined && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

function mostlyDayKinds(grid: Grid, headerRow: number, typeColumn: number): boolean {
  let filled = 0;
  let days = 0;
  const last = Math.min(grid.cells.length, headerRow + 1 + CONTENT_ROWS);
  for (let index = headerRow + 1; index < last; index += 1) {
    const cell = grid.cells[index]?.[typeColumn];
    if (cellText(cell) === '') continue;
    filled += 1;
    if (parseDayKind(cell).ok) days += 1;
  }
  return days >= MINIMUM_DAYS && days >= filled * MINIMUM_SHARE;
}

export const bindCalendar: CustomBinder = (grid, searchRows) => {
  const ours = grid.tableName !== undefined && OUR_TABLE.test(grid.tableName);
  const rows = Math.min(searchRows, grid.cells.length);
  for (let index = 0; index < rows; index += 1) {
    const row = grid.cells[index];
    if (!Array.isArray(row)) continue;
    const columns = headerColumns(row);
    const type = columns.get('type');
    if (!columns.has('date') || type === undefined) continue;
    if (ours || mostlyDayKinds(grid, index, type))
      return { headerRowIndex: index, columns, rangeColumn: null };
  }
  return null;
};
