/**
 * Pieces of live formulas that recognise words the readers recognise. Excel
 * and LibreOffice compare text case-insensitively, so each word once is enough;
 * TRIM matches what the readers trim.
 */
import { LOCALES } from '../i18n';
import type { Choice, FormulaWords } from '../templates/module';
import { toTraditional } from '../text/normalise';
import { FIRST_PLAUSIBLE_SERIAL } from '../values/dates';
import { NO_OWNER_WORDS } from '../values/person';
import { statusWords } from '../values/status';

/** A formula string literal. */
export const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * TRUE when `value` (a cell reference or an expression) is a day as Check
 * reads one: a number from 1901-01-01 on. ISNUMBER alone took `10.31` (zh-CN
 * Excel's number for 10月31日 typed without a year, 1900-01-10 as a date) or a
 * time alone (0.5) for a day, and shaded it overdue while Check reports it.
 * The bound is a literal serial, not DATE(1901,1,1): in a workbook using the
 * 1904 date system DATE gives #NUM! for a year before 1904, which would switch
 * every highlight off, while the serial works in both systems (in 1904 it
 * leaves out only 1904-01-01…1905-01-01, stored as 0…366). IF rather than AND
 * so that an error in the cell gives FALSE, as ISNUMBER did, and a computed
 * column stays "" instead of showing the error.
 */
export const isDayFormula = (value: string): string =>
  `IF(ISNUMBER(${value}),${value}>=${FIRST_PLAUSIBLE_SERIAL},FALSE)`;

/** TRUE when `cell` holds one of `words` (a blank cell matches the word `""`). */
export function isOneOf(cell: string, words: readonly string[]): string {
  const tests = [...new Set(words)].map((word) => `TRIM(${cell})=${quoted(word)}`);
  return tests.length === 1 ? (tests[0] ?? 'FALSE') : `OR(${tests.join(',')})`;
}

/**
 * A vocabulary as the sheet's formulas must spell it: each word as the
 * readers list it and in Traditional script (the readers fold script; Excel
 * only folds case). Full-width forms the readers fold are listed by the
 * readers themselves (`？`).
 */
export function formulaSpellings(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, toTraditional(word)]))];
}

const FINISHED = formulaSpellings(statusWords(['done', 'cancelled']));
const DONE = formulaSpellings(statusWords(['done']));
/** A blank cell has no owner either. */
const NO_OWNER = formulaSpellings(['', ...NO_OWNER_WORDS]);

/** SPEC §6: the formulas recognise exactly the readers' words (one vocabulary). */
export const FORMULA_WORDS: FormulaWords = {
  finished: (ref) => isOneOf(ref, FINISHED),
  done: (ref) => isOneOf(ref, DONE),
  noOwner: (ref) => isOneOf(ref, NO_OWNER),
};

/** Every spelling of one value of a closed list: both languages' labels and its synonyms. */
export function choiceWords<V extends string>(choice: Choice<V>, value: V): string[] {
  const labels = LOCALES.map((locale) => choice.labels[locale][value]);
  const synonyms = Object.entries(choice.words ?? {}).flatMap(([word, meant]) =>
    meant === value ? [word] : [],
  );
  return [...labels, ...synonyms];
}
