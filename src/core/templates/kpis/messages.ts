/** The KPI monitor's own issue messages and review texts. */
import { defineCatalog } from '../../i18n';

export const KPI_ISSUES = defineCatalog(
  {
    'missing-direction': '未填写方向（越高越好/越低越好），无法计算达成率',
    'duplicate-kpi': '指标“{value}”在 {period} 已填报（{firstRow}）',
  },
  {
    'missing-direction':
      'Direction is blank (Higher/Lower is better): attainment cannot be computed',
    'duplicate-kpi': 'Indicator "{value}" is already reported for {period} ({firstRow})',
  },
);

export type KpiIssueCode = keyof (typeof KPI_ISSUES)['zh-CN'];

export const KPI_TEXT = defineCatalog(
  {
    title: 'KPI（{month}）',
    met: '达标',
    atRisk: '预警',
    missed: '未达标',
    noStatus: '无法评估',
    line: '{indicator}：目标 {target}，实际 {actual}，达成率 {attainment}，{status}',
    noFigure: '—',
    summary: 'KPI（{month}）：达标 {met} 项，预警 {atRisk} 项，未达标 {missed} 项',
    none: 'KPI（{month}）：本期没有指标',
  },
  {
    title: 'KPIs ({month})',
    met: 'Met',
    atRisk: 'At risk',
    missed: 'Missed',
    noStatus: 'not assessed',
    line: '{indicator}: target {target}, actual {actual}, attainment {attainment}, {status}',
    noFigure: '—',
    summary: 'KPIs ({month}): {met} met, {atRisk} at risk, {missed} missed',
    none: 'KPIs ({month}): none for this period',
  },
);
