/**
 * SPEC §11.8 and the handbook's KPI families: financial (销售额, 利润, 成本费用率),
 * efficiency (库存周转率, 订单处理周期), customer (客户满意度, 投诉率), internal
 * (出勤率, 培训完成率, 制度执行率).
 */
import type { Locale } from '../../i18n';
import type { Parsed } from '../../values/parsed';
import { parseWordCell, vocabulary } from '../../values/vocabulary';

export type KpiFamily = 'financial' | 'efficiency' | 'customer' | 'internal';

export const FAMILY_ORDER: readonly KpiFamily[] = [
  'financial',
  'efficiency',
  'customer',
  'internal',
];

export const FAMILY_LABELS: Readonly<Record<Locale, Readonly<Record<KpiFamily, string>>>> = {
  'zh-CN': { financial: '财务', efficiency: '运营效率', customer: '客户', internal: '内部管理' },
  'en-US': {
    financial: 'Financial',
    efficiency: 'Efficiency',
    customer: 'Customer',
    internal: 'Internal',
  },
};

const WORDS = vocabulary<KpiFamily>({
  财务: 'financial',
  财务类: 'financial',
  财务指标: 'financial',
  Financial: 'financial',
  Finance: 'financial',
  运营效率: 'efficiency',
  效率: 'efficiency',
  运营: 'efficiency',
  Efficiency: 'efficiency',
  'Operational efficiency': 'efficiency',
  Operations: 'efficiency',
  客户: 'customer',
  客户类: 'customer',
  客户满意: 'customer',
  Customer: 'customer',
  内部管理: 'internal',
  内部: 'internal',
  管理: 'internal',
  Internal: 'internal',
  'Internal management': 'internal',
});

/**
 * A family the handbook names, or the team's own word: families are how a
 * team groups its indicators, so another word is kept rather than reported.
 */
export function parseFamily(value: unknown): Parsed<KpiFamily> {
  return parseWordCell(value, WORDS);
}
