/** The month a review row is for, however people typed it: `2023-07`, `2023年7月`, `2023/07`, a date. */
import type { MonthKey } from '../model';
import { foldWidth } from '../text/normalise';
import { dateObjectDay, serialToDay } from '../values/calendar';
import { cellScalar } from '../values/cell';
import { parseDayText } from '../values/dates';

const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:份)?$/;

export function parsePeriod(value: unknown): MonthKey | null {
  const scalar = cellScalar(value);
  switch (scalar.kind) {
    case 'number':
      return serialToDay(scalar.value)?.slice(0, 7) ?? null;
    case 'date':
      return dateObjectDay(scalar.date)?.slice(0, 7) ?? null;
    case 'text': {
      const match = MONTH_TEXT.exec(foldWidth(scalar.text));
      if (match) {
        const month = Number(match[2]);
        return month >= 1 && month <= 12 ? `${match[1]}-${String(month).padStart(2, '0')}` : null;
      }
      return parseDayText(scalar.text)?.slice(0, 7) ?? null;
    }
    default:
      return null;
  }
}
