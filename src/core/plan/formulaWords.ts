/**
 * Pieces of live formulas that recognise words the readers recognise. Excel
 * and LibreOffice compare text case-insensitively, so each word once is enough;
 * TRIM matches what the readers trim.
 */
import { LOCALES } from '../i18n';
import type { Choice, FormulaWords } from '../templates/module';

/** A formula string literal. */
export const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** TRUE when `cell` holds one of `words` (a blank cell matches the word `""`). */
export function isOneOf(cell: string, words: readonly string[]): string {
  const tests = [...new Set(words)].map((word) => `TRIM(${cell})=${quoted(word)}`);
  return tests.length === 1 ? (tests[0] ?? 'FALSE') : `OR(${tests.join(',')})`;
}

const FINISHED_WORDS = [
  '已完成',
  '完成',
  '已完结',
  '已取消',
  '取消',
  'Done',
  'Completed',
  'Complete',
  'Cancelled',
  'Canceled',
];
const DONE_WORDS = ['已完成', '完成', '已完结', 'Done', 'Completed', 'Complete'];
const NO_OWNER_WORDS = [
  '',
  '-',
  '—',
  '/',
  '待定',
  '待分配',
  '未分配',
  '无',
  'TBD',
  'N/A',
  'NA',
  'none',
];

/** The highlight formulas' words (issue 9 point 5: to be generated from the readers' vocabulary). */
export const FORMULA_WORDS: FormulaWords = {
  finished: (ref) => isOneOf(ref, FINISHED_WORDS),
  done: (ref) => isOneOf(ref, DONE_WORDS),
  noOwner: (ref) => isOneOf(ref, NO_OWNER_WORDS),
};

/** Every spelling of one value of a closed list: both languages' labels and its synonyms. */
export function choiceWords<V extends string>(choice: Choice<V>, value: V): string[] {
  const labels = LOCALES.map((locale) => choice.labels[locale][value]);
  const synonyms = Object.entries(choice.words ?? {}).flatMap(([word, meant]) =>
    meant === value ? [word] : [],
  );
  return [...labels, ...synonyms];
}
