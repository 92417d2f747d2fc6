/** SPEC §11.5: document approvals (文件审批申请表, table OpsApprovals). */
import { defineTemplate } from '../module';
import { checkChainEntries } from './checks';
import { APPROVAL_COLUMNS } from './columns';
import { approvalFacts, approvalHighlights } from './facts';
import { reportUncoveredYears } from './coverage';
import { APPROVAL_ISSUES } from './messages';
import { readApproval } from './read';
import type { ApprovalRecord } from './record';
import { APPROVALS_REVIEW } from './reviewSection';
import { APPROVAL_SAMPLE } from './sample';

export const APPROVALS = defineTemplate({
  kind: 'approvals',
  tableName: 'OpsApprovals',
  sheetName: { 'zh-CN': '文件审批申请表', 'en-US': 'Document Approvals' },
  purpose: {
    'zh-CN':
      '文件审批：部门负责人、分管领导、总经理逐级审批，分别限 1、2、3 个工作日，超期自动高亮',
    'en-US':
      'Approvals by department head, division lead and general manager within 1, 2 and 3 working days; overdue levels light up',
  },
  group: 'approvals',
  columns: APPROVAL_COLUMNS,
  recognition: { required: ['document', 'submitted'] },
  issues: APPROVAL_ISSUES,
  reading: {
    record: (row): ApprovalRecord => {
      const record = readApproval(row);
      checkChainEntries(record, row.locale, (field, severity, code, params) =>
        row.report(field, severity, code, params),
      );
      return record;
    },
    afterAll: reportUncoveredYears,
  },
  facts: approvalFacts,
  highlights: approvalHighlights,
  sample: APPROVAL_SAMPLE,
  review: APPROVALS_REVIEW,
});
