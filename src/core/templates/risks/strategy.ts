/** SPEC §11.9 response strategies: 规避 / 降低 / 转移 / 接受 · Avoid / Reduce / Transfer / Accept. */
import { parseChoice } from '../../values/choice';
import type { Parsed } from '../../values/parsed';
import type { Choice } from '../module';

export type RiskStrategy = 'avoid' | 'reduce' | 'transfer' | 'accept';

/** Traditional forms (規避, 轉移, 減輕) fold through the match key. */
export const STRATEGY: Choice<RiskStrategy> = {
  values: ['avoid', 'reduce', 'transfer', 'accept'],
  labels: {
    'zh-CN': { avoid: '规避', reduce: '降低', transfer: '转移', accept: '接受' },
    'en-US': { avoid: 'Avoid', reduce: 'Reduce', transfer: 'Transfer', accept: 'Accept' },
  },
  words: {
    回避: 'avoid',
    避免: 'avoid',
    Avoidance: 'avoid',
    减轻: 'reduce',
    缓解: 'reduce',
    减少: 'reduce',
    Mitigate: 'reduce',
    Mitigation: 'reduce',
    转嫁: 'transfer',
    Share: 'transfer',
    承担: 'accept',
    自留: 'accept',
    Acceptance: 'accept',
    Retain: 'accept',
  },
};

export const parseStrategy = (value: unknown): Parsed<RiskStrategy> =>
  parseChoice(value, STRATEGY) as Parsed<RiskStrategy>;
