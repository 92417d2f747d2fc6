/**
 * Working days in China (SPEC §10): Monday–Friday unless the statutory
 * arrangement or the workbook's own table says 休 (day off) or 班 (working day).
 *
 * Everything rests on one running count, the working-day index W: it rises by
 * one on each working day and stays flat otherwise, for every day there is.
 * Then `workingDaysBetween(a, b) = W(b) − W(a)` and "the n-th working day after
 * D" is the first day whose index reaches W(D) + n. Inside the years the data
 * spans, W is a precomputed table (a few thousand integers); outside, it is
 * the closed-form Monday–Friday count shifted to join the table. Each question
 * is then a few array reads, whatever n is.
 */
import type { CalendarDay } from '../model';
import {
  dayNumberOf,
  dayOfWeekdayIndex,
  fromDayNumber,
  isWeekday,
  toDayNumber,
  weekdayIndex,
  yearOf,
} from './dayNumber';
import type { CalendarSources } from './model';

/**
 * Every function here may be passed on alone (`calendar.addWorkingDays` as an
 * `AddWorkingDays`): none depends on how it is called.
 */
export interface WorkingCalendar {
  /** Years the package or the workbook covers, ascending. */
  readonly coveredYears: readonly number[];
  isCovered(year: number): boolean;
  isWorkingDay(day: CalendarDay): boolean;
  /**
   * The n-th working day after `day` (n > 0), before it (n < 0), or `day`
   * itself (n = 0). A fractional n counts its whole part.
   */
  addWorkingDays(day: CalendarDay, n: number): CalendarDay;
  /**
   * Working days after `from` up to and including `to`; when `to` is earlier,
   * minus the working days before `from` back to and including `to`. So
   * `workingDaysBetween(d, addWorkingDays(d, n)) = n` for every d and n.
   */
  workingDaysBetween(from: CalendarDay, to: CalendarDay): number;
  /** Years between the two days (inclusive, either order) that are not covered. */
  uncoveredYears(from: CalendarDay, to: CalendarDay): readonly number[];
}

/** The index over the spanned years: W per day, and the days where W rises. */
interface IndexTable {
  readonly first: number;
  readonly last: number;
  /** W(first + i). */
  readonly index: Int32Array;
  /** The working days of the span, in order. */
  readonly workingDays: Int32Array;
  /** Per day of the span: 0 day off, 1 working day, 2 as its weekday says. */
  readonly state: Uint8Array;
  /** W(first − 1): the Monday–Friday count, which W follows before the span. */
  readonly before: number;
  /** What W adds to the Monday–Friday count after the span. */
  readonly after: number;
}

/** Every day some source states, as day numbers: later entries beat earlier ones. */
interface StatedDays {
  readonly days: Int32Array;
  readonly working: Uint8Array;
}

/** The package's days, then the workbook's (first row of a day only), so the workbook wins. */
function statedDays(sources: CalendarSources): StatedDays {
  const days: number[] = [];
  const working: number[] = [];
  for (const entry of sources.statutory.days) {
    days.push(toDayNumber(entry.day));
    working.push(entry.kind === 'workingDay' ? 1 : 0);
  }
  const fromWorkbook = new Set<number>();
  for (const entry of sources.workbook) {
    const number = toDayNumber(entry.day);
    if (fromWorkbook.has(number)) continue;
    fromWorkbook.add(number);
    days.push(number);
    working.push(entry.kind === 'workingDay' ? 1 : 0);
  }
  return { days: Int32Array.from(days), working: Uint8Array.from(working) };
}

const NOT_STATED = 2;

function buildIndex(stated: StatedDays, years: readonly number[]): IndexTable {
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const year of years) {
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  // A stated day outside the covered years still counts (it just covers nothing).
  for (const number of stated.days) {
    const year = yearOf(number);
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  if (firstYear > lastYear) {
    const empty = new Int32Array(0);
    return {
      first: 0,
      last: -1,
      index: empty,
      workingDays: empty,
      state: new Uint8Array(0),
      before: 0,
      after: 0,
    };
  }
  const first = dayNumberOf(firstYear, 1, 1);
  const last = dayNumberOf(lastYear, 12, 31);
  const state = new Uint8Array(last - first + 1).fill(NOT_STATED);
  stated.days.forEach((number, i) => {
    state[number - first] = stated.working[i]!;
  });
  const index = new Int32Array(state.length);
  const working = new Int32Array(state.length);
  let count = 0;
  const before = weekdayIndex(first - 1);
  for (let i = 0; i < state.length; i += 1) {
    const own = state[i]!;
    if (own === NOT_STATED ? isWeekday(first + i) : own === 1) {
      working[count] = first + i;
      count += 1;
    }
    index[i] = before + count;
  }
  return {
    first,
    last,
    index,
    workingDays: working.slice(0, count),
    state,
    before,
    after: before + count - weekdayIndex(last),
  };
}

/**
 * The index of a statutory arrangement alone, by identity: the CLI builds it
 * at start-up and every workbook without a calendar table of its own asks for
 * the same one again (each build a cold ~10 ms of a 1,000-row check). Tables
 * are never written once built.
 */
const STATUTORY_TABLES = new WeakMap<CalendarSources['statutory'], IndexTable>();

function tableOf(sources: CalendarSources, years: readonly number[]): IndexTable {
  if (sources.workbook.length > 0) return buildIndex(statedDays(sources), years);
  let table = STATUTORY_TABLES.get(sources.statutory);
  if (!table) {
    table = buildIndex(statedDays(sources), years);
    STATUTORY_TABLES.set(sources.statutory, table);
  }
  return table;
}

/**
 * Built on its first question, not when made: a run whose sheets never ask
 * (a tracker's `check`) neither converts the statutory data nor indexes its
 * days, about 5 ms of every small file's run (issue 16).
 */
class IndexedCalendar implements WorkingCalendar {
  private built: {
    readonly covered: ReadonlySet<number>;
    readonly table: IndexTable;
    readonly years: readonly number[];
  } | null = null;

  constructor(private readonly sources: CalendarSources) {}

  private get covered(): ReadonlySet<number> {
    return this.build().covered;
  }

  private get table(): IndexTable {
    return this.build().table;
  }

  get coveredYears(): readonly number[] {
    return this.build().years;
  }

  private build() {
    if (this.built) return this.built;
    const { sources } = this;
    const covered = new Set(sources.statutory.years);
    for (const entry of sources.workbook) covered.add(Number(entry.day.slice(0, 4)));
    const years = [...covered].sort((a, b) => a - b);
    this.built = { covered, years, table: tableOf(sources, years) };
    return this.built;
  }

  readonly isCovered = (year: number): boolean => {
    return this.covered.has(year);
  };

  readonly isWorkingDay = (day: CalendarDay): boolean => {
    const number = toDayNumber(day);
    const { first, last, state } = this.table;
    const own = number >= first && number <= last ? state[number - first]! : NOT_STATED;
    return own === NOT_STATED ? isWeekday(number) : own === 1;
  };

  readonly addWorkingDays = (day: CalendarDay, n: number): CalendarDay => {
    const steps = Math.trunc(n);
    const number = toDayNumber(day);
    if (steps === 0) return day;
    // Backwards, the first working day before D is the one holding W(D − 1).
    const target = steps > 0 ? this.indexOf(number) + steps : this.indexOf(number - 1) + steps + 1;
    return fromDayNumber(this.dayOfIndex(target));
  };

  readonly workingDaysBetween = (from: CalendarDay, to: CalendarDay): number => {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    return b >= a ? this.indexOf(b) - this.indexOf(a) : this.indexOf(b - 1) - this.indexOf(a - 1);
  };

  readonly uncoveredYears = (from: CalendarDay, to: CalendarDay): readonly number[] => {
    const a = Number(from.slice(0, 4));
    const b = Number(to.slice(0, 4));
    const years: number[] = [];
    for (let year = Math.min(a, b); year <= Math.max(a, b); year += 1)
      if (!this.covered.has(year)) years.push(year);
    return years;
  };

  /** W(number). */
  private indexOf(number: number): number {
    const { first, last, index, after } = this.table;
    if (number < first) return weekdayIndex(number);
    if (number > last) return weekdayIndex(number) + after;
    return index[number - first]!;
  }

  /** The first day whose W reaches `target`: always a working day. */
  private dayOfIndex(target: number): number {
    const { workingDays, before, after } = this.table;
    if (target <= before) return dayOfWeekdayIndex(target);
    const position = target - before - 1;
    if (position < workingDays.length) return workingDays[position]!;
    return dayOfWeekdayIndex(target - after);
  }
}

export function buildWorkingCalendar(sources: CalendarSources): WorkingCalendar {
  return new IndexedCalendar(sources);
}
