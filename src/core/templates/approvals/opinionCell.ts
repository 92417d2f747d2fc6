/**
 * A team's single 审批意见栏 cell, e.g.
 * `部门负责人：同意；分管领导：需补充差旅费标准`, read into one opinion per
 * level, as written (the cell carries no dates). A part without a level label belongs to
 * the level after the previous part's, in chain order.
 */
import { levelOfWord, type ApprovalLevel } from './levels';

const PART_SEPARATOR = /[;；\n]+/;

export function splitOpinionCell(
  text: string,
  chain: readonly ApprovalLevel[],
): ReadonlyMap<ApprovalLevel, string> {
  const opinions = new Map<ApprovalLevel, string>();
  let next = 0;
  for (const raw of text.split(PART_SEPARATOR)) {
    const part = raw.trim();
    if (part === '') continue;
    const labelled = labelledPart(part);
    const level = labelled?.level ?? chain[next];
    if (level === undefined || opinions.has(level)) continue;
    opinions.set(level, labelled ? labelled.opinion : part);
    const position = chain.indexOf(level);
    next = position < 0 ? next : position + 1;
  }
  return opinions;
}

/** `分管领导：需补充…` → the level and what follows its label; null when no label names a level. */
function labelledPart(part: string): { level: ApprovalLevel; opinion: string } | null {
  const colon = part.search(/[:：]/);
  if (colon < 0) return null;
  const level = levelOfWord(part.slice(0, colon));
  return level === null ? null : { level, opinion: part.slice(colon + 1).trim() };
}
