/** Header words of the risk register's fields, beyond our own two headers (Simplified + English). */
import type { FieldWords } from '../module';

export const RISK_WORDS = {
  id: { words: ['风险编号', '编号', '风险ID', '序号', 'Risk ID', 'ID', 'No.', 'Ref'] },
  risk: {
    words: [
      '风险描述',
      '风险',
      '风险名称',
      '风险事项',
      '风险内容',
      // The PMBOK register's 风险说明书 (risk statement).
      '风险说明',
      '风险说明书',
      'Risk',
      'Description',
      'Risk description',
    ],
  },
  category: {
    words: ['类别', '风险类别', '风险类型', '分类', '类型', 'Category', 'Type', 'Risk category'],
  },
  likelihood: {
    words: ['可能性', '发生可能性', '概率', '发生概率', 'Likelihood', 'Probability'],
    prefixes: ['可能性', 'Likelihood'],
  },
  impact: {
    words: ['影响程度', '影响', '影响度', '严重程度', 'Impact', 'Severity'],
    prefixes: ['影响程度', 'Impact'],
  },
  score: { words: ['风险值', '风险分值', '风险评分', '得分', 'Score', 'Risk score'] },
  level: { words: ['风险等级', '等级', '风险级别', 'Level', 'Risk level', 'Rating'] },
  strategy: {
    words: ['应对策略', '策略', '应对措施', '应对方式', 'Strategy', 'Response', 'Treatment'],
  },
  indicator: { words: ['预警指标', '监控指标', '指标', 'Indicator', 'Warning indicator', 'KRI'] },
  trigger: { words: ['触发条件', '触发方式', '条件', 'Trigger', 'Condition'] },
  threshold: { words: ['预警阈值', '阈值', '预警值', '临界值', 'Threshold', 'Limit'] },
  current: { words: ['当前值', '现值', '最新值', '实际值', 'Current value', 'Current', 'Latest'] },
  owner: { words: ['负责人', '责任人', '风险负责人', 'Owner', 'Risk owner'] },
  contingency: {
    words: [
      '应急预案',
      '预案',
      '应急措施',
      '应急方案',
      'Contingency plan',
      'Contingency',
      'Fallback',
    ],
  },
  status: { words: ['状态', '风险状态', '当前状态', 'Status', 'State'] },
} satisfies Readonly<Record<string, FieldWords>>;
