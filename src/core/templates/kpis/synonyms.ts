/** Header words of the KPI monitor's fields, beyond our own two headers (Simplified + English). */
import type { FieldWords } from '../module';

export const KPI_WORDS = {
  indicator: {
    words: [
      '指标名称',
      '指标',
      'KPI',
      'KPI名称',
      '考核指标',
      '关键指标',
      'Indicator',
      'KPI name',
      'Metric',
      'Measure',
    ],
  },
  family: {
    words: ['类别', '指标类别', '分类', '类型', '维度', 'Family', 'Category', 'Type', 'Dimension'],
  },
  period: {
    words: [
      '统计周期',
      '周期',
      '月份',
      '考核周期',
      '统计月份',
      'Period',
      'Month',
      'Reporting period',
    ],
  },
  unit: { words: ['单位', '计量单位', 'Unit', 'Units'] },
  direction: {
    words: ['方向', '指标方向', '考核方向', '评价方向', 'Direction', 'Polarity', 'Better when'],
  },
  target: { words: ['目标值', '目标', '计划值', 'Target', 'Goal', 'Plan'] },
  actual: { words: ['实际值', '实际', '完成值', '实际完成', 'Actual', 'Result', 'Actual value'] },
  lastYear: {
    words: [
      '去年同期',
      '上年同期',
      '同期值',
      '去年同期值',
      'Same period last year',
      'Last year',
      'Prior year',
      'LY',
    ],
  },
  attainment: {
    words: ['达成率', '完成率', '目标达成率', 'Attainment', 'Achievement', '% of target'],
  },
  yoy: { words: ['同比', '同比增长', '同比变化', 'YoY', 'Year on year', 'Year-over-year'] },
  status: { words: ['状态', '达成状态', '评价', 'Status', 'Rating'] },
  owner: { words: ['负责人', '责任人', '指标负责人', 'Owner', 'Responsible', 'Accountable'] },
} satisfies Readonly<Record<string, FieldWords>>;
