/** Text of the Review tab's "combine workbooks" section, in both languages (SPEC §14). */
import { defineCatalog, translate, type Locale } from '../../core/i18n';

const zh = {
  combineHeading: '合并多个工作簿',
  combineIntro:
    '选择各部门的工作簿，按所选月份合并复盘。文件只在本任务窗格中读取，不会上传，也不会被修改。',
  combinePick: '选择工作簿…',
  combineUnavailable:
    '此版本的 Office 无法在任务窗格中读取其他工作簿。请改用命令行：ops-workbook review 文件夹 --month 月份。',
  combineProgressLabel: '各文件读取进度',
  fileWaiting: '等待读取',
  fileReading: '正在读取…',
  fileRead: '已读取',
  notWorkbook: '无法读取：不是 .xlsx 工作簿，或文件已损坏。',
  legacyOrProtected:
    '无法读取：这是旧版 .xls 文件或受密码保护的工作簿，请在 Excel 中另存为未加密的 .xlsx。',
  noSheet: '无法读取：其中没有可识别的任务表。',
  combineCounted: '已合并 {read} 个文件，{failed} 个文件无法读取。',
  combineFiguresLabel: '{month} 合并复盘数据',
  combineFilesHeading: '各文件完成情况',
  columnFile: '文件',
  combineDepartmentsHeading: '各部门完成情况（合并）',
  combineDelayedHeading: '合并后的延期任务',
  combineWrite: '写入本工作簿的复盘',
  combineWriteNote:
    '将{month}的合并结果写入本工作簿的复盘表：该月的一行、各部门完成情况和各文件完成情况。所选的文件不会被修改。',
  combineWritten:
    '已将{month}的合并复盘写入工作表“{sheet}”的 {address}，旁边是各部门和各文件的完成情况。',
  combineWrittenStale: '写入之后您重新读取了文件：本工作簿中{month}的合并复盘不是现在显示的结果。',
  combineWriteAgain: '再次写入',
};

const en: Record<keyof typeof zh, string> = {
  combineHeading: 'Combine workbooks',
  combineIntro:
    "Pick the departments' workbooks to combine their review for the chosen month. The files are read in this pane only: never uploaded, never changed.",
  combinePick: 'Choose workbooks…',
  combineUnavailable:
    'This version of Office cannot read other workbooks in the pane. Use the command line instead: ops-workbook review folder --month month.',
  combineProgressLabel: 'Reading progress by file',
  fileWaiting: 'Waiting',
  fileReading: 'Reading…',
  fileRead: 'Read',
  notWorkbook: 'Cannot be read: not an .xlsx workbook, or the file is damaged.',
  legacyOrProtected:
    'Cannot be read: a legacy .xls file or a password-protected workbook. Save it in Excel as an unencrypted .xlsx.',
  noSheet: 'Cannot be read: it holds no task sheet this add-in recognises.',
  combineCounted: '{read} files combined, {failed} could not be read.',
  combineFiguresLabel: '{month} combined review',
  combineFilesHeading: 'Completion by file',
  columnFile: 'File',
  combineDepartmentsHeading: 'Completion by department (combined)',
  combineDelayedHeading: 'Delayed tasks, all files',
  combineWrite: "Write into this workbook's review",
  combineWriteNote:
    "Writes the {month} combination into this workbook's review sheet: the month's row, completion by department and completion by file. The picked files are not changed.",
  combineWritten:
    'The {month} combined review was written to {address} on the sheet “{sheet}”, with completion by department and by file beside it.',
  combineWrittenStale:
    'You read the files again after writing: the {month} combined review in this workbook is not the one shown now.',
  combineWriteAgain: 'Write again',
};

const COMBINE_PANE_MESSAGES = defineCatalog(zh, en);
export type CombinePaneMessage = keyof typeof zh;

export function combinePaneText(
  locale: Locale,
  key: CombinePaneMessage,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(COMBINE_PANE_MESSAGES, locale, key, params);
}
