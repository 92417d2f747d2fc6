/**
 * SPEC §4 dates: Excel serials, `Date` objects, and the text forms teams type
 * (`2023-07-05`, `2023/7/5`, `2023.07.05`, `2023年7月5日`, day-first
 * `10-05-2024`, any of them with a weekday (`周五`, `(Fri)`) or a time after
 * it, which are ignored). Text is width-folded before it gets here.
 */
import type { CalendarDay } from '../model';
import { foldWidth } from '../text/normalise';
import { dateObjectDay, makeDay, serialToDay } from './calendar';
import { cellScalar, type CellScalar } from './cell';
import { BLANK, invalid, parsed, type Parsed } from './parsed';

/** How a column writes `10-05-2024`: the 10th of May, or October 5th. */
export type DayOrder = 'dayFirst' | 'monthFirst';

/**
 * A time of day after a date, ignored: ` 14:00`, `T14:00:00.000Z`, ` 9:30 AM`,
 * ` 下午2:00`, ` 14时`, and a meeting's end time (` 14:00-16:00`).
 */
const CLOCK = String.raw`\d{1,2}(?::\d{1,2}(?::\d{1,2}(?:\.\d+)?)?|[时時点點](?:\d{1,2}分?)?)`;
const TIME = String.raw`(?:(?:\s+|T)(?:上午|下午|早上|晚上|中午)?\s*${CLOCK}\s*(?:[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?(?:\s*[-~–—至到]\s*${CLOCK})?)?`;
/** `周五`, `星期五`, `週五`, `(Fri)`, ` Friday`: what a calendar export or WPS adds after the day. */
const CHINESE_WEEKDAY = String.raw`(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]`;
const ENGLISH_WEEKDAY = String.raw`(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?`;
const WEEKDAY = String.raw`(?:\s*\(\s*(?:${CHINESE_WEEKDAY}|${ENGLISH_WEEKDAY})\s*\)|\s*${CHINESE_WEEKDAY}|(?:\s+|,\s*)${ENGLISH_WEEKDAY})?`;
const AFTER_DAY = `${WEEKDAY}${TIME}${WEEKDAY}`;
const NUMERIC_DAY = String.raw`(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})`;
const CHINESE_DAY = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?`;
/** `10-05-2024`, `10/05/2024`: day-first or month-first, as the column says. */
const YEAR_LAST_DAY = String.raw`(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\9\s*(\d{4})`;

/** The day at the start of a date text, so that what follows it can be read for a time. */
const FULL_DAY_PREFIX = new RegExp(
  `^(?:${NUMERIC_DAY}|${CHINESE_DAY}|${YEAR_LAST_DAY})${WEEKDAY}`,
  'i',
);

const FULL_DATE = new RegExp(
  `^(?:${NUMERIC_DAY}|${CHINESE_DAY}|${YEAR_LAST_DAY})${AFTER_DAY}$`,
  'i',
);
/** A day and month with no year: `7月5日`, `7/5`, `07-05 周三`. */
const YEARLESS_DAY = new RegExp(
  String.raw`^(?:(\d{1,2})\s*[-/.]\s*(\d{1,2})|(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?)${AFTER_DAY}$`,
  'i',
);

/** What a date text says, before a column's day order is applied. */
type DayReading =
  | { readonly kind: 'day'; readonly day: CalendarDay }
  /** `10-05-2024`: each reading that makes a real day, or null. */
  | {
      readonly kind: 'yearLast';
      readonly dayFirst: CalendarDay | null;
      readonly monthFirst: CalendarDay | null;
    };

function readDayText(text: string): DayReading | null {
  const match = FULL_DATE.exec(foldWidth(text).trim());
  if (!match) return null;
  if (match[1] !== undefined) {
    const day = makeDay(Number(match[1]), Number(match[3]), Number(match[4]));
    return day ? { kind: 'day', day } : null;
  }
  if (match[5] !== undefined) {
    const day = makeDay(Number(match[5]), Number(match[6]), Number(match[7]));
    return day ? { kind: 'day', day } : null;
  }
  const first = Number(match[8]);
  const second = Number(match[10]);
  const year = Number(match[11]);
  const dayFirst = makeDay(year, second, first);
  const monthFirst = makeDay(year, first, second);
  if (dayFirst === null && monthFirst === null) return null;
  if (dayFirst === monthFirst) return { kind: 'day', day: dayFirst! };
  return { kind: 'yearLast', dayFirst, monthFirst };
}

function dayOf(reading: DayReading, order: DayOrder | null): CalendarDay | null {
  if (reading.kind === 'day') return reading.day;
  if (reading.dayFirst === null) return reading.monthFirst;
  if (reading.monthFirst === null) return reading.dayFirst;
  return order === 'dayFirst'
    ? reading.dayFirst
    : order === 'monthFirst'
      ? reading.monthFirst
      : null;
}

/** `2023-07-05` etc. on their own, or null (also for `10-05-2024` when no order is known). */
export function parseDayText(text: string, order: DayOrder | null = null): CalendarDay | null {
  const reading = readDayText(text);
  return reading ? dayOf(reading, order) : null;
}

/** True for a day and month without a year (`7月5日`, `7/5`). */
export function isYearlessDay(text: string): boolean {
  const match = YEARLESS_DAY.exec(foldWidth(text).trim());
  if (!match) return false;
  const month = Number(match[1] ?? match[3]);
  const day = Number(match[2] ?? match[4]);
  // 2000 is a leap year, so 2月29日 counts as a day and month.
  return makeDay(2000, month, day) !== null;
}

function parseTextDay(text: string, order: DayOrder | null): Parsed<CalendarDay> {
  const reading = readDayText(text);
  if (reading) {
    const day = dayOf(reading, order);
    return day ? parsed(day) : invalid(text, 'ambiguousOrder');
  }
  return isYearlessDay(text) ? invalid(text, 'missingYear') : invalid(text);
}

/**
 * Three ASCII digits first (`2023-07-05`): width folding and trimming leave
 * them first, and a year-last text has at most two digits before its
 * separator, so such a text never decides the order. Most date texts look
 * so: the full date pattern is not run on them once more for every row (issue 16).
 */
function startsWithYear(text: string): boolean {
  for (let index = 0; index < 3; index += 1) {
    const code = text.charCodeAt(index);
    if (!(code >= 48 && code <= 57)) return false;
  }
  return true;
}

/**
 * The day order a column's texts only make sense in: `25-05-2024` can only be
 * day-first, `05/25/2024` only month-first. Null when nothing decides it, or
 * when the column holds both kinds.
 */
export function dayOrderOf(values: Iterable<unknown>): DayOrder | null {
  const tally = new DayOrderTally();
  for (const value of values) tally.add(value);
  return tally.order;
}

/** `dayOrderOf` one value at a time, for callers that walk a grid themselves. */
export class DayOrderTally {
  private onlyDayFirst = 0;
  private onlyMonthFirst = 0;

  add(value: unknown): void {
    if (typeof value !== 'string' || startsWithYear(value)) return;
    const reading = readDayText(value);
    if (reading?.kind !== 'yearLast') return;
    if (reading.monthFirst === null) this.onlyDayFirst += 1;
    else if (reading.dayFirst === null) this.onlyMonthFirst += 1;
  }

  get order(): DayOrder | null {
    if (this.onlyDayFirst > 0 && this.onlyMonthFirst === 0) return 'dayFirst';
    if (this.onlyMonthFirst > 0 && this.onlyDayFirst === 0) return 'monthFirst';
    return null;
  }
}

/**
 * The time of day a date text carries, in minutes after midnight: `14:30`,
 * `9:30 PM`, `下午3点`, `下午3点30分`, `15时`. Null when it has none (or
 * none that is a real time); of a range (`14:00-16:00`) the start.
 */
export function timeOfDayText(text: string): number | null {
  const folded = foldWidth(text).trim();
  if (!FULL_DATE.test(folded)) return null;
  const clock =
    /(?:\s|T|^)(上午|下午|早上|晚上|中午)?\s*(\d{1,2})(?::(\d{1,2})(?::\d{1,2}(?:\.\d+)?)?|[时時点點](?:(\d{1,2})分?)?)\s*([AaPp])?/.exec(
      folded.replace(FULL_DAY_PREFIX, ' '),
    );
  if (!clock) return null;
  let hours = Number(clock[2]);
  const minutes = Number(clock[3] ?? clock[4] ?? 0);
  const afternoon = clock[1] === '下午' || clock[1] === '晚上' || /p/i.test(clock[5] ?? '');
  const morning = clock[1] === '上午' || clock[1] === '早上' || /a/i.test(clock[5] ?? '');
  if ((afternoon || morning) && (hours < 1 || hours > 12)) return null;
  if (afternoon && hours < 12) hours += 12;
  if (morning && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Each serial's result is built once: trackers repeat the same few hundred days. */
const SERIAL_RESULTS = new Map<number, Parsed<CalendarDay>>();
const SERIAL_CACHE_LIMIT = 20_000;

/**
 * 1901-01-01: a smaller number in a date column is no day anyone plans. It
 * is what zh-CN Excel makes of `10.31` typed for 10月31日 (a number, shown
 * as 1900-01-10 once formatted as a date), or a count typed in the wrong
 * column; read as a day it was a wrong date with nothing reported.
 */
export const FIRST_PLAUSIBLE_SERIAL = 367;
const FIRST_PLAUSIBLE_DAY = serialToDay(FIRST_PLAUSIBLE_SERIAL)!;

/** A number too small to be a day: a day and month without a year when it reads as one (`10.31`). */
function implausibleSerial(serial: number): Parsed<CalendarDay> {
  const text = String(serial);
  return isYearlessDay(text) ? invalid(text, 'missingYear') : invalid(text);
}

function parseSerial(serial: number): Parsed<CalendarDay> {
  let result = SERIAL_RESULTS.get(serial);
  if (result === undefined) {
    const day = serialToDay(serial);
    result =
      serial < FIRST_PLAUSIBLE_SERIAL
        ? implausibleSerial(serial)
        : day
          ? parsed(day)
          : invalid(String(serial));
    if (SERIAL_RESULTS.size >= SERIAL_CACHE_LIMIT) SERIAL_RESULTS.clear();
    SERIAL_RESULTS.set(serial, result);
  }
  return result;
}

/** A raw cell meant to hold one day; a serial (most date cells) skips the general reading. */
export function parseDateCell(value: unknown, order: DayOrder | null = null): Parsed<CalendarDay> {
  return typeof value === 'number' && Number.isFinite(value)
    ? parseSerial(value)
    : parseDate(cellScalar(value), order);
}

/** A cell meant to hold one day, in a column of the given day order. */
export function parseDate(scalar: CellScalar, order: DayOrder | null = null): Parsed<CalendarDay> {
  switch (scalar.kind) {
    case 'blank':
      return BLANK;
    case 'number':
      return parseSerial(scalar.value);
    case 'date': {
      const day = dateObjectDay(scalar.date);
      return day && day >= FIRST_PLAUSIBLE_DAY ? parsed(day) : invalid(String(scalar.date));
    }
    case 'text':
      return parseTextDay(scalar.text, order);
    case 'unreadable':
      return invalid(scalar.text);
  }
}
