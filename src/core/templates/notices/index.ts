/** SPEC §11.1: meeting notices (会议通知, table OpsMeetings). */
import { defineTemplate } from '../module';
import { NOTICE_COLUMNS } from './columns';
import { noticeFacts, noticeHighlights } from './facts';
import { NOTICE_ISSUES } from './messages';
import type { NoticeRecord } from './record';
import { NOTICE_SAMPLE } from './sample';

export const NOTICES = defineTemplate({
  kind: 'notices',
  tableName: 'OpsMeetings',
  sheetName: { 'zh-CN': '会议通知', 'en-US': 'Meeting Notices' },
  purpose: {
    'zh-CN': '会议时间、地点、参会人员、议程与材料：超过 90 分钟或材料未提前一天发出时提醒',
    'en-US':
      'When, where, who, agenda and materials; flags meetings over 90 minutes and materials sent later than the day before',
  },
  group: 'meetings',
  idPrefix: 'MT',
  columns: NOTICE_COLUMNS,
  recognition: { required: ['topic', 'startsAt'] },
  issues: NOTICE_ISSUES,
  reading: {
    dueSoonField: 'startsAt',
    record: ({ sheet, row, values }): NoticeRecord => ({
      sheet,
      row,
      id: values.id(),
      topic: values.text('topic'),
      meetingDay: values.date('startsAt'),
      host: values.person('host'),
      materialsSent: values.date('materialsSent'),
    }),
  },
  facts: noticeFacts,
  highlights: noticeHighlights,
  sample: NOTICE_SAMPLE,
});
