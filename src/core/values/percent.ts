/**
 * SPEC §13 percent complete (进度, 完成率, % Complete): `80%`, `０.８`, a cell
 * formatted as a percentage (0.8, and 1.5 is 150%), or an unformatted whole
 * number of percent (80).
 */
import { foldWidth } from '../text/normalise';
import { cellScalar } from './cell';
import { BLANK, invalid, parsed, type Parsed } from './parsed';

const PERCENT_TEXT = /^(\d+(?:\.\d+)?)\s*%$/;
const NUMBER_TEXT = /^\d+(?:\.\d+)?$/;

/** A fraction 0…1; above 1 and up to 100 a number is a whole number of percent. */
function fromNumber(value: number): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (value <= 1) return value;
  return value <= 100 ? value / 100 : null;
}

/**
 * A number format code that shows a percentage: a `%` outside quotes,
 * brackets and escapes (`0%`, `0.0%`, `[Red]0%`, not `0"%"` nor `0\%`,
 * which show a literal sign and do not multiply by 100).
 */
export function isPercentFormatCode(code: string): boolean {
  const visible = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return visible.includes('%');
}

/**
 * The fraction done (1 is 100%), or why not. `formatted`: the cell is a
 * number formatted as a percentage, so its value is the fraction whatever its
 * size (Excel shows 1.5 as 150%, which is out of range), never whole percent.
 */
export function parsePercent(value: unknown, formatted = false): Parsed<number> {
  const scalar = cellScalar(value);
  switch (scalar.kind) {
    case 'blank':
      return BLANK;
    case 'number': {
      if (formatted) {
        const fraction = scalar.value;
        return fraction >= 0 && fraction <= 1 ? parsed(fraction) : invalid(percentText(fraction));
      }
      const fraction = fromNumber(scalar.value);
      return fraction === null ? invalid(String(scalar.value)) : parsed(fraction);
    }
    case 'text': {
      const text = foldWidth(scalar.text).trim();
      const percent = PERCENT_TEXT.exec(text);
      if (percent) {
        const fraction = Number(percent[1]) / 100;
        return fraction <= 1 ? parsed(fraction) : invalid(scalar.text);
      }
      const fraction = NUMBER_TEXT.test(text) ? fromNumber(Number(text)) : null;
      return fraction === null ? invalid(scalar.text) : parsed(fraction);
    }
    case 'date':
    case 'unreadable':
      return invalid(scalar.kind === 'date' ? String(scalar.date) : scalar.text);
  }
}

/** `80%` as the message shows it. */
export function percentText(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}
