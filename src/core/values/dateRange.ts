/**
 * SPEC §4 one-cell ranges, the handbooks' 起止时间 column: `2023.07.01-07.15`,
 * `2023/07/01-2023/07/09`, `2023-07-05~2023-07-26`, `2023年7月1日至7月15日`.
 * The end may omit the year (then it takes the start's) or even the month.
 * `-` also separates the parts of an ISO date, so every separator position is
 * tried and a split counts only when both sides read as days.
 */
import type { CalendarDay } from '../model';
import { foldWidth } from '../text/normalise';
import { makeDay } from './calendar';
import type { CellScalar } from './cell';
import { isYearlessDay, parseDate, parseDayText, type DayOrder } from './dates';
import { BLANK, invalid, parsed, type Parsed } from './parsed';

export interface DayRange {
  readonly start: CalendarDay;
  readonly end: CalendarDay;
}

/**
 * `/` separates days too (`10.30/10.31`, a plan's start/end); a split counts
 * only where both sides read as days, so `2023/07/01` is never cut.
 */
const SEPARATOR = /[-–—~〜至到/]/g;
const YEARLESS_END =
  /^(?:(\d{1,2})\s*[-/.]\s*(\d{1,2})|(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?|(\d{1,2})\s*[日号號]?)$/;

function endDay(text: string, start: CalendarDay, order: DayOrder | null): CalendarDay | null {
  const full = parseDayText(text, order);
  if (full) return full;
  const match = YEARLESS_END.exec(foldWidth(text));
  if (!match) return null;
  const year = Number(start.slice(0, 4));
  if (match[1] !== undefined) return makeDay(year, Number(match[1]), Number(match[2]));
  if (match[3] !== undefined) return makeDay(year, Number(match[3]), Number(match[4]));
  return makeDay(year, Number(start.slice(5, 7)), Number(match[5]));
}

/** Every way of cutting a text at a range separator: the text before it and after it. */
function* splits(text: string): Generator<readonly [string, string]> {
  SEPARATOR.lastIndex = 0;
  for (let found = SEPARATOR.exec(text); found; found = SEPARATOR.exec(text))
    yield [text.slice(0, found.index).trim(), text.slice(found.index + 1).trim()];
}

/** The two days of a range written in one text, or null. */
export function parseRangeText(typed: string, order: DayOrder | null = null): DayRange | null {
  const text = foldWidth(typed);
  for (const [before, after] of splits(text)) {
    const start = parseDayText(before, order);
    if (!start) continue;
    const end = endDay(after, start, order);
    if (end) return { start, end };
  }
  return null;
}

/** `7月1日至7月15日`, `07.01-07.15`: a range whose start has no year for the end to take. */
function isYearlessRange(typed: string): boolean {
  const text = foldWidth(typed);
  // Any leap year makes 2月29日 a day; the end is then read against it.
  const someYear = '2000-01-01';
  for (const [before, after] of splits(text))
    if (isYearlessDay(before) && (isYearlessDay(after) || endDay(after, someYear, null)))
      return true;
  return false;
}

/**
 * A cell bound to both start and due. A single day means start and due are
 * that day; a lone serial or `Date` is read the same way.
 */
export function parseDateRange(
  scalar: CellScalar,
  order: DayOrder | null = null,
): Parsed<DayRange> {
  if (scalar.kind === 'text') {
    const range = parseRangeText(scalar.text, order);
    if (range) return parsed(range);
    if (isYearlessRange(scalar.text)) return invalid(scalar.text, 'missingYear');
  }
  const single = parseDate(scalar, order);
  if (single.ok) return parsed({ start: single.value, end: single.value });
  return scalar.kind === 'blank' ? BLANK : single;
}
