/**
 * SPEC §11.5 opinions. An approval word approves; a rejection word rejects
 * and ends the chain; any other text returns the document for changes and
 * ends the chain too (`需补充差旅费标准`). A rejection with nothing beyond the
 * word gives the applicant no reason to act on.
 */
import { foldWidth, toSimplified } from '../../text/normalise';

export type Verdict = 'approve' | 'reject' | 'return';

export interface Opinion {
  readonly verdict: Verdict;
  /** What the opinion says beyond its verdict word; the whole text for a return. */
  readonly reason: string;
}

/** Checked before approval words: `不同意` and `不通过` contain `同意` and `通过`. */
export const REJECTION_WORDS = [
  '不同意',
  '不通过',
  '不批准',
  '不予批准',
  '驳回',
  '退回',
  '拒绝',
  'not approved',
  'rejected',
  'reject',
  'declined',
  'denied',
];
export const APPROVAL_WORDS = [
  '同意',
  '通过',
  '批准',
  '准予',
  '已审核',
  'approved',
  'approve',
  'agreed',
];

/** Punctuation and spaces that say nothing on their own (`驳回。`, `同意！`). */
const FILLER = /^[\s:：,，.。;；!！、\-—()（）"“”'‘’]+|[\s:：,，.。;；!！、\-—()（）"“”'‘’]+$/g;

const strip = (text: string): string => text.replace(FILLER, '');

function findWord(key: string, words: readonly string[]): string | null {
  return words.find((word) => key.includes(word)) ?? null;
}

/** The opinion a cell's text gives, or null when it says nothing. */
export function readOpinion(text: string): Opinion | null {
  const trimmed = strip(foldWidth(text));
  if (trimmed === '') return null;
  const key = toSimplified(trimmed).toLowerCase();
  const rejection = findWord(key, REJECTION_WORDS);
  if (rejection !== null) {
    return { verdict: 'reject', reason: reasonBeyond(trimmed, key, rejection) };
  }
  const approval = findWord(key, APPROVAL_WORDS);
  if (approval !== null) {
    return { verdict: 'approve', reason: reasonBeyond(trimmed, key, approval) };
  }
  return { verdict: 'return', reason: trimmed };
}

/** The text around the verdict word, as written (the key is the same length as the text). */
function reasonBeyond(text: string, key: string, word: string): string {
  const at = key.indexOf(word);
  const before = strip(text.slice(0, at));
  const after = strip(text.slice(at + word.length));
  return [before, after].filter((part) => part !== '').join('，');
}

/** A rejection or return that names no reason: SPEC `rejected-without-reason`. */
export function lacksReason(opinion: Opinion): boolean {
  return opinion.verdict !== 'approve' && opinion.reason === '';
}
