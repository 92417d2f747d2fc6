/** The meeting notices' own issue messages. */
import { defineCatalog } from '../../i18n';

export const NOTICE_ISSUES = defineCatalog(
  {
    'meeting-too-long': '会议时长 {value} 分钟，超过 90 分钟',
    'materials-late': '材料 {sent} 发出，晚于会议前一天（{latest}）',
  },
  {
    'meeting-too-long': 'The meeting takes {value} minutes, more than 90',
    'materials-late': 'Materials sent {sent}, later than the day before the meeting ({latest})',
  },
);

export type NoticeIssueCode = keyof (typeof NOTICE_ISSUES)['zh-CN'];
