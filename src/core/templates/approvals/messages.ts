/** The document approvals' own issue messages and what the review says about them. */
import { defineCatalog } from '../../i18n';

export const APPROVAL_ISSUES = defineCatalog(
  {
    'archive-number-format':
      '审批编号“{value}”应为“类型-年份-编号”，年份为申请年份（如 制度-2023-001）',
    'rejected-without-reason': '{level}“{value}”没有写明原因',
    'approval-order': '{level}审批日期 {date} 早于{previous}（{previousDate}）',
  },
  {
    'archive-number-format':
      'Archive no. "{value}" should be TYPE-YEAR-NUMBER with the year of the application (e.g. 制度-2023-001)',
    'rejected-without-reason': '{level} wrote "{value}" without a reason',
    'approval-order': '{level} decided on {date}, before {previous} ({previousDate})',
  },
);

export type ApprovalIssueCode = keyof (typeof APPROVAL_ISSUES)['zh-CN'];

export const APPROVAL_TEXT = defineCatalog(
  {
    departmentHead: '部门负责人',
    divisionLead: '分管领导',
    generalManager: '总经理',
    submission: '申请日期',
    title: '文件审批（{month}）',
    summary:
      '文件审批（{month}）：提交 {submitted} 份，按时审批率 {rate}；当前逾期 {overdue} 项（全工作簿）',
    overdue: '{document}（{id}）：{level}审批已超期，期限 {deadline}',
    submitted: '本月提交',
    onTimeRate: '按时审批率',
    overdueCount: '当前逾期（全工作簿）',
    none: '—',
  },
  {
    departmentHead: 'Department head',
    divisionLead: 'Division lead',
    generalManager: 'General manager',
    submission: 'the submission',
    title: 'Document approvals ({month})',
    summary:
      'Document approvals ({month}): {submitted} submitted, {rate} decided on time; {overdue} overdue now (whole workbook)',
    overdue: '{document} ({id}): {level} is past the deadline {deadline}',
    submitted: 'Submitted',
    onTimeRate: 'Decided on time',
    overdueCount: 'Overdue now (whole workbook)',
    none: '—',
  },
);
