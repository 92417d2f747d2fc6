/** What reading one cell gives: a value, a blank, or "not a value" with the text to report. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'blank' }
  | { readonly ok: false; readonly reason: 'invalid'; readonly text: string };

export const BLANK = { ok: false, reason: 'blank' } as const;

export const invalid = (text: string): Parsed<never> => ({ ok: false, reason: 'invalid', text });

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
