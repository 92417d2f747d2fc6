/** SPEC §11.8 which way an indicator is good: 越高越好 / 越低越好 · Higher / Lower is better. */
import { parseChoice } from '../../values/choice';
import type { Parsed } from '../../values/parsed';
import type { Choice } from '../module';

export type Direction = 'higher' | 'lower';

/**
 * The dropdown's labels and every other spelling the readers accept. The live
 * formulas compare the direction cell with these same words (`choiceWords`),
 * so Check and the sheet agree on every row.
 */
export const DIRECTION: Choice<Direction> = {
  values: ['higher', 'lower'],
  labels: {
    'zh-CN': { higher: '越高越好', lower: '越低越好' },
    'en-US': { higher: 'Higher is better', lower: 'Lower is better' },
  },
  words: {
    越大越好: 'higher',
    越多越好: 'higher',
    正向: 'higher',
    高: 'higher',
    '↑': 'higher',
    Higher: 'higher',
    High: 'higher',
    Up: 'higher',
    Maximise: 'higher',
    Maximize: 'higher',
    越小越好: 'lower',
    越少越好: 'lower',
    反向: 'lower',
    低: 'lower',
    '↓': 'lower',
    Lower: 'lower',
    Low: 'lower',
    Down: 'lower',
    Minimise: 'lower',
    Minimize: 'lower',
  },
};

export const parseDirection = (value: unknown): Parsed<Direction> =>
  parseChoice(value, DIRECTION) as Parsed<Direction>;
