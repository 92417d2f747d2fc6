/**
 * SPEC §4 owners: a name, or nobody. Placeholders people type for "nobody yet"
 * read as no owner; a masked name such as `张*` is an owner.
 */
import { matchKey } from '../text/normalise';

/** What people type for "nobody yet": the readers and the sheet's formulas draw from this one list. */
export const NO_OWNER_WORDS: readonly string[] = [
  '-',
  '—',
  '–',
  '--',
  '/',
  '*',
  '?',
  '？',
  '待定',
  '待分配',
  '未分配',
  '无',
  '暂无',
  'TBD',
  'TBA',
  'N/A',
  'NA',
  'none',
  'nobody',
];

const NO_OWNER = new Set(NO_OWNER_WORDS.map(matchKey));

/** The owner's name, or null for blank and placeholders. */
export function parsePerson(text: string): string | null {
  if (text === '' || NO_OWNER.has(matchKey(text))) return null;
  return text;
}
