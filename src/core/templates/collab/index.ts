/** SPEC §3.2: the cross-department collaboration log (跨部门协作记录表, table OpsCollab). */
import type { CollabRecord } from '../../model';
import { taskRowHighlights } from '../../plan/highlight';
import { defineTemplate } from '../module';
import { COLLAB_COLUMNS } from './columns';
import { COLLAB_ISSUES } from './messages';

export const COLLAB = defineTemplate({
  kind: 'collab',
  tableName: 'OpsCollab',
  sheetName: { 'zh-CN': '跨部门协作记录表', 'en-US': 'Collaboration Log' },
  purpose: {
    'zh-CN': '跨部门协作事项：发起与协作部门、决议、跟进人与完成时限',
    'en-US': 'Cross-department items with partners, decisions, follow-up owners and deadlines',
  },
  group: 'daily',
  idPrefix: 'CO',
  columns: COLLAB_COLUMNS,
  spans: [{ start: 'meetingDate', end: 'deadline' }],
  recognition: { required: ['topic', 'deadline'] },
  issues: COLLAB_ISSUES,
  highlights: (context) =>
    taskRowHighlights(context, {
      due: 'deadline',
      status: 'status',
      name: 'topic',
      owners: ['lead', 'follower'],
    }),
  reading: {
    dueSoonField: 'deadline',
    record: ({ sheet, row, values }): CollabRecord => ({
      sheet,
      row,
      id: values.id(),
      topic: values.text('topic'),
      initiator: values.text('initiator'),
      partners: values.list('partners'),
      lead: values.person('lead'),
      meetingDate: values.date('meetingDate'),
      decision: values.text('decision'),
      follower: values.person('follower'),
      deadline: values.date('deadline'),
      status: values.status(),
      completed: values.date('completed'),
      result: values.text('result'),
    }),
  },
});
