/** SPEC §11.9 response strategies: 规避 / 降低 / 转移 / 接受 · Avoid / Reduce / Transfer / Accept. */
import type { Locale } from '../../i18n';
import type { Parsed } from '../../values/parsed';
import { parseWordCell, vocabulary } from '../../values/vocabulary';

export type RiskStrategy = 'avoid' | 'reduce' | 'transfer' | 'accept';

export const STRATEGY_ORDER: readonly RiskStrategy[] = ['avoid', 'reduce', 'transfer', 'accept'];

export const STRATEGY_LABELS: Readonly<Record<Locale, Readonly<Record<RiskStrategy, string>>>> = {
  'zh-CN': { avoid: '规避', reduce: '降低', transfer: '转移', accept: '接受' },
  'en-US': { avoid: 'Avoid', reduce: 'Reduce', transfer: 'Transfer', accept: 'Accept' },
};

/** Traditional forms (規避, 轉移, 減輕) fold through the match key. */
const WORDS = vocabulary<RiskStrategy>({
  规避: 'avoid',
  回避: 'avoid',
  避免: 'avoid',
  Avoid: 'avoid',
  Avoidance: 'avoid',
  降低: 'reduce',
  减轻: 'reduce',
  缓解: 'reduce',
  减少: 'reduce',
  Reduce: 'reduce',
  Mitigate: 'reduce',
  Mitigation: 'reduce',
  转移: 'transfer',
  转嫁: 'transfer',
  Transfer: 'transfer',
  Share: 'transfer',
  接受: 'accept',
  承担: 'accept',
  自留: 'accept',
  Accept: 'accept',
  Acceptance: 'accept',
  Retain: 'accept',
});

export function parseStrategy(value: unknown): Parsed<RiskStrategy> {
  return parseWordCell(value, WORDS);
}
