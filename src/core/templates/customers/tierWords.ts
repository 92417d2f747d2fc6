/**
 * SPEC §11.4 tier words: the dropdown's labels and what reading accepts.
 * `VIP_WORDS` feeds the revisit highlight formula too; Excel cannot fold
 * Traditional characters, so their Traditional forms are listed with them.
 */
import type { Choice } from '../module';
import type { CustomerTier } from './tier';

export const TIER_CHOICE: Choice<CustomerTier> = {
  values: ['vip', 'standard'],
  labels: {
    'zh-CN': { vip: 'VIP', standard: '普通' },
    'en-US': { vip: 'VIP', standard: 'Standard' },
  },
  words: {
    重要: 'vip',
    重点: 'vip',
    重要客户: 'vip',
    重点客户: 'vip',
    VIP客户: 'vip',
    大客户: 'vip',
    Key: 'vip',
    'Key account': 'vip',
    一般: 'standard',
    普通客户: 'standard',
    一般客户: 'standard',
    Regular: 'standard',
    Normal: 'standard',
  },
};

const TRADITIONAL_VIP_WORDS = ['重點', '重要客戶', '重點客戶', 'VIP客戶', '大客戶'];

/** Every word that reads as VIP, as the sheet's formulas must match it. */
export const VIP_WORDS: readonly string[] = [
  'VIP',
  ...Object.entries(TIER_CHOICE.words ?? {})
    .filter(([, tier]) => tier === 'vip')
    .map(([word]) => word),
  ...TRADITIONAL_VIP_WORDS,
];
