/** SPEC §11.2 columns of the meeting actions (会议待办, table OpsActions), in insert order. */
import { completedColumn, dueColumn, ownerColumn, statusColumn } from '../columns';
import { DATE, DATE_TIME, TEXT } from '../formats';
import type { ColumnDecl } from '../module';
import { COMPLETED_HEADERS, ID_HEADERS } from '../words';
import type { ActionIssueCode } from './messages';
import { checkMinutesSent } from './rules';

export const ACTION_COLUMNS: readonly ColumnDecl<ActionIssueCode>[] = [
  {
    key: 'meetingId',
    header: { 'zh-CN': '会议编号', 'en-US': 'Meeting ID' },
    type: 'id',
    required: false,
    width: 10,
    numberFormat: TEXT,
    // Every action item of a meeting repeats its ID.
    unique: false,
    synonyms: { words: ['会议ID', '会议号', 'Meeting No.', ...ID_HEADERS] },
  },
  {
    key: 'topic',
    header: { 'zh-CN': '会议主题', 'en-US': 'Topic' },
    type: 'text',
    required: false,
    width: 20,
    numberFormat: TEXT,
    synonyms: { words: ['主题', '会议名称', '会议', 'Meeting', 'Subject'] },
  },
  {
    key: 'heldOn',
    header: { 'zh-CN': '会议时间', 'en-US': 'Held on' },
    type: 'datetime',
    required: false,
    width: 17,
    numberFormat: DATE_TIME,
    synonyms: {
      words: ['会议日期', '开会时间', '开会日期', 'Meeting date', 'Meeting time', 'Date held'],
    },
  },
  {
    key: 'minutesSent',
    header: { 'zh-CN': '纪要发出日期', 'en-US': 'Minutes sent' },
    type: 'date',
    required: false,
    width: 13,
    numberFormat: DATE,
    check: checkMinutesSent,
    synonyms: {
      words: [
        '纪要发送日期',
        '纪要发出时间',
        '纪要日期',
        '会议纪要发出日期',
        'Minutes sent on',
        'Minutes issued',
      ],
    },
  },
  {
    key: 'decision',
    header: { 'zh-CN': '决议事项', 'en-US': 'Decision' },
    type: 'text',
    required: false,
    width: 24,
    numberFormat: TEXT,
    synonyms: { words: ['决议', '决议内容', '会议决议', '决定事项', 'Decisions', 'Resolution'] },
  },
  {
    key: 'action',
    header: { 'zh-CN': '待办事项', 'en-US': 'Action' },
    type: 'text',
    required: true,
    width: 24,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: {
      words: ['待办', '行动项', '任务', '内容', '事项', 'Action item', 'To-do', 'Todo', 'Task'],
    },
  },
  ownerColumn({
    key: 'owner',
    header: { 'zh-CN': '责任人', 'en-US': 'Owner' },
    width: 10,
    synonyms: { words: ['负责人', '执行人', 'Assignee', 'Responsible', 'Assigned to'] },
  }),
  dueColumn({
    key: 'due',
    header: { 'zh-CN': '完成时间', 'en-US': 'Due' },
    width: 12,
    synonyms: {
      words: ['截止日期', '截止时间', '完成时限', '计划完成时间', 'Due date', 'Deadline', 'Due by'],
    },
  }),
  statusColumn({
    key: 'status',
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    width: 11,
  }),
  completedColumn({
    key: 'completed',
    header: { 'zh-CN': '完成日期', 'en-US': 'Completed on' },
    width: 12,
    synonyms: { words: COMPLETED_HEADERS.filter((word) => word !== '完成时间') },
  }),
  {
    key: 'notes',
    header: { 'zh-CN': '备注', 'en-US': 'Notes' },
    type: 'text',
    required: false,
    width: 24,
    numberFormat: TEXT,
    synonyms: {
      words: ['说明', '风险'],
      prefixes: ['备注', 'notes', 'remarks', 'remark', 'note', 'comments'],
    },
  },
];
