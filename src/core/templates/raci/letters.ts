/**
 * SPEC §11.7 one cell of a RACI matrix: any of R, A, C, I, also combined
 * (`A/R`, `R、A`, `AR`) and in words (负责 R, 审批/批准 A, 咨询 C, 知会/告知 I,
 * or Responsible / Accountable / Consulted / Informed). A dash means "no role".
 */
import { matchKey } from '../../text/normalise';
import { cellScalar } from '../../values/cell';
import { BLANK, invalid, parsed, type Parsed } from '../../values/parsed';

export type RaciLetter = 'R' | 'A' | 'C' | 'I';

/** The letters one role holds for one task, in R A C I order, without repeats. */
export type RaciLetters = readonly RaciLetter[];

export const RACI_ORDER: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

/** Match keys (lower case, Simplified) of the words a letter is written as; longest first. */
const WORDS: readonly (readonly [string, RaciLetter])[] = (
  [
    ['负责', 'R'],
    ['审批', 'A'],
    ['批准', 'A'],
    ['咨询', 'C'],
    ['谘询', 'C'],
    ['知会', 'I'],
    ['告知', 'I'],
    ['responsible', 'R'],
    ['accountable', 'A'],
    ['consulted', 'C'],
    ['consult', 'C'],
    ['informed', 'I'],
    ['inform', 'I'],
  ] as const
)
  .map(([word, letter]) => [matchKey(word), letter] as const)
  .sort((a, b) => b[0].length - a[0].length);

const LETTERS: Readonly<Record<string, RaciLetter>> = { r: 'R', a: 'A', c: 'C', i: 'I' };

/** Between letters or words; after width folding, so `（` is already `(`. */
const SEPARATORS = new Set(['/', '、', ',', ';', '+', '&', '|', '(', ')', '.', '，', '；', '\\']);

/** What people put in a matrix cell to say "this role has no part". */
const NO_ROLE = new Set(['-', '—', '–', '--', '/', '无'].map(matchKey));

/** The letters a text names, or null when any part of it is not a RACI letter or word. */
export function parseRaciText(text: string): RaciLetters | null {
  const key = matchKey(text);
  const found = new Set<RaciLetter>();
  let at = 0;
  while (at < key.length) {
    const char = key.charAt(at);
    if (SEPARATORS.has(char)) {
      at += 1;
      continue;
    }
    const word = WORDS.find(([spelling]) => key.startsWith(spelling, at));
    if (word !== undefined) {
      found.add(word[1]);
      at += word[0].length;
      continue;
    }
    const letter = LETTERS[char];
    if (letter === undefined) return null;
    found.add(letter);
    at += 1;
  }
  return found.size === 0 ? null : RACI_ORDER.filter((letter) => found.has(letter));
}

/** A matrix cell: its letters, a blank (no part in the task), or text to report as `invalid-raci`. */
export function parseRaciCell(value: unknown): Parsed<RaciLetters> {
  const scalar = cellScalar(value);
  switch (scalar.kind) {
    case 'blank':
      return BLANK;
    case 'text': {
      if (NO_ROLE.has(matchKey(scalar.text))) return BLANK;
      const letters = parseRaciText(scalar.text);
      return letters === null ? invalid(scalar.text) : parsed(letters);
    }
    case 'number':
      return invalid(String(scalar.value));
    case 'date':
      return invalid(String(scalar.date));
    case 'unreadable':
      return invalid(scalar.text);
  }
}
