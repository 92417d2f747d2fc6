/** SPEC §11.4 customer tiers: VIP or standard; 重要 / 重点 customers are VIPs. */
import type { Parsed } from '../../values/parsed';
import { parseWordCell, vocabulary } from '../../values/vocabulary';

export type CustomerTier = 'vip' | 'standard';

const TIER_WORDS = vocabulary<CustomerTier>({
  VIP: 'vip',
  重要: 'vip',
  重点: 'vip',
  重要客户: 'vip',
  重点客户: 'vip',
  VIP客户: 'vip',
  大客户: 'vip',
  Key: 'vip',
  'Key account': 'vip',
  普通: 'standard',
  一般: 'standard',
  普通客户: 'standard',
  一般客户: 'standard',
  Standard: 'standard',
  Regular: 'standard',
  Normal: 'standard',
});

/** Traditional forms (重點, 普通客戶) fold through the match key. */
export function parseTier(value: unknown): Parsed<CustomerTier> {
  return parseWordCell(value, TIER_WORDS);
}
