/** The words of a shared review (chat text and Markdown) and of nothing else. */
import { defineCatalog, translate, type Locale } from '../i18n';

export const SHARE_MESSAGES = defineCatalog(
  {
    title: '{month} 月度运营复盘（截至 {today}）',
    completion: '{month} 关键任务完成率：{rate}',
    delayed: '{month} 延期任务（{count}）：',
    delayedLine: '{n}. {id} {name}（截止 {due}，{late}）',
    collab: '{month} 跨部门协作问题（{count}）：',
    collabLine: '{n}. {id} {topic}（时限 {deadline}）',
    reason: ' — {reason}',
    departments: '{month} 各部门完成情况：',
    departmentLine: '· {department}：{rate}',
    wholeWorkbook: '全部任务表截至 {today}：逾期 {overdue} 个，未分配负责人 {unassigned} 个',
    none: '无',
    nothingDue: '{month} 没有到期的任务。',
    figure: '指标',
    value: '数值',
    rate: '关键任务完成率（{month}）',
    delayedCount: '延期任务（{month}）',
    overdueCount: '逾期任务（全部任务表，截至 {today}）',
    unassignedCount: '未分配负责人（全部任务表，截至 {today}）',
    delayedHeading: '延期任务及原因（{month}）',
    collabHeading: '跨部门协作问题（{month}）',
    departmentsHeading: '各部门完成情况（{month}）',
    columnId: '编号',
    columnTask: '任务',
    columnDue: '截止日期',
    columnReason: '原因',
    columnDaysLate: '延期天数',
    columnTopic: '协作事项',
    columnDeadline: '完成时限',
    columnNote: '说明',
    columnDepartment: '部门',
    columnScope: '任务数',
    columnCompleted: '完成数',
    columnRate: '完成率',
  },
  {
    title: 'Monthly review {month} (as of {today})',
    completion: 'Key task completion, {month}: {rate}',
    delayed: 'Delayed tasks, {month} ({count}):',
    delayedLine: '{n}. {id} {name} (due {due}, {late})',
    collab: 'Collaboration problems, {month} ({count}):',
    collabLine: '{n}. {id} {topic} (deadline {deadline})',
    reason: ' — {reason}',
    departments: 'Completion by department, {month}:',
    departmentLine: '· {department}: {rate}',
    wholeWorkbook:
      'All task sheets as of {today}: {overdue} overdue, {unassigned} without an owner',
    none: 'none',
    nothingDue: 'No task is due in {month}.',
    figure: 'Figure',
    value: 'Value',
    rate: 'Key task completion ({month})',
    delayedCount: 'Delayed tasks ({month})',
    overdueCount: 'Overdue (all task sheets, as of {today})',
    unassignedCount: 'Without an owner (all task sheets, as of {today})',
    delayedHeading: 'Delayed tasks and reasons ({month})',
    collabHeading: 'Collaboration problems ({month})',
    departmentsHeading: 'Completion by department ({month})',
    columnId: 'ID',
    columnTask: 'Task',
    columnDue: 'Due',
    columnReason: 'Reason',
    columnDaysLate: 'Days late',
    columnTopic: 'Topic',
    columnDeadline: 'Deadline',
    columnNote: 'Note',
    columnDepartment: 'Department',
    columnScope: 'In scope',
    columnCompleted: 'Completed',
    columnRate: 'Rate',
  },
);

export type ShareMessageKey = keyof (typeof SHARE_MESSAGES)['zh-CN'];

export type ShareSay = (
  key: ShareMessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function shareSay(locale: Locale): ShareSay {
  return (key, params) => translate(SHARE_MESSAGES, locale, key, params);
}
