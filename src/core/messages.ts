/** The core's user-visible texts: issue messages and what plans write into sheets. */
import { defineCatalog, translate, type Locale } from './i18n';
import type { IssueCode } from './model';

export const CORE_MESSAGES = defineCatalog(
  {
    'missing-id': 'ID为空',
    'duplicate-id': 'ID“{value}”与{firstRow}重复',
    'where.row': '第 {row} 行',
    'where.sheetRow': '“{sheet}”第 {row} 行',
    'id-format': 'ID“{value}”不符合“前缀-编号”格式（如 OP-001）',
    'missing-name': '名称为空',
    'missing-department': '部门为空',
    unassigned: '未完成事项没有负责人',
    'invalid-date': '无法识别的日期：“{value}”',
    'missing-year': '日期“{value}”缺少年份',
    'ambiguous-date': '无法判断日期“{value}”是“日-月-年”还是“月-日-年”',
    'text-date': '日期“{value}”是文本，表格的公式无法用它计算；“修正”可将其转换为日期',
    'missing-due': '截止日期为空',
    'due-before-start': '截止日期早于开始日期',
    'invalid-priority': '无法识别的优先级：“{value}”（应为 高/中/低）',
    'missing-priority': '优先级为空',
    'invalid-status': '无法识别的状态：“{value}”（应为 待启动/进行中/已完成/已暂停/已取消）',
    'missing-status': '状态为空，按“待启动”处理',
    'missing-completed-date': '已完成但没有完成日期',
    'missing-partners': '协作部门为空',
    'partner-is-initiator': '协作部门中包含发起部门“{value}”',
    'calendar-not-covered':
      '工作日历不含 {year} 年，已按周一至周五计算工作日。请在“工作日历”表（OpsCalendar）中补充 {year} 年的放假日（休）和调休上班日（班）。',
    'progress-mismatch': '状态为已完成，但完成进度只有 {value}',
    'validation.list': '请从下拉列表中选择一个值。',
    'validation.date': '请输入日期，例如 2023-07-05。',
    'review.noDepartment': '未分配部门',
    'review.more': '……另有 {count} 项',
    'review.departmentTitle': '{month} 各部门完成情况',
    'review.department': '部门',
    'review.scope': '任务数',
    'review.completed': '完成数',
    'review.rate': '完成率',
    'review.chartTitle': '{month} 各部门任务完成情况',
  },
  {
    'missing-id': 'ID is blank',
    'duplicate-id': 'ID "{value}" repeats {firstRow}',
    'where.row': 'row {row}',
    'where.sheetRow': 'row {row} of "{sheet}"',
    'id-format': 'ID "{value}" is not PREFIX-NUMBER (e.g. OP-001)',
    'missing-name': 'Name is blank',
    'missing-department': 'Department is blank',
    unassigned: 'Open item has no owner',
    'invalid-date': 'Not a date: "{value}"',
    'missing-year': 'Date "{value}" has no year',
    'ambiguous-date': 'Date "{value}" could be day-first or month-first',
    'text-date': 'Date "{value}" is text, so the sheet\'s formulas cannot use it; Fix converts it',
    'missing-due': 'Due date is blank',
    'due-before-start': 'Due date is before the start date',
    'invalid-priority': 'Unknown priority: "{value}" (use High/Medium/Low)',
    'missing-priority': 'Priority is blank',
    'invalid-status':
      'Unknown status: "{value}" (use Not started/In progress/Done/On hold/Cancelled)',
    'missing-status': 'Status is blank; treated as not started',
    'missing-completed-date': 'Done but no completion date',
    'missing-partners': 'Partner departments are blank',
    'partner-is-initiator': 'Partner departments include the initiator "{value}"',
    'calendar-not-covered':
      'The work calendar does not cover {year}, so working days were counted Monday–Friday. Add the days off (休) and make-up working days (班) of {year} to the Work Calendar table (OpsCalendar).',
    'progress-mismatch': 'Status is done but progress is only {value}',
    'validation.list': 'Choose a value from the list.',
    'validation.date': 'Enter a date, e.g. 2023-07-05.',
    'review.noDepartment': '(No department)',
    'review.more': '… and {count} more',
    'review.departmentTitle': 'Completion by department, {month}',
    'review.department': 'Department',
    'review.scope': 'In scope',
    'review.completed': 'Completed',
    'review.rate': 'Completion rate',
    'review.chartTitle': 'Tasks by department, {month}',
  },
);

export type CoreMessageKey = keyof (typeof CORE_MESSAGES)['zh-CN'];

export function coreText(
  locale: Locale,
  key: CoreMessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(CORE_MESSAGES, locale, key, params);
}

export function issueMessage(
  locale: Locale,
  code: IssueCode,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(CORE_MESSAGES, locale, code, params);
}
