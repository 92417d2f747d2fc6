/** The risk register's own issue messages and review texts. */
import { defineCatalog } from '../../i18n';

export const RISK_ISSUES = defineCatalog(
  {
    'invalid-strategy': '无法识别的应对策略：“{value}”（应为 规避/降低/转移/接受）',
    'high-risk-unprepared': '高风险“{risk}”缺少{missing}',
    'accepting-high-risk': '高风险“{risk}”的应对策略为“接受”，请确认是否应规避、降低或转移',
  },
  {
    'invalid-strategy': 'Unknown strategy: "{value}" (use Avoid/Reduce/Transfer/Accept)',
    'high-risk-unprepared': 'High risk "{risk}" has no {missing}',
    'accepting-high-risk':
      'High risk "{risk}" is accepted; consider avoiding, reducing or transferring it',
  },
);

export type RiskIssueCode = keyof (typeof RISK_ISSUES)['zh-CN'];

export const RISK_TEXT = defineCatalog(
  {
    owner: '负责人',
    contingency: '应急预案',
    and: '和',
    title: '风险（截至 {today}）',
    asOf: '风险（截至 {today}，不限本月）：',
    triggered: '已触发预警',
    high: '高风险',
    triggeredLine: '预警：{id} {risk}（{indicator} 当前 {current}，阈值 {threshold}）',
    highLine: '高风险：{ids}',
    noneTriggered: '预警：无',
    noneHigh: '高风险：无',
  },
  {
    owner: 'owner',
    contingency: 'contingency plan',
    and: ' or ',
    title: 'Risks (as of {today})',
    asOf: 'Risks (as of {today}, not only this month):',
    triggered: 'Warnings triggered',
    high: 'High risks',
    triggeredLine: 'Warning: {id} {risk} ({indicator} now {current}, threshold {threshold})',
    highLine: 'High risks: {ids}',
    noneTriggered: 'Warnings: none',
    noneHigh: 'High risks: none',
  },
);
