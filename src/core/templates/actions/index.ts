/** SPEC §11.2: meeting actions (会议待办, table OpsActions): task-like items from the minutes. */
import { taskRowHighlights } from '../../plan/highlight';
import { defineTemplate } from '../module';
import { actionFacts } from './facts';
import { ACTION_COLUMNS } from './columns';
import { ACTION_ISSUES } from './messages';
import type { ActionRecord } from './record';
import { ACTIONS_REVIEW } from './reviewSection';
import { ACTION_SAMPLE } from './sample';

export const ACTIONS = defineTemplate({
  kind: 'actions',
  tableName: 'OpsActions',
  sheetName: { 'zh-CN': '会议待办', 'en-US': 'Meeting Actions' },
  purpose: {
    'zh-CN':
      '会议纪要的决议与待办：责任人、完成时间与状态，逾期与临期自动高亮，纪要超过 1 天未发出时提醒',
    'en-US':
      'Decisions and action items from the minutes, with owners, due dates and status; overdue items light up',
  },
  group: 'meetings',
  columns: ACTION_COLUMNS,
  spans: [{ start: 'heldOn', end: 'due' }],
  recognition: { required: ['action', 'due'] },
  issues: ACTION_ISSUES,
  reading: {
    dueSoonField: 'due',
    record: ({ sheet, row, values }): ActionRecord => ({
      sheet,
      row,
      meetingId: values.id('meetingId'),
      topic: values.text('topic'),
      heldOn: values.date('heldOn'),
      minutesSent: values.date('minutesSent'),
      decision: values.text('decision'),
      action: values.text('action'),
      owner: values.person('owner'),
      due: values.date('due'),
      status: values.status(),
      completed: values.date('completed'),
      notes: values.text('notes'),
    }),
  },
  facts: actionFacts,
  highlights: (context) =>
    taskRowHighlights(context, { due: 'due', status: 'status', name: 'action', owners: ['owner'] }),
  sample: ACTION_SAMPLE,
  review: ACTIONS_REVIEW,
});
