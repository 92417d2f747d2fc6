/**
 * SPEC §11.7 a team's own RACI matrix, recognised by what it holds: a header
 * row with a task column and at least two role columns whose filled cells are
 * mostly RACI letters. Roles are whatever the team named them, as many as it has.
 */
import { matchKey } from '../../text/normalise';
import { cellText, isBlankCell } from '../../values/cell';
import { parseRaciCell } from './letters';

export interface RaciLayout {
  /** Index into the grid's rows. */
  readonly headerRow: number;
  readonly taskColumn: number;
  /** In sheet order; each header names a role. */
  readonly roleColumns: readonly number[];
}

/** Header words of the task column (match keys); other headers are role names. */
export const TASK_HEADER_WORDS: readonly string[] = [
  '任务/活动',
  '任务',
  '活动',
  '任务名称',
  '活动名称',
  '工作任务',
  '工作事项',
  '工作内容',
  '事项',
  '项目任务',
  '任务/活动名称',
  'Task',
  'Tasks',
  'Activity',
  'Task / activity',
  'Task/Activity',
  'Activities',
  'Deliverable',
  'Work item',
];
const TASK_KEYS = new Set(TASK_HEADER_WORDS.map(matchKey));

export const isTaskHeader = (header: unknown): boolean => TASK_KEYS.has(matchKey(cellText(header)));

/** Title rows may sit above the header, as in §4. */
const HEADER_SEARCH_ROWS = 10;
/** Enough rows to judge a column by; a long matrix repeats its pattern. */
const SAMPLE_ROWS = 200;
/** A role needs a name and few stray values; "mostly" is more than this share. */
const MOSTLY = 0.5;

interface ColumnTally {
  filled: number;
  letters: number;
  responsibleOrAccountable: boolean;
}

function tallyColumns(
  cells: readonly (readonly unknown[])[],
  headerRow: number,
  width: number,
): ColumnTally[] {
  const tallies: ColumnTally[] = Array.from({ length: width }, () => ({
    filled: 0,
    letters: 0,
    responsibleOrAccountable: false,
  }));
  let sampled = 0;
  for (let r = headerRow + 1; r < cells.length && sampled < SAMPLE_ROWS; r += 1) {
    const row = cells[r] ?? [];
    if (row.every(isBlankCell)) continue;
    sampled += 1;
    for (let c = 0; c < width; c += 1) {
      const value = row[c];
      if (isBlankCell(value)) continue;
      const tally = tallies[c];
      if (tally === undefined) continue;
      tally.filled += 1;
      const letters = parseRaciCell(value);
      if (letters.ok) {
        tally.letters += 1;
        if (letters.value.includes('R') || letters.value.includes('A')) {
          tally.responsibleOrAccountable = true;
        }
      }
    }
  }
  return tallies;
}

const mostlyLetters = (tally: ColumnTally): boolean =>
  tally.filled > 0 && tally.letters > tally.filled * MOSTLY;

function layoutBelow(cells: readonly (readonly unknown[])[], headerRow: number): RaciLayout | null {
  const header = cells[headerRow] ?? [];
  const named = header.map((value) => !isBlankCell(value));
  if (named.filter(Boolean).length < 3) return null;
  const tallies = tallyColumns(cells, headerRow, header.length);
  const roleColumns = tallies.flatMap((tally, column) =>
    named[column] === true && !isTaskHeader(header[column]) && mostlyLetters(tally) ? [column] : [],
  );
  const first = roleColumns[0];
  if (first === undefined || roleColumns.length < 2) return null;
  // A matrix names who does or owns the work; columns of only C and I are something else.
  if (!roleColumns.some((column) => tallies[column]?.responsibleOrAccountable === true))
    return null;
  const taskColumn = findTaskColumn(header, tallies, roleColumns, first);
  return taskColumn === null ? null : { headerRow, taskColumn, roleColumns };
}

/** The column headed like a task, else the nearest named text column left of the roles. */
function findTaskColumn(
  header: readonly unknown[],
  tallies: readonly ColumnTally[],
  roleColumns: readonly number[],
  firstRole: number,
): number | null {
  const byHeader = header.findIndex((value) => isTaskHeader(value));
  if (byHeader >= 0 && !roleColumns.includes(byHeader)) return byHeader;
  for (let column = firstRole - 1; column >= 0; column -= 1) {
    const tally = tallies[column];
    if (isBlankCell(header[column]) || tally === undefined || tally.filled === 0) continue;
    if (!mostlyLetters(tally)) return column;
  }
  return null;
}

const lettersIn = (row: readonly unknown[]): number =>
  row.reduce<number>((count, value) => (parseRaciCell(value).ok ? count + 1 : count), 0);

/**
 * Where a grid's RACI matrix lies, or null when the grid holds none. The
 * header is the named row right above the first row holding letters, so a
 * title or group row higher up is never taken for it.
 */
export function findRaciMatrix(
  cells: readonly (readonly unknown[])[],
  searchRows = HEADER_SEARCH_ROWS,
): RaciLayout | null {
  const lastFirstRow = Math.min(searchRows + 1, cells.length);
  for (let firstRow = 1; firstRow < lastFirstRow; firstRow += 1) {
    if (lettersIn(cells[firstRow] ?? []) < 2) continue;
    let headerRow = firstRow - 1;
    while (headerRow > 0 && (cells[headerRow] ?? []).every(isBlankCell)) headerRow -= 1;
    const layout = layoutBelow(cells, headerRow);
    if (layout !== null) return layout;
  }
  return null;
}
