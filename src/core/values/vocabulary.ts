/**
 * Matching a cell against a closed vocabulary (statuses, priorities): exact
 * text first (the common case, no allocation), then the folded match key.
 */
import { matchKey } from '../text/normalise';
import { cellScalar, type CellScalar } from './cell';
import { BLANK, invalid, parsed, type Parsed } from './parsed';

/** Word → its (shared, immutable) result, so a match allocates nothing. */
export type Vocabulary<T> = ReadonlyMap<string, Parsed<T>>;

export function vocabulary<T>(entries: Readonly<Record<string, T>>): Vocabulary<T> {
  const map = new Map<string, Parsed<T>>();
  for (const [word, value] of Object.entries(entries)) {
    const result = parsed(value);
    map.set(word, result);
    map.set(matchKey(word), result);
  }
  return map;
}

/** A raw cell: an exact word (most cells) is found without the general reading. */
export function parseWordCell<T>(value: unknown, words: Vocabulary<T>): Parsed<T> {
  return (
    (typeof value === 'string' ? words.get(value) : undefined) ??
    parseWord(cellScalar(value), words)
  );
}

export function parseWord<T>(scalar: CellScalar, words: Vocabulary<T>): Parsed<T> {
  switch (scalar.kind) {
    case 'blank':
      return BLANK;
    case 'text': {
      return words.get(scalar.text) ?? words.get(matchKey(scalar.text)) ?? invalid(scalar.text);
    }
    case 'number':
      return invalid(String(scalar.value));
    case 'date':
      return invalid(String(scalar.date));
    case 'unreadable':
      return invalid(scalar.text);
  }
}
