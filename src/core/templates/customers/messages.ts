/** The customer log's own issue messages and what the review says about customers. */
import { defineCatalog } from '../../i18n';

export const CUSTOMER_ISSUES = defineCatalog(
  { 'invalid-tier': '无法识别的客户等级：“{value}”（应为 VIP/普通）' },
  { 'invalid-tier': 'Unknown tier: "{value}" (use VIP/Standard)' },
);

export type CustomerIssueCode = keyof (typeof CUSTOMER_ISSUES)['zh-CN'];

export const CUSTOMER_REVIEW_TEXT = defineCatalog(
  {
    title: '客户回访（截至 {today}，全工作簿）',
    summary: '客户回访（截至 {today}，全工作簿）：{revisits} 个客户待回访，{followUps} 项跟进逾期',
    revisit: '{customer}（{tier}）：最近沟通 {lastContact}，应于 {revisitBy} 前回访',
    followUp: '{customer}：跟进时间 {followUpBy} 已过',
    revisits: '待回访客户',
    followUps: '跟进逾期',
    vip: 'VIP',
    standard: '普通',
  },
  {
    title: 'Customer revisits (whole workbook, as of {today})',
    summary:
      'Customer revisits (whole workbook, as of {today}): {revisits} customers due a revisit, {followUps} follow-ups overdue',
    revisit: '{customer} ({tier}): last contact {lastContact}, revisit due {revisitBy}',
    followUp: '{customer}: follow-up due {followUpBy} has passed',
    revisits: 'Revisits due',
    followUps: 'Follow-ups overdue',
    vip: 'VIP',
    standard: 'Standard',
  },
);
