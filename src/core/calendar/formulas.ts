/**
 * Working days live in the workbook, without the add-in (SPEC §10). Excel's
 * WORKDAY and NETWORKDAYS take holidays but no make-up working days, so the
 * calendar sheet carries a full-day index beside its table: one row per day,
 * the type the table gives that day, and a running working-day key. Deadlines
 * and highlights are INDEX/MATCH over two workbook names for that index
 * (conditional formats cannot use structured references, names they can).
 *
 * The key rises to the next whole number on a working day and by 0.001 on a
 * day off, so it is strictly increasing: a sorted MATCH (binary search, the
 * same answer in every engine, no reliance on how ties are broken) finds the
 * day whose key is exactly the whole number wanted, and that day is the
 * working day itself. Outside the index, or before the calendar exists, the
 * formulas fall back to Monday–Friday (WORKDAY), as the core does for a year
 * nobody covers.
 */
import { columnLetter } from '../address';
import type { Locale } from '../i18n';
import type { PlanCell } from '../plan';
import { DAY_KIND_WORDS } from './dayKinds';

/** The workbook names the formulas read. */
export const WORKDAY_NAMES = {
  /** Every day of the index, one per row, ascending. */
  dates: 'OpsWorkdayDates',
  /** The running working-day key of each of those days. */
  keys: 'OpsWorkdayKeys',
  /** The index's first day, last day and last key (single cells: they keep the formulas short). */
  first: 'OpsWorkdayFirst',
  last: 'OpsWorkdayLast',
  lastKey: 'OpsWorkdayLastKey',
} as const;

/** Ten years of days: the index covers the calendar's first year and the nine after it. */
export const INDEX_DAYS = 3653;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const wordList = (words: readonly string[]): string => `{${words.map(quoted).join(',')}}`;

const DATES = WORKDAY_NAMES.dates;
const KEYS = WORKDAY_NAMES.keys;
const FIRST = WORKDAY_NAMES.first;
const LAST = WORKDAY_NAMES.last;
const LAST_KEY = `INT(${WORKDAY_NAMES.lastKey})`;

/**
 * The day whose key is the whole number `key`: found in the index, or, past
 * its last working day, that many Monday–Friday days after the index ends.
 */
function dayOfKey(key: string): string {
  return (
    `IF(${key}<=${LAST_KEY},INDEX(${DATES},MATCH(${key},${KEYS},1)),` +
    `WORKDAY(${LAST},${key}-${LAST_KEY}))`
  );
}

/**
 * The n-th working day after `day` (a cell reference or expression holding a
 * date serial), as a formula expression without the leading `=`. n is a whole
 * number ≥ 0 known when the formula is written (the approval limits 1, 2, 3;
 * the due-soon days). Before the index, Monday–Friday days count until the
 * index starts; after it, Monday–Friday only (the core's fallback for a year
 * nobody covers). A `day` that is no number gives an error value: guard it
 * with ISNUMBER where that matters. Without the calendar's names in the
 * workbook it is plain WORKDAY.
 */
export function addWorkingDaysFormula(day: string, n: number): string {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`working days must be a whole number ≥ 0, not ${n}`);
  const start = `INT(${day})`;
  if (n === 0) return start;
  const weekdays = `WORKDAY(${day},${n})`;
  // Monday–Friday days after `day` and before the index's first day.
  const before = `(NETWORKDAYS(${start},${FIRST}-1)-(WEEKDAY(${start},2)<6))`;
  const fromBefore = `IF(${before}>=${n},${weekdays},${dayOfKey(`${n}-${before}`)})`;
  const inside = dayOfKey(`INT(INDEX(${KEYS},${start}-${FIRST}+1))+${n}`);
  return (
    `IFERROR(IF(${start}<${FIRST},${fromBefore},` +
    `IF(${start}>${LAST},${weekdays},${inside})),${weekdays})`
  );
}

/** TRUE when `day` is a working day (same fallback as above). */
export function isWorkingDayFormula(day: string): string {
  const start = `INT(${day})`;
  const fallback = `WEEKDAY(${day},2)<6`;
  const inside = `AND(${start}>=${FIRST},${start}<=${LAST})`;
  const found = `MOD(INDEX(${WORKDAY_NAMES.keys},${start}-${FIRST}+1),1)=0`;
  return `IFERROR(IF(${inside},${found},${fallback}),${fallback})`;
}

/** Where the calendar sheet's table and its full-day index are, zero-based sheet columns. */
export interface WorkdayIndexLayout {
  /** The table's 日期 Date and 类型 Type columns. */
  readonly tableDate: number;
  readonly tableType: number;
  /** First column of the index (date, type that day, key). */
  readonly column: number;
  /** Zero-based sheet row of the index's header (its days start on the next row). */
  readonly headerRow: number;
  /** Jan 1 of the index's first year. */
  readonly firstYear: number;
}

export interface WorkdayIndexBlock {
  readonly headers: readonly string[];
  /** INDEX_DAYS rows of three formula cells. */
  readonly rows: readonly (readonly PlanCell[])[];
  readonly numberFormats: readonly string[];
  /** Workbook names → the index column they cover (zero-based sheet column, inclusive rows). */
  readonly names: readonly {
    readonly name: string;
    readonly column: number;
    readonly firstRow: number;
    readonly lastRow: number;
  }[];
}

const INDEX_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['逐日日期', '表中类型', '工作日序号'],
  'en-US': ['Every day', 'Type in table', 'Working-day no.'],
};

/**
 * The full-day index: its first day is a typed date (editable: move it to
 * move the ten years), each next day is the one before plus one; the type is
 * looked up in the table's whole Date column (so rows people add count); the
 * key follows the words the reader accepts, else Monday–Friday.
 */
export function workdayIndexBlock(layout: WorkdayIndexLayout, locale: Locale): WorkdayIndexBlock {
  const letter = (offset: number): string => columnLetter(layout.column + offset);
  const tableDate = `$${columnLetter(layout.tableDate)}:$${columnLetter(layout.tableDate)}`;
  const tableType = `$${columnLetter(layout.tableType)}:$${columnLetter(layout.tableType)}`;
  const working = wordList(DAY_KIND_WORDS.workingDay);
  const off = wordList(DAY_KIND_WORDS.dayOff);
  const rows: PlanCell[][] = [];
  const firstRow = layout.headerRow + 1;
  for (let i = 0; i < INDEX_DAYS; i += 1) {
    const row = firstRow + i + 1;
    const date = `${letter(0)}${row}`;
    const type = `TRIM(${letter(1)}${row})`;
    const previous = i === 0 ? '0' : `${letter(2)}${row - 1}`;
    const next = `INT(${previous})+1`;
    const stay = `${previous}+0.001`;
    rows.push([
      i === 0
        ? { kind: 'date', day: `${layout.firstYear}-01-01` }
        : { kind: 'formula', formula: `=${letter(0)}${row - 1}+1` },
      {
        kind: 'formula',
        formula: `=IFERROR(INDEX(${tableType},MATCH(${date},${tableDate},0))&"","")`,
      },
      {
        kind: 'formula',
        formula:
          `=IF(ISNUMBER(MATCH(${type},${working},0)),${next},` +
          `IF(ISNUMBER(MATCH(${type},${off},0)),${stay},` +
          `IF(WEEKDAY(${date},2)<6,${next},${stay})))`,
      },
    ]);
  }
  const lastRow = firstRow + INDEX_DAYS - 1;
  return {
    headers: INDEX_HEADERS[locale],
    rows,
    numberFormats: ['yyyy-mm-dd', 'General', '0'],
    names: [
      { name: WORKDAY_NAMES.dates, column: layout.column, firstRow, lastRow },
      { name: WORKDAY_NAMES.keys, column: layout.column + 2, firstRow, lastRow },
      { name: WORKDAY_NAMES.first, column: layout.column, firstRow, lastRow: firstRow },
      { name: WORKDAY_NAMES.last, column: layout.column, firstRow: lastRow, lastRow },
      { name: WORKDAY_NAMES.lastKey, column: layout.column + 2, firstRow: lastRow, lastRow },
    ],
  };
}
