/** SPEC §11.8: the KPI monitor (KPI监控表, table OpsKpis). */
import { defineTemplate, type SampleRow } from '../module';
import { KPI_COLUMNS } from './columns';
import { KPI_ISSUES } from './messages';
import { readKpi } from './record';
import { reportRepeatedKpis } from './repeats';
import { KPI_REVIEW } from './review';

const PERIOD = '2026-01';

/** The handbook's four families with its SMART examples (订单处理时长 3→2 天, 客户投诉率 5%→3%). */
const kpi = (
  indicator: string,
  family: string,
  unit: string,
  direction: string,
  target: number,
  actual: number,
  lastYear: number,
  owner: string,
): SampleRow => ({
  indicator,
  family,
  period: PERIOD,
  unit,
  direction,
  target,
  actual,
  lastYear,
  owner,
});

export const KPIS = defineTemplate({
  kind: 'kpis',
  tableName: 'OpsKpis',
  sheetName: { 'zh-CN': 'KPI监控表', 'en-US': 'KPI Monitor' },
  purpose: {
    'zh-CN':
      '财务、运营效率、客户、内部管理四类指标：目标、实际、去年同期，达成率、同比与达标状态自动计算',
    'en-US':
      'Financial, efficiency, customer and internal KPIs: target, actual and last year, with attainment, YoY and status computed live',
  },
  group: 'kpisRisks',
  columns: KPI_COLUMNS,
  recognition: { required: ['indicator', 'target', 'actual'] },
  issues: KPI_ISSUES,
  reading: { record: readKpi, afterAll: reportRepeatedKpis },
  review: KPI_REVIEW,
  sample: {
    'zh-CN': [
      kpi('销售额', '财务', '万元', '越高越好', 500, 520, 460, '销售总监'),
      kpi('成本费用率', '财务', '%', '越低越好', 30, 31.5, 33, '财务经理'),
      kpi('库存周转率', '运营效率', '次', '越高越好', 6, 5.6, 5.2, '仓储主管'),
      kpi('订单处理时长', '运营效率', '天', '越低越好', 2, 2.5, 3, '运营经理'),
      kpi('客户满意度', '客户', '%', '越高越好', 90, 91, 85, '客服主管'),
      kpi('客户投诉率', '客户', '%', '越低越好', 3, 3.2, 5, '客服主管'),
      kpi('出勤率', '内部管理', '%', '越高越好', 98, 98.5, 97, '人力资源部'),
      kpi('培训完成率', '内部管理', '%', '越高越好', 100, 92, 90, '人力资源部'),
    ],
    'en-US': [
      kpi('Sales', 'Financial', '10k CNY', 'Higher is better', 500, 520, 460, 'Sales director'),
      kpi(
        'Cost-to-revenue ratio',
        'Financial',
        '%',
        'Lower is better',
        30,
        31.5,
        33,
        'Finance manager',
      ),
      kpi(
        'Inventory turnover',
        'Efficiency',
        'turns',
        'Higher is better',
        6,
        5.6,
        5.2,
        'Warehouse lead',
      ),
      kpi(
        'Order handling time',
        'Efficiency',
        'days',
        'Lower is better',
        2,
        2.5,
        3,
        'Operations manager',
      ),
      kpi('Customer satisfaction', 'Customer', '%', 'Higher is better', 90, 91, 85, 'Service lead'),
      kpi('Complaint rate', 'Customer', '%', 'Lower is better', 3, 3.2, 5, 'Service lead'),
      kpi('Attendance', 'Internal', '%', 'Higher is better', 98, 98.5, 97, 'HR'),
      kpi('Training completion', 'Internal', '%', 'Higher is better', 100, 92, 90, 'HR'),
    ],
  },
});
