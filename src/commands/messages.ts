/** What the ribbon commands tell the user, in both interface languages. */
import { defineCatalog, translate, type Locale } from '../core/i18n';

const zh = {
  noticeHint: '关闭此窗口即可继续。',
  insertedTitle: '模板已插入',
  insertedBody: '已插入 {count} 张工作表：{sheets}。',
  checkTitle: '检查完成',
  checkClean: '没有发现问题：检查了 {sheets} 张工作表，共 {rows} 行。',
  checkFound:
    '发现 {errors} 个错误、{warnings} 个警告（{sheets} 张工作表，共 {rows} 行）。打开任务窗格的“检查”页可逐个定位到单元格。',
  checkNothing:
    '没有识别到任务跟踪表或协作记录表。请先插入模板，或确认表头包含任务名称和截止日期。',
  reviewTitle: '{month} 复盘已重算',
  reviewBody:
    '关键任务完成率 {completion}；延期 {delayed} 个，逾期 {overdue} 个，未分配 {unassigned} 个。已写入“{sheet}”的 {address}。',
  failedTitle: '操作未完成',
};

const en: Record<keyof typeof zh, string> = {
  noticeHint: 'Close this window to carry on.',
  insertedTitle: 'Templates inserted',
  insertedBody: 'Inserted {count} sheets: {sheets}.',
  checkTitle: 'Check finished',
  checkClean: 'No problems found: {sheets} sheets, {rows} rows checked.',
  checkFound:
    'Found {errors} errors and {warnings} warnings ({sheets} sheets, {rows} rows). Open the pane’s Check tab to go to each cell.',
  checkNothing:
    'No task tracker or collaboration log was recognised. Insert a template first, or make sure the header names the task and its due date.',
  reviewTitle: 'Review for {month} recalculated',
  reviewBody:
    'Completion rate {completion}; {delayed} delayed, {overdue} overdue, {unassigned} unassigned. Written to {address} on “{sheet}”.',
  failedTitle: 'That did not finish',
};

export const ribbonMessages = defineCatalog(zh, en);

export type RibbonMessageKey = keyof typeof zh;

export function ribbonText(
  locale: Locale,
  key: RibbonMessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(ribbonMessages, locale, key, params);
}
