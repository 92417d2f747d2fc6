/**
 * Pieces of live formulas that recognise words the readers recognise. Excel
 * and LibreOffice compare text case-insensitively, so each word once is enough;
 * TRIM matches what the readers trim.
 */

/** A formula string literal. */
export const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** TRUE when `cell` holds one of `words` (a blank cell matches the word `""`). */
export function isOneOf(cell: string, words: readonly string[]): string {
  const tests = [...new Set(words)].map((word) => `TRIM(${cell})=${quoted(word)}`);
  return tests.length === 1 ? (tests[0] ?? 'FALSE') : `OR(${tests.join(',')})`;
}
