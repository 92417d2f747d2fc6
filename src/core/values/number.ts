/**
 * Numbers as teams type them (SPEC §11.8): Excel numbers, and text such as
 * `5%`, `1,234.5`, `－３` (full-width) or `85分` when the column names its unit.
 * Commas count only as thousands separators (`1,23` is not a number).
 */
import { foldWidth } from '../text/normalise';
import { cellScalar } from './cell';
import { BLANK, invalid, parsed, type Parsed } from './parsed';

const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?(%?)$/;
/** U+2212 MINUS SIGN and the dashes a pasted minus arrives as. */
const MINUS = /^[\u2212\u2013\u2014]/;

/** The number a text shows, or null; `units` are trailing words to ignore (`分`, `points`). */
export function parseNumberText(text: string, units: readonly string[] = []): number | null {
  let folded = foldWidth(text).trim().replace(MINUS, '-');
  const lower = folded.toLowerCase();
  for (const unit of units) {
    if (lower.endsWith(unit.toLowerCase())) {
      folded = folded.slice(0, folded.length - unit.length).trim();
      break;
    }
  }
  const match = NUMBER_TEXT.exec(folded.replace(/\s+/g, ''));
  if (!match) return null;
  const [, sign, whole = '', fraction, percent] = match;
  if (whole === '' && fraction === undefined) return null;
  const magnitude = Number(`${whole.replace(/,/g, '') || '0'}.${fraction ?? '0'}`);
  const value = sign === '-' ? -magnitude : magnitude;
  return percent === '%' ? value / 100 : value;
}

export function parseNumberCell(value: unknown, units: readonly string[] = []): Parsed<number> {
  const scalar = cellScalar(value);
  switch (scalar.kind) {
    case 'blank':
      return BLANK;
    case 'number':
      return parsed(scalar.value);
    case 'text': {
      const number = parseNumberText(scalar.text, units);
      return number === null ? invalid(scalar.text) : parsed(number);
    }
    case 'date':
      return invalid(String(scalar.date));
    case 'unreadable':
      return invalid(scalar.text);
  }
}

/** A number on a scale (a 1–5 rating, a 0–100 score): read, blank, not a number, or off the scale. */
export type ScaledNumber =
  Parsed<number> | { readonly ok: false; readonly reason: 'outOfRange'; readonly value: number };

export interface Scale {
  readonly min: number;
  readonly max: number;
  /** Whole steps only (a 1–5 likelihood), or any value between (an average satisfaction). */
  readonly whole: boolean;
  /** Trailing words to ignore: `85分`, `4 points`. */
  readonly units: readonly string[];
}

export function parseScaled(value: unknown, scale: Scale): ScaledNumber {
  const number = parseNumberCell(value, scale.units);
  if (!number.ok) return number;
  const { value: n } = number;
  const onScale = n >= scale.min && n <= scale.max && (!scale.whole || Number.isInteger(n));
  return onScale ? number : { ok: false, reason: 'outOfRange', value: n };
}

/** What people write after a score or rating. */
export const SCORE_UNITS: readonly string[] = ['分', 'points', 'point', 'pts', 'pt'];
