/** SPEC §3.2: the cross-department collaboration log (跨部门协作记录表, table OpsCollab). */
import { completedColumn, dueColumn, ownerColumn, statusColumn } from '../columns';
import type { ColumnDecl } from '../module';
import { COLLAB_WORDS } from './synonyms';
import type { CollabIssueCode } from './messages';
import { partnersExcludeInitiator } from './rules';
import { DATE_TIME, TEXT } from '../formats';

export const COLLAB_COLUMNS: readonly ColumnDecl<CollabIssueCode>[] = [
  {
    key: 'id',
    header: { 'zh-CN': '协作事项编号', 'en-US': 'Item ID' },
    type: 'id',
    required: true,
    width: 12,
    numberFormat: TEXT,
    blank: { code: 'missing-id', severity: 'warning' },
    synonyms: COLLAB_WORDS.id,
  },
  {
    key: 'topic',
    header: { 'zh-CN': '协作事项描述', 'en-US': 'Topic' },
    type: 'text',
    required: true,
    width: 28,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: COLLAB_WORDS.topic,
  },
  {
    key: 'initiator',
    header: { 'zh-CN': '发起部门', 'en-US': 'Initiating dept.' },
    type: 'text',
    required: true,
    width: 12,
    numberFormat: TEXT,
    blank: { code: 'missing-department', severity: 'warning' },
    fillDown: 'teamSheets',
    synonyms: COLLAB_WORDS.initiator,
  },
  {
    key: 'partners',
    header: { 'zh-CN': '协作部门', 'en-US': 'Partner depts.' },
    type: 'list',
    required: true,
    width: 18,
    numberFormat: TEXT,
    blank: { code: 'missing-partners', severity: 'warning' },
    check: partnersExcludeInitiator,
    synonyms: COLLAB_WORDS.partners,
  },
  ownerColumn({
    key: 'lead',
    header: { 'zh-CN': '总负责人', 'en-US': 'Lead' },
    width: 10,
    synonyms: COLLAB_WORDS.lead,
  }),
  {
    key: 'meetingDate',
    header: { 'zh-CN': '沟通时间', 'en-US': 'Discussed on' },
    type: 'datetime',
    required: false,
    width: 16,
    numberFormat: DATE_TIME,
    synonyms: COLLAB_WORDS.meetingDate,
  },
  {
    key: 'decision',
    header: { 'zh-CN': '决议内容', 'en-US': 'Decision' },
    type: 'text',
    required: false,
    width: 28,
    numberFormat: TEXT,
    synonyms: COLLAB_WORDS.decision,
  },
  ownerColumn({
    key: 'follower',
    header: { 'zh-CN': '跟进人', 'en-US': 'Follow-up owner' },
    width: 10,
    synonyms: COLLAB_WORDS.follower,
  }),
  dueColumn({
    key: 'deadline',
    header: { 'zh-CN': '完成时限', 'en-US': 'Deadline' },
    width: 12,
    synonyms: COLLAB_WORDS.deadline,
  }),
  statusColumn({
    key: 'status',
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    width: 11,
    synonyms: COLLAB_WORDS.status,
  }),
  completedColumn({
    key: 'completed',
    header: { 'zh-CN': '完成日期', 'en-US': 'Completed on' },
    width: 12,
    synonyms: COLLAB_WORDS.completed,
  }),
  {
    key: 'result',
    header: { 'zh-CN': '实际完成情况', 'en-US': 'Outcome' },
    type: 'text',
    required: false,
    width: 24,
    numberFormat: TEXT,
    synonyms: COLLAB_WORDS.result,
  },
];
