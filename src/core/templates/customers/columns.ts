/** SPEC §11.4 columns of the customer log (客户沟通记录表, table OpsCustomers), in insert order. */
import { ownerColumn, statusColumn } from '../columns';
import { DATE, DATE_TIME, TEXT } from '../formats';
import type { Choice, ColumnDecl } from '../module';
import type { CustomerIssueCode } from './messages';
import { TIER_CHOICE } from './tierWords';

const PURPOSE_CHOICE: Choice<'research' | 'problem' | 'satisfaction' | 'other'> = {
  values: ['research', 'problem', 'satisfaction', 'other'],
  labels: {
    'zh-CN': {
      research: '需求调研',
      problem: '问题解决',
      satisfaction: '满意度回访',
      other: '其他',
    },
    'en-US': {
      research: 'Needs research',
      problem: 'Problem solving',
      satisfaction: 'Satisfaction follow-up',
      other: 'Other',
    },
  },
  words: {
    需求沟通: 'research',
    调研: 'research',
    问题处理: 'problem',
    投诉处理: 'problem',
    售后: 'problem',
    回访: 'satisfaction',
    满意度调查: 'satisfaction',
    其它: 'other',
    Research: 'research',
    Support: 'problem',
    Issue: 'problem',
    'Follow-up': 'satisfaction',
    Revisit: 'satisfaction',
  },
};

export const CUSTOMER_COLUMNS: readonly ColumnDecl<CustomerIssueCode>[] = [
  {
    key: 'customer',
    header: { 'zh-CN': '客户名称', 'en-US': 'Customer' },
    type: 'text',
    required: true,
    width: 20,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: {
      words: ['客户', '客户名', '公司名称', '单位名称', 'Customer name', 'Client', 'Account'],
    },
  },
  {
    key: 'tier',
    header: { 'zh-CN': '客户等级', 'en-US': 'Tier' },
    type: 'choice',
    required: false,
    width: 10,
    numberFormat: TEXT,
    choice: TIER_CHOICE,
    invalid: { code: 'invalid-tier', severity: 'error' },
    synonyms: {
      words: ['等级', '客户级别', '客户类型', '级别', 'Customer tier', 'Level', 'Class'],
    },
  },
  {
    key: 'contact',
    header: { 'zh-CN': '联系人', 'en-US': 'Contact' },
    type: 'text',
    required: false,
    width: 10,
    numberFormat: TEXT,
    synonyms: { words: ['客户联系人', '对接人', 'Contact person'] },
  },
  {
    key: 'contactedOn',
    header: { 'zh-CN': '沟通时间', 'en-US': 'Contacted on' },
    type: 'datetime',
    required: true,
    width: 17,
    numberFormat: DATE_TIME,
    synonyms: {
      words: ['沟通日期', '联系时间', '拜访时间', '日期', 'Date', 'Contact date', 'Contacted'],
    },
  },
  {
    key: 'purpose',
    header: { 'zh-CN': '沟通目的', 'en-US': 'Purpose' },
    type: 'choice',
    required: false,
    width: 14,
    numberFormat: TEXT,
    choice: PURPOSE_CHOICE,
    synonyms: { words: ['目的', '沟通类型', '事由', 'Reason', 'Type'] },
  },
  {
    key: 'needs',
    header: { 'zh-CN': '需求记录', 'en-US': 'Needs' },
    type: 'text',
    required: false,
    width: 26,
    numberFormat: TEXT,
    synonyms: { words: ['客户需求', '需求', '沟通内容', 'Requirements', 'Notes'] },
  },
  {
    key: 'solution',
    header: { 'zh-CN': '解决方案', 'en-US': 'Solution' },
    type: 'text',
    required: false,
    width: 26,
    numberFormat: TEXT,
    synonyms: { words: ['处理方案', '处理结果', '答复', 'Resolution', 'Answer'] },
  },
  ownerColumn({
    key: 'owner',
    header: { 'zh-CN': '负责人', 'en-US': 'Account owner' },
    width: 10,
    synonyms: { words: ['客户经理', '跟进人', '责任人', 'Owner', 'Account manager'] },
  }),
  {
    key: 'followUpBy',
    header: { 'zh-CN': '跟进时间', 'en-US': 'Follow up by' },
    type: 'date',
    required: true,
    width: 12,
    numberFormat: DATE,
    synonyms: {
      words: ['跟进日期', '下次跟进时间', '下次跟进', 'Follow-up date', 'Next follow-up'],
    },
  },
  statusColumn({
    key: 'status',
    header: { 'zh-CN': '跟进状态', 'en-US': 'Follow-up status' },
    width: 11,
  }),
];
