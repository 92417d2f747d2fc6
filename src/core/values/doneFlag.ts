/**
 * SPEC §13 done flags: a column of ✓ marks (or 是/Yes/TRUE/Y) for done and
 * ✗ (否/No/FALSE/N) or nothing for not done.
 */
import { parsed, type Parsed } from './parsed';
import { parseWordCell, vocabulary } from './vocabulary';

const FLAG_WORDS = vocabulary<boolean>({
  '✓': true,
  '✔': true,
  '√': true,
  '☑': true,
  '✅': true,
  是: true,
  Yes: true,
  Y: true,
  TRUE: true,
  '✗': false,
  '✘': false,
  '×': false,
  '☐': false,
  '❌': false,
  否: false,
  No: false,
  N: false,
  FALSE: false,
});

/** True for done, false for not done; a boolean cell (Office.js `values`) reads as itself. */
export function parseDoneFlag(value: unknown): Parsed<boolean> {
  if (typeof value === 'boolean') return parsed(value);
  return parseWordCell(value, FLAG_WORDS);
}
