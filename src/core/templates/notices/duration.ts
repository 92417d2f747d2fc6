/** SPEC §11.1 meeting length: minutes, at most 90 as the handbook prescribes. */

export const LONGEST_MEETING_MINUTES = 90;

/** Trailing words a team types after the minutes (`90分钟`, `45 min`). */
export const MINUTE_UNITS: readonly string[] = ['分钟', '分鐘', '分', 'minutes', 'mins', 'min'];

export const meetingTooLong = (minutes: number): boolean => minutes > LONGEST_MEETING_MINUTES;
