/** The work calendar's own issue messages. */
import { defineCatalog } from '../../i18n';

export const CALENDAR_ISSUES = defineCatalog(
  {
    'calendar-missing-day': '已填写类型或说明，但日期为空',
    'calendar-missing-type': '日期“{value}”没有类型（应为 休 或 班），不影响工作日计算',
  },
  {
    'calendar-missing-day': 'A type or note is filled in but the date is blank',
    'calendar-missing-type':
      'The day "{value}" has no type (休 Day off or 班 Working day), so it changes nothing',
  },
);

export type CalendarIssueCode = keyof (typeof CALENDAR_ISSUES)['zh-CN'];
