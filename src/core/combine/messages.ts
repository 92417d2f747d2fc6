/** Text of the combined review's per-file block, in both languages. */
import { defineCatalog, translate, type Locale } from '../i18n';

const zh = {
  filesTitle: '{month} 各文件完成情况',
  file: '文件',
  scope: '任务数',
  completed: '完成数',
  rate: '完成率',
};

const en: Record<keyof typeof zh, string> = {
  filesTitle: '{month} completion by file',
  file: 'File',
  scope: 'Tasks',
  completed: 'Completed',
  rate: 'Completion',
};

const COMBINE_MESSAGES = defineCatalog(zh, en);
export type CombineMessage = keyof typeof zh;

export function combineText(
  locale: Locale,
  key: CombineMessage,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(COMBINE_MESSAGES, locale, key, params);
}
