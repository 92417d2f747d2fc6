/** What the review says about milestones (sheet block, pane card, CLI text). */
import { defineCatalog } from '../../i18n';

export const MILESTONE_REVIEW_TEXT = defineCatalog(
  {
    title: '项目里程碑（{month}）',
    summary: '项目里程碑（{month}）：计划完成 {scope} 个，按期 {onTime} 个，延期 {delayed} 个',
    delayed: '{project} · {milestone}：计划 {planned}，{deviation}',
    scope: '本月计划',
    onTime: '按期完成',
    delayedCount: '延期',
  },
  {
    title: 'Project milestones ({month})',
    summary: 'Project milestones ({month}): {scope} planned, {onTime} on time, {delayed} delayed',
    delayed: '{project} · {milestone}: planned {planned}, {deviation}',
    scope: 'Planned this month',
    onTime: 'On time',
    delayedCount: 'Delayed',
  },
);
