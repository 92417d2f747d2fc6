/** What reading one cell gives: a value, a blank, or "not a value" with the text to report. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'blank' }
  | {
      readonly ok: false;
      readonly reason: 'invalid';
      readonly text: string;
      /** Why a date-looking text gives no day, when it is more than "not a date". */
      readonly problem?: DateProblem;
    };

/**
 * `missingYear`: a day and month with no year (`7月5日`, `7月1日至7月15日`).
 * `ambiguousOrder`: `10-05-2024` in a column that does not say whether it is
 * day-first or month-first.
 */
export type DateProblem = 'missingYear' | 'ambiguousOrder';

export const BLANK = { ok: false, reason: 'blank' } as const;

export const invalid = (text: string, problem?: DateProblem): Parsed<never> =>
  problem === undefined
    ? { ok: false, reason: 'invalid', text }
    : { ok: false, reason: 'invalid', text, problem };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
