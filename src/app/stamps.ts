/**
 * The two times a use case writes into a workbook, each stamped one way for
 * every edge: the review's Updated (the day the figures are as of, and the
 * local time they were written) and a Fix log entry's local time.
 */
import type { CalendarDay } from '../core';
import { localDay } from '../core';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2023-07-20 14:03`: `today` (the day the figures are as of) and the local time of `now`. */
export function updatedStamp(today: CalendarDay, now: Date): string {
  return `${today} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** `2024-05-20 09:30:05`: the local time a Fix was made, for its log. */
export function fixStamp(now: Date): string {
  return `${localDay(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}
