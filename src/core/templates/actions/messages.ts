/** The meeting actions' own issue messages. */
import { defineCatalog } from '../../i18n';

export const ACTION_ISSUES = defineCatalog(
  {
    'minutes-late': '纪要 {sent} 发出，晚于会议后 1 天（{latest}）',
  },
  {
    'minutes-late': 'Minutes sent {sent}, more than 1 day after the meeting ({latest})',
  },
);

export type ActionIssueCode = keyof (typeof ACTION_ISSUES)['zh-CN'];

/** What the review says about action items (sheet block, pane card, CLI text). */
export const ACTION_REVIEW_TEXT = defineCatalog(
  {
    title: '会议待办（{month}）',
    summary: '会议待办（{month}）：到期 {scope} 项，已完成 {completed} 项，延期 {delayed} 项',
    delayed: '{name}（{id}）截止 {due}，延期{days}天',
    reason: '{line}：{reason}',
    scope: '本月到期',
    completed: '已完成',
    delayedCount: '延期',
  },
  {
    title: 'Meeting actions ({month})',
    summary: 'Meeting actions ({month}): {scope} due, {completed} done, {delayed} delayed',
    delayed: '{name} ({id}) due {due}, {days} days late',
    reason: '{line}: {reason}',
    scope: 'Due this month',
    completed: 'Done',
    delayedCount: 'Delayed',
  },
);
