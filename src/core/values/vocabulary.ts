/**
 * Matching a cell against a closed vocabulary (statuses, priorities): exact
 * text first (the common case, no allocation), then the folded match key.
 */
import { matchKey } from '../text/normalise';
import type { CellScalar } from './cell';
import { BLANK, invalid, parsed, type Parsed } from './parsed';

export type Vocabulary<T> = ReadonlyMap<string, T>;

export function vocabulary<T>(entries: Readonly<Record<string, T>>): Vocabulary<T> {
  const map = new Map<string, T>();
  for (const [word, value] of Object.entries(entries)) {
    map.set(word, value);
    map.set(matchKey(word), value);
  }
  return map;
}

export function parseWord<T>(scalar: CellScalar, words: Vocabulary<T>): Parsed<T> {
  switch (scalar.kind) {
    case 'blank':
      return BLANK;
    case 'text': {
      const value = words.get(scalar.text) ?? words.get(matchKey(scalar.text));
      return value === undefined ? invalid(scalar.text) : parsed(value);
    }
    case 'number':
      return invalid(String(scalar.value));
    case 'date':
      return invalid(String(scalar.date));
    case 'unreadable':
      return invalid(scalar.text);
  }
}
