/**
 * SPEC §11.9 the risk register's live columns (风险值, 风险等级) and its
 * early-warning highlight. They compute what `score.ts` and `trigger.ts`
 * compute, from the same words, so the sheet and Check agree.
 */
import type { Locale } from '../../i18n';
import { choiceWords, isOneOf, quoted } from '../../plan/formulaWords';
import { HIGH_FROM, LEVEL_LABELS, MEDIUM_FROM, SCALE_MAX, SCALE_MIN } from './score';
import { RISK_STATUS } from './status';
import { TRIGGER_WORDS } from './trigger';

const onScale = (cell: string): string =>
  `${cell}>=${SCALE_MIN},${cell}<=${SCALE_MAX},INT(${cell})=${cell}`;

/** Likelihood × impact, blank unless both are whole numbers 1–5. */
export function scoreFormula(likelihood: string, impact: string): string {
  // Spreadsheets evaluate every argument of AND: the range tests wait until both are numbers.
  const ratings = `AND(${onScale(likelihood)},${onScale(impact)})`;
  return `=IF(AND(ISNUMBER(${likelihood}),ISNUMBER(${impact})),IF(${ratings},${likelihood}*${impact},""),"")`;
}

export function levelFormula(score: string, locale: Locale): string {
  const words = LEVEL_LABELS[locale];
  return `=IF(ISNUMBER(${score}),IF(${score}>=${HIGH_FROM},${quoted(words.high)},IF(${score}>=${MEDIUM_FROM},${quoted(words.medium)},${quoted(words.low)})),"")`;
}

export interface TriggerCells {
  readonly trigger: string;
  readonly threshold: string;
  readonly current: string;
  readonly status: string;
}

/** TRUE when the warning fires: current meets the trigger against the threshold, risk not closed. */
export function triggeredFormula(cells: TriggerCells): string {
  const { trigger, threshold, current, status } = cells;
  const atLeast = `AND(${isOneOf(trigger, ['', ...TRIGGER_WORDS.atLeast])},${current}>=${threshold})`;
  const atMost = `AND(${isOneOf(trigger, TRIGGER_WORDS.atMost)},${current}<=${threshold})`;
  const fires = `AND(NOT(${isOneOf(status, choiceWords(RISK_STATUS, 'closed'))}),OR(${atLeast},${atMost}))`;
  return `=IF(AND(ISNUMBER(${threshold}),ISNUMBER(${current})),${fires},FALSE)`;
}
