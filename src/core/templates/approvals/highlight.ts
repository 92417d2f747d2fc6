/**
 * SPEC §11.5 the approval deadlines as live formulas, one column per level,
 * and the overdue highlight over them. They follow `approvalProgress`: level
 * i is reached when every earlier level of the chain approved, starts on the
 * previous level's date (the first on the submission) and is pending while
 * its opinion is blank.
 */
import { isDayFormula } from '../../plan/formulaWords';
import { LEVEL_LIMITS, LEVEL_ORDER, levelWords, type ApprovalLevel } from './levels';

/**
 * A level's words without those another of its words already contains
 * (`部门` finds `部门负责人`): the same matches in a shorter formula.
 */
function chainWords(level: ApprovalLevel): readonly string[] {
  const words = levelWords(level);
  return words.filter(
    (word) =>
      !words.some(
        (shorter) => shorter !== word && word.toUpperCase().includes(shorter.toUpperCase()),
      ),
  );
}
import { dateKey, deadlineKey, opinionKey } from './levelColumns';
import { APPROVAL_WORDS, REJECTION_WORDS } from './opinion';

/** `n` working days after the day in `day` (an expression), as a formula expression. */
export type WorkingDaysFormula = (day: string, n: number) => string;

/** Excel's SEARCH folds case, not script: the Traditional forms of our words are listed too. */
const TRADITIONAL_REJECTIONS = ['不通過', '駁回', '不批准', '拒絕'];
const TRADITIONAL_APPROVALS = ['通過'];

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** TRUE when `ref`'s text contains any of `words` (SEARCH: case-insensitive, any position). */
const containsAny = (ref: string, words: readonly string[]): string =>
  `SUMPRODUCT(--ISNUMBER(SEARCH({${words.map(quoted).join(',')}},${ref})))>0`;

/** The opinion approves: an approval word and no rejection word, as `readOpinion` decides. */
const approves = (ref: string): string =>
  `AND(${containsAny(ref, [...APPROVAL_WORDS, ...TRADITIONAL_APPROVALS])},NOT(${containsAny(ref, [
    ...REJECTION_WORDS,
    ...TRADITIONAL_REJECTIONS,
  ])}))`;

const blank = (ref: string): string => `LEN(TRIM(${ref}))=0`;

/**
 * A level word inside another level's word (`总经理` in `副总经理`) would put
 * the wrong level in the chain, so the chain text is searched after each such
 * longer word is replaced by its own level's first word, as `parseChain`
 * reads whole parts. SUBSTITUTE is case-sensitive, hence UPPER on both sides.
 */
function chainText(chain: string): string {
  const replacements: [string, string][] = [];
  for (const level of LEVEL_ORDER)
    for (const word of levelWords(level)) {
      const containsOther = LEVEL_ORDER.some(
        (other) =>
          other !== level &&
          levelWords(other).some((short) => word.toUpperCase().includes(short.toUpperCase())),
      );
      if (containsOther) replacements.push([word.toUpperCase(), levelWords(level)[0] ?? word]);
    }
  return replacements.reduce(
    (text, [long, canonical]) => `SUBSTITUTE(${text},${quoted(long)},${quoted(canonical)})`,
    `UPPER(${chain})`,
  );
}

/**
 * The deadline of `level` as a live formula (a day serial, or empty text):
 * shown while the chain has reached the level, i.e. every earlier level of
 * the chain approved, and its start day is known (a day as Check reads one:
 * `10.31` in a date column gives no deadline, as in `approvalProgress`). It
 * starts on the previous decided level's date (levels outside the chain carry
 * no opinion), the first level on the submission.
 */
export function levelDeadlineFormula(
  level: ApprovalLevel,
  ref: (key: string) => string,
  workingDays: WorkingDaysFormula,
): string {
  const chain = ref('chain');
  const searched = chainText(chain);
  const inChain = (which: ApprovalLevel): string =>
    `OR(${blank(chain)},${containsAny(searched, chainWords(which))})`;
  const earlier = LEVEL_ORDER.slice(0, LEVEL_ORDER.indexOf(level));
  const reached = earlier.map(
    (before) => `OR(NOT(${inChain(before)}),${approves(ref(opinionKey(before)))})`,
  );
  const start = earlier.reduce(
    (fallback, before) =>
      `IF(${blank(ref(opinionKey(before)))},${fallback},${ref(dateKey(before))})`,
    ref('submitted'),
  );
  const conditions = [inChain(level), ...reached, isDayFormula(start)].join(',');
  return `=IF(AND(${conditions}),${workingDays(start, LEVEL_LIMITS[level])},"")`;
}

/** Red while a level is pending past its deadline (its deadline cell shows a day, its opinion is blank). */
export function approvalOverdueFormula(ref: (key: string) => string): string {
  const pastDeadline = LEVEL_ORDER.map((level) => {
    const deadline = ref(deadlineKey(level));
    return `AND(${isDayFormula(deadline)},${blank(ref(opinionKey(level)))},${deadline}<TODAY())`;
  });
  return `=AND(LEN(TRIM(${ref('document')}))>0,OR(${pastDeadline.join(',')}))`;
}
