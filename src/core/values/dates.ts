/**
 * SPEC §4 dates: Excel serials, `Date` objects, and the text forms teams type
 * (`2023-07-05`, `2023/7/5`, `2023.07.05`, `2023年7月5日`, any of them with a
 * time after it, which is ignored). Text is width-folded before it gets here.
 */
import type { CalendarDay } from '../model';
import { foldWidth } from '../text/normalise';
import { dateObjectDay, makeDay, serialToDay } from './calendar';
import { cellScalar, type CellScalar } from './cell';
import { BLANK, invalid, parsed, type Parsed } from './parsed';

/**
 * A time of day after a date, ignored: ` 14:00`, `T14:00:00.000Z`, ` 9:30 AM`,
 * ` 下午2:00`, ` 14时`, and a meeting's end time (` 14:00-16:00`).
 */
const CLOCK = String.raw`\d{1,2}(?::\d{1,2}(?::\d{1,2}(?:\.\d+)?)?|[时時点點](?:\d{1,2}分?)?)`;
const TIME = String.raw`(?:(?:\s+|T)(?:上午|下午|早上|晚上|中午)?\s*${CLOCK}\s*(?:[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?(?:\s*[-~–—至到]\s*${CLOCK})?)?`;
const NUMERIC_DAY = String.raw`(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})`;
const CHINESE_DAY = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?`;

const FULL_DATE = new RegExp(`^(?:${NUMERIC_DAY}|${CHINESE_DAY})${TIME}$`);

/** `2023-07-05` etc. on their own, or null. */
export function parseDayText(text: string): CalendarDay | null {
  const match = FULL_DATE.exec(foldWidth(text).trim());
  if (!match) return null;
  return match[1] !== undefined
    ? makeDay(Number(match[1]), Number(match[3]), Number(match[4]))
    : makeDay(Number(match[5]), Number(match[6]), Number(match[7]));
}

/** Each serial's result is built once: trackers repeat the same few hundred days. */
const SERIAL_RESULTS = new Map<number, Parsed<CalendarDay>>();
const SERIAL_CACHE_LIMIT = 20_000;

function parseSerial(serial: number): Parsed<CalendarDay> {
  let result = SERIAL_RESULTS.get(serial);
  if (result === undefined) {
    const day = serialToDay(serial);
    result = day ? parsed(day) : invalid(String(serial));
    if (SERIAL_RESULTS.size >= SERIAL_CACHE_LIMIT) SERIAL_RESULTS.clear();
    SERIAL_RESULTS.set(serial, result);
  }
  return result;
}

/** A raw cell meant to hold one day; a serial (most date cells) skips the general reading. */
export function parseDateCell(value: unknown): Parsed<CalendarDay> {
  return typeof value === 'number' && Number.isFinite(value)
    ? parseSerial(value)
    : parseDate(cellScalar(value));
}

/** A cell meant to hold one day. */
export function parseDate(scalar: CellScalar): Parsed<CalendarDay> {
  switch (scalar.kind) {
    case 'blank':
      return BLANK;
    case 'number':
      return parseSerial(scalar.value);
    case 'date': {
      const day = dateObjectDay(scalar.date);
      return day ? parsed(day) : invalid(String(scalar.date));
    }
    case 'text': {
      const day = parseDayText(scalar.text);
      return day ? parsed(day) : invalid(scalar.text);
    }
    case 'unreadable':
      return invalid(scalar.text);
  }
}
