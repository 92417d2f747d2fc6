/** Header words of the monthly-review fields, beyond our own two headers (Simplified + English). */
import type { FieldWords } from '../module';

export const REVIEW_WORDS = {
  period: { words: ['复盘周期', '周期', '月份', '复盘月份', 'Period', 'Month'] },
  goal: { words: ['核心目标', '目标', 'Core goal', 'Goal', 'Goals'] },
  completionRate: {
    words: ['关键任务完成率', '任务完成率', '完成率', 'Completion rate', 'Completion'],
  },
  completed: { words: ['完成数', 'Completed'] },
  scope: { words: ['任务数', 'In scope', 'Scope'] },
  delayed: { words: ['延期任务及原因', '延期任务', 'Delayed tasks and reasons', 'Delayed tasks'] },
  collaborationProblems: { words: ['跨部门协作问题', '协作问题', 'Collaboration problems'] },
  measures: { words: ['优化措施', '改进措施', 'Improvement measures', 'Measures'] },
  nextFocus: { words: ['下月重点改进方向', '下月重点', 'Focus next month', 'Next month focus'] },
  updated: { words: ['更新时间', 'Updated', 'Last updated'] },
} as const satisfies Readonly<Record<string, FieldWords>>;
