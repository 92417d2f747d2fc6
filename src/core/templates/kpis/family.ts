/**
 * SPEC §11.8 and the handbook's KPI families: financial (销售额, 利润, 成本费用率),
 * efficiency (库存周转率, 订单处理周期), customer (客户满意度, 投诉率), internal
 * (出勤率, 培训完成率, 制度执行率).
 */
import { parseChoice } from '../../values/choice';
import type { Parsed } from '../../values/parsed';
import type { Choice } from '../module';

export type KpiFamily = 'financial' | 'efficiency' | 'customer' | 'internal';

export const FAMILY: Choice<KpiFamily> = {
  values: ['financial', 'efficiency', 'customer', 'internal'],
  labels: {
    'zh-CN': { financial: '财务', efficiency: '运营效率', customer: '客户', internal: '内部管理' },
    'en-US': {
      financial: 'Financial',
      efficiency: 'Efficiency',
      customer: 'Customer',
      internal: 'Internal',
    },
  },
  words: {
    财务类: 'financial',
    财务指标: 'financial',
    Finance: 'financial',
    效率: 'efficiency',
    运营: 'efficiency',
    'Operational efficiency': 'efficiency',
    Operations: 'efficiency',
    客户类: 'customer',
    内部: 'internal',
    管理: 'internal',
    'Internal management': 'internal',
  },
};

/**
 * A family the handbook names, or the team's own word: families are how a
 * team groups its indicators, so another word is kept rather than reported.
 */
export const parseFamily = (value: unknown): Parsed<KpiFamily> =>
  parseChoice(value, FAMILY) as Parsed<KpiFamily>;
