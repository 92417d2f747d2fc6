/** Fix's texts: the log sheet, its headers, and how each kind of change is named. */
import { defineCatalog, translate, type Locale } from '../i18n';

export const FIX_MESSAGES = defineCatalog(
  {
    'log.sheet': '修正记录',
    'log.time': '时间',
    'log.sheet.header': '工作表',
    'log.cell': '单元格',
    'log.before': '修改前',
    'log.after': '修改后',
    'kind.textDate': '文本日期转为日期',
    'kind.status': '状态统一为下拉值',
    'kind.priority': '优先级统一为下拉值',
    'kind.noOwner': '负责人占位符清空',
  },
  {
    'log.sheet': 'Fix Log',
    'log.time': 'Time',
    'log.sheet.header': 'Sheet',
    'log.cell': 'Cell',
    'log.before': 'Before',
    'log.after': 'After',
    'kind.textDate': 'Text date to date',
    'kind.status': 'Status to a dropdown value',
    'kind.priority': 'Priority to a dropdown value',
    'kind.noOwner': 'Owner placeholder cleared',
  },
);

export type FixMessageKey = keyof (typeof FIX_MESSAGES)['zh-CN'];

export function fixText(locale: Locale, key: FixMessageKey): string {
  return translate(FIX_MESSAGES, locale, key);
}
