/** SPEC §11.1 columns of the meeting notice (会议通知, table OpsMeetings), in insert order. */
import { dueColumn, personColumn } from '../columns';
import { COUNT, DATE, DATE_TIME, TEXT } from '../formats';
import { MINUTE_UNITS } from './duration';
import type { ColumnDecl } from '../module';
import { ID_HEADERS } from '../words';
import type { NoticeIssueCode } from './messages';
import { checkHost, checkMaterialsSent, checkMinutes } from './rules';

export const NOTICE_COLUMNS: readonly ColumnDecl<NoticeIssueCode>[] = [
  {
    key: 'id',
    header: { 'zh-CN': '会议编号', 'en-US': 'Meeting ID' },
    type: 'id',
    required: true,
    width: 10,
    numberFormat: TEXT,
    blank: { code: 'missing-id', severity: 'warning' },
    synonyms: { words: ['会议ID', '会议号', 'Meeting No.', ...ID_HEADERS] },
  },
  {
    key: 'topic',
    header: { 'zh-CN': '会议主题', 'en-US': 'Topic' },
    type: 'text',
    required: true,
    width: 24,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: { words: ['主题', '会议名称', '议题', '会议', 'Subject', 'Meeting', 'Title'] },
  },
  dueColumn({
    key: 'startsAt',
    header: { 'zh-CN': '会议时间', 'en-US': 'Starts' },
    type: 'datetime',
    width: 17,
    numberFormat: DATE_TIME,
    synonyms: {
      words: [
        '时间',
        '开会时间',
        '会议日期',
        '日期',
        'Time',
        'Date',
        'When',
        'Meeting time',
        'Starts at',
      ],
    },
  }),
  {
    key: 'minutes',
    header: { 'zh-CN': '时长（分钟）', 'en-US': 'Minutes' },
    type: 'number',
    required: false,
    width: 10,
    numberFormat: COUNT,
    units: MINUTE_UNITS,
    check: checkMinutes,
    synonyms: { words: ['时长', '会议时长', '时长(分钟)', 'Duration', 'Length', 'Duration (min)'] },
  },
  {
    key: 'place',
    header: { 'zh-CN': '地点/线上', 'en-US': 'Place' },
    type: 'text',
    required: false,
    width: 14,
    numberFormat: TEXT,
    synonyms: {
      words: [
        '地点',
        '会议地点',
        '会议室',
        '线上',
        '地点/方式',
        'Location',
        'Venue',
        'Room',
        'Where',
      ],
    },
  },
  personColumn({
    key: 'host',
    header: { 'zh-CN': '主持人', 'en-US': 'Host' },
    required: false,
    width: 10,
    check: checkHost,
    synonyms: { words: ['组织人', '召集人', '组织者', 'Chair', 'Organizer', 'Organiser'] },
  }),
  {
    key: 'attendees',
    header: { 'zh-CN': '参会人员', 'en-US': 'Attendees' },
    type: 'text',
    required: false,
    width: 20,
    numberFormat: TEXT,
    synonyms: { words: ['参会人', '与会人员', '出席人员', '参加人员', 'Participants', 'Invitees'] },
  },
  {
    key: 'agenda',
    header: { 'zh-CN': '议程', 'en-US': 'Agenda' },
    type: 'text',
    required: false,
    width: 28,
    numberFormat: TEXT,
    synonyms: { words: ['会议议程', '议程安排', 'Agenda items'] },
  },
  {
    key: 'materials',
    header: { 'zh-CN': '材料清单', 'en-US': 'Materials' },
    type: 'text',
    required: false,
    width: 20,
    numberFormat: TEXT,
    synonyms: { words: ['材料', '会议材料', '会前材料', 'Documents', 'Pre-reads'] },
  },
  {
    key: 'materialsSent',
    header: { 'zh-CN': '材料发送日期', 'en-US': 'Materials sent' },
    type: 'date',
    required: false,
    width: 13,
    numberFormat: DATE,
    check: checkMaterialsSent,
    synonyms: {
      words: [
        '材料发送时间',
        '材料发出日期',
        '材料发送',
        '发送日期',
        'Materials sent on',
        'Sent on',
      ],
    },
  },
];
