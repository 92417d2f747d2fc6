/**
 * Pieces of live formulas that recognise words the readers recognise. Excel
 * and LibreOffice compare text case-insensitively, so each word once is enough;
 * TRIM matches what the readers trim.
 */
import { LOCALES } from '../i18n';
import type { Choice, FormulaWords } from '../templates/module';
import { toTraditional } from '../text/normalise';
import { NO_OWNER_WORDS } from '../values/person';
import { statusWords } from '../values/status';

/** A formula string literal. */
export const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

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
