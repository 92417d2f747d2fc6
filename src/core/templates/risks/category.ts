/** SPEC §11.9 where a risk comes from: 市场 / 政策 / 技术 / 人员 / 其他 (the handbook's four, plus other). */
import { parseChoice } from '../../values/choice';
import type { Parsed } from '../../values/parsed';
import type { Choice } from '../module';

export type RiskCategory = 'market' | 'policy' | 'technology' | 'people' | 'other';

export const CATEGORY: Choice<RiskCategory> = {
  values: ['market', 'policy', 'technology', 'people', 'other'],
  labels: {
    'zh-CN': { market: '市场', policy: '政策', technology: '技术', people: '人员', other: '其他' },
    'en-US': {
      market: 'Market',
      policy: 'Policy',
      technology: 'Technology',
      people: 'People',
      other: 'Other',
    },
  },
  words: {
    市场风险: 'market',
    政策风险: 'policy',
    合规: 'policy',
    技术风险: 'technology',
    人员风险: 'people',
    人力: 'people',
    Compliance: 'policy',
    Tech: 'technology',
    Staff: 'people',
  },
};

/** A category the handbook names, or the team's own word (kept, not reported: teams add their own). */
export const parseCategory = (value: unknown): Parsed<RiskCategory> =>
  parseChoice(value, CATEGORY) as Parsed<RiskCategory>;
