/** SPEC §11.8 which way an indicator is good: 越高越好 / 越低越好 · Higher / Lower is better. */
import type { Locale } from '../../i18n';
import type { Parsed } from '../../values/parsed';
import { parseWordCell, vocabulary } from '../../values/vocabulary';

export type Direction = 'higher' | 'lower';

export const DIRECTION_ORDER: readonly Direction[] = ['higher', 'lower'];

export const DIRECTION_LABELS: Readonly<Record<Locale, Readonly<Record<Direction, string>>>> = {
  'zh-CN': { higher: '越高越好', lower: '越低越好' },
  'en-US': { higher: 'Higher is better', lower: 'Lower is better' },
};

/**
 * Every spelling the readers accept. The live formulas compare the direction
 * cell with these same words, so Check and the sheet agree on every row.
 */
export const DIRECTION_WORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: [
    '越高越好',
    '越大越好',
    '越多越好',
    '正向',
    '高',
    '↑',
    'Higher is better',
    'Higher',
    'High',
    'Up',
    'Maximise',
    'Maximize',
  ],
  lower: [
    '越低越好',
    '越小越好',
    '越少越好',
    '反向',
    '低',
    '↓',
    'Lower is better',
    'Lower',
    'Low',
    'Down',
    'Minimise',
    'Minimize',
  ],
};

const WORDS = vocabulary<Direction>(
  Object.fromEntries(
    DIRECTION_ORDER.flatMap((direction) =>
      DIRECTION_WORDS[direction].map((word) => [word, direction] as const),
    ),
  ),
);

export function parseDirection(value: unknown): Parsed<Direction> {
  return parseWordCell(value, WORDS);
}
