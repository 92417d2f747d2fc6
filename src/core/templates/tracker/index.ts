/** SPEC §3.1: the daily task tracker (任务跟踪表, table OpsTasks). */
import type { TaskRecord } from '../../model';
import { taskRowHighlights } from '../../plan/highlight';
import { checkProgressMismatch, readPercent } from '../../read/completion';
import { defineTemplate } from '../module';
import { TRACKER_COLUMNS } from './columns';
import { TRACKER_CONTENT_HEADERS, TRACKER_WORDS } from './synonyms';

export const TRACKER = defineTemplate({
  kind: 'tracker',
  tableName: 'OpsTasks',
  sheetName: { 'zh-CN': '任务跟踪表', 'en-US': 'Task Tracker' },
  purpose: {
    'zh-CN': '日常运营任务：负责人、起止日期、优先级与状态，逾期与临期自动高亮',
    'en-US':
      'Daily operations tasks with owners, dates, priority and status; overdue and due-soon rows light up',
  },
  group: 'daily',
  idPrefix: 'OP',
  columns: TRACKER_COLUMNS,
  spans: [{ start: 'start', end: 'due', rangeWords: TRACKER_WORDS.range.words }],
  recognition: { required: ['name', 'due'], byContent: TRACKER_CONTENT_HEADERS },
  highlights: (context) =>
    taskRowHighlights(context, { due: 'due', status: 'status', name: 'name', owners: ['owner'] }),
  reading: {
    dueSoonField: 'due',
    record: (context): TaskRecord => {
      const { sheet, row, values } = context;
      const percentComplete = readPercent(context);
      const status = values.status();
      checkProgressMismatch(context, status, percentComplete);
      return {
        sheet,
        row,
        id: values.id(),
        name: values.text('name'),
        department: values.text('department'),
        owner: values.person('owner'),
        start: values.date('start'),
        due: values.date('due'),
        priority: values.priority(),
        status,
        milestone: values.text('milestone'),
        completed: values.date('completed'),
        progress: values.text('progress'),
        percentComplete,
        notes: values.text('notes'),
      };
    },
  },
});
