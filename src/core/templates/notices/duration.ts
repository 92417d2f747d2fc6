/**
 * SPEC §11.1 meeting length in minutes: a number, or the text people type
 * (`90分钟`, `1.5小时`, `1小时30分`, `2h`, `45 min`).
 */
import { foldWidth } from '../../text/normalise';
import { cellScalar } from '../../values/cell';
import { BLANK, invalid, parsed, type Parsed } from '../../values/parsed';

/** The handbook's rule: meetings take at most 90 minutes. */
export const LONGEST_MEETING_MINUTES = 90;

const HOURS = String.raw`(\d+(?:\.\d+)?)\s*(?:小时|小時|个小时|個小時|h|hr|hrs|hour|hours)`;
const MINUTES = String.raw`(\d+(?:\.\d+)?)\s*(?:分钟|分鐘|分|m|min|mins|minute|minutes)?`;
const DURATION = new RegExp(`^(?:${HOURS})?\\s*(?:${MINUTES})?$`, 'i');

export function parseMinutes(value: unknown): Parsed<number> {
  const scalar = cellScalar(value);
  switch (scalar.kind) {
    case 'blank':
      return BLANK;
    case 'number':
      return scalar.value >= 0 ? parsed(scalar.value) : invalid(String(scalar.value));
    case 'text':
      return parseMinutesText(scalar.text);
    case 'date':
      return invalid(String(scalar.date));
    case 'unreadable':
      return invalid(scalar.text);
  }
}

function parseMinutesText(text: string): Parsed<number> {
  const match = DURATION.exec(foldWidth(text).trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return invalid(text);
  const hours = match[1] === undefined ? 0 : Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  return parsed(hours * 60 + minutes);
}

export const meetingTooLong = (minutes: number): boolean => minutes > LONGEST_MEETING_MINUTES;
