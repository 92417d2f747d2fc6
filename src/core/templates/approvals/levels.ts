/**
 * SPEC §11.5 approval levels: 部门负责人 → 分管领导 → 总经理, each with its
 * limit in working days. A company may use fewer levels; its chain is written
 * in one cell (`部门负责人-分管领导-总经理`, `部门负责人→总经理`).
 */
import type { Parsed } from '../../values/parsed';
import { BLANK, invalid, parsed } from '../../values/parsed';
import { matchKey } from '../../text/normalise';

export type ApprovalLevel = 'departmentHead' | 'divisionLead' | 'generalManager';

/** The full chain, in the order the handbook prescribes. */
export const LEVEL_ORDER: readonly ApprovalLevel[] = [
  'departmentHead',
  'divisionLead',
  'generalManager',
];

/** Working days each level has to decide, counted from the previous level's decision. */
export const LEVEL_LIMITS: Readonly<Record<ApprovalLevel, number>> = {
  departmentHead: 1,
  divisionLead: 2,
  generalManager: 3,
};

/** Words teams use for each level (Traditional folds through the match key). */
const LEVEL_WORDS: Readonly<Record<ApprovalLevel, readonly string[]>> = {
  departmentHead: [
    '部门负责人',
    '部门经理',
    '部门主管',
    '部门领导',
    '部门',
    'Department head',
    'Dept head',
    'Dept. head',
    'Head of department',
  ],
  divisionLead: [
    '分管领导',
    '分管副总',
    '分管负责人',
    '主管领导',
    '副总经理',
    '副总',
    'Division lead',
    'Deputy general manager',
    'Vice president',
    'VP',
  ],
  generalManager: ['总经理', '总裁', '总经办', 'General manager', 'GM', 'CEO', 'President'],
};

/** Every word for a level, Traditional forms included, for formulas (which cannot fold script). */
export function levelWords(level: ApprovalLevel): readonly string[] {
  return [...LEVEL_WORDS[level], ...TRADITIONAL_LEVEL_WORDS[level]];
}

const TRADITIONAL_LEVEL_WORDS: Readonly<Record<ApprovalLevel, readonly string[]>> = {
  departmentHead: ['部門負責人', '部門經理', '部門主管', '部門領導', '部門'],
  divisionLead: ['分管領導', '分管副總', '分管負責人', '主管領導', '副總經理', '副總'],
  generalManager: ['總經理', '總裁', '總經辦'],
};

const LEVEL_BY_KEY: ReadonlyMap<string, ApprovalLevel> = new Map(
  LEVEL_ORDER.flatMap((level) => LEVEL_WORDS[level].map((word) => [matchKey(word), level])),
);

/** The level a word names (`部門負責人`, `GM`), or null. */
export function levelOfWord(text: string): ApprovalLevel | null {
  return LEVEL_BY_KEY.get(matchKey(text)) ?? null;
}

const CHAIN_SEPARATOR = /\s*(?:->|=>|→|⇒|>|＞|-|－|–|—|、|\/|,|，|;|；|\+|\n)\s*/;

/**
 * A chain cell: the levels it names, in its order, each once. Blank reads as
 * blank (the caller decides what a missing chain means); any part that names
 * no level makes the whole cell invalid, so a typo is reported, not skipped.
 */
export function parseChain(text: string): Parsed<readonly ApprovalLevel[]> {
  const parts = text
    .split(CHAIN_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return BLANK;
  const levels: ApprovalLevel[] = [];
  for (const part of parts) {
    const level = levelOfWord(part);
    if (level === null) return invalid(text);
    if (!levels.includes(level)) levels.push(level);
  }
  return parsed(levels);
}
