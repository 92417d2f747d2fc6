/** Every string the task pane shows, in both interface languages. */
import { defineCatalog, translate, type Locale } from '../core/i18n';

const zh = {
  appTitle: '运营工作簿',
  tabsLabel: '功能',
  tabTemplates: '模板',
  tabCheck: '检查',
  tabReview: '复盘',
  tabSettings: '设置',
  loadingTab: '正在加载…',

  outsideTitle: '请在 Excel 中打开运营工作簿',
  outsideBody:
    '这是 Excel 加载项的任务窗格，需要在 Excel 中运行，直接在浏览器中打开不会做任何操作。',
  outsideStep1: '在 Excel（桌面版或网页版）中打开一个工作簿。',
  outsideStep2: '在“开始”选项卡的“运营工作簿”组中点击“显示任务窗格”。',
  outsideStep3: '若找不到该按钮，请先按 README 中的说明旁加载 manifest.xml。',

  templatesIntro: '一键插入格式化好的表格：下拉列表、日期格式、冻结表头和逾期/临期/未分配高亮。',
  headerLanguage: '表头语言',
  headerLanguageZh: '中文',
  headerLanguageEn: '英文',
  columnsLabel: '包含列：{columns}',
  insertOne: '插入',
  insertOneLabel: '插入“{name}”',
  insertAll: '插入全部三张表',
  insertedOne: '已创建工作表“{sheet}”（表格 {table}），并已切换到该表。',
  insertedMany: '已创建 {count} 张工作表：{sheets}。当前显示“{first}”。',

  checkIntro:
    '检查工作簿中的任务跟踪表和协作记录表（包括团队自建的表格），列出每个问题所在的单元格。',
  runCheck: '检查工作簿',
  summaryLabel: '检查结果摘要',
  summaryErrors: '错误',
  summaryWarnings: '警告',
  summaryRows: '已检查行数',
  summarySheets: '识别的工作表',
  sheetOurs: '本加载项的模板 · 表头第 {row} 行 · {rows} 行数据',
  sheetTheirs: '团队自建表格 · 表头第 {row} 行 · {rows} 行数据',
  kindTracker: '任务跟踪',
  kindCollab: '协作记录',
  noSheetsRecognised:
    '没有识别到任务跟踪表或协作记录表。请先在“模板”中插入一张，或确认表头包含任务名称和截止日期。',
  noIssues: '没有发现问题。',
  filterLabel: '筛选问题',
  filterPlaceholder: '按工作表、单元格或内容筛选',
  showErrors: '错误（{count}）',
  showWarnings: '警告（{count}）',
  issuesLabel: '问题列表（点击可选中单元格）',
  issuesShown: '显示 {shown} / {total} 个问题',
  noIssuesMatch: '没有符合筛选条件的问题。',
  groupHeading: '{sheet} · {severity}（{count}）',
  severityError: '错误',
  severityWarning: '警告',
  issueLabel: '{severity}：{sheet} {cell}，{message}',

  reviewIntro: '选择月份后重新计算：只更新复盘表中该月的计算列，手工填写的内容保持不变。',
  monthLabel: '复盘月份',
  recalculate: '重新计算',
  figuresLabel: '{month} 复盘数据',
  figureCompletion: '关键任务完成率',
  figureOverdue: '逾期任务',
  figureUnassigned: '未分配任务',
  figureDelayed: '延期任务',
  writtenTo: '已写入工作表“{sheet}”的 {address}。',
  chartNotDrawn: '当前 Excel 版本不支持图表，数据已写入但未绘制图表。',
  delayedHeading: '延期任务及原因',
  noDelayed: '本月没有延期任务。',
  noReason: '（未填写原因）',
  delayedItem: '{id} {name}（截止 {due}）',
  collabHeading: '跨部门协作问题',
  departmentsHeading: '各部门完成情况',
  noDepartments: '本月没有到期的任务。',
  columnDepartment: '部门',
  columnCompletion: '完成率',

  settingsIntro: '设置保存在当前工作簿中，随文件一起保存。',
  interfaceLanguage: '界面语言',
  languageZh: '中文（简体）',
  languageEn: 'English',
  dueSoonDays: '临期提醒天数（1–30）',
  dueSoonHint: '截止日期在今天起 {days} 天内的未完成任务视为临期。',
  dueSoonUnit: '临期天数的计算方式',
  dueSoonCalendarDays: '自然日',
  dueSoonWorkingDays: '工作日（按法定节假日和调休补班）',
  dueSoonHintWorking: '截止日期在今天起 {days} 个工作日内的未完成任务视为临期。',
  calendarCoverage:
    '工作日历覆盖 {years} 年。其他年份按周一至周五计算；如需补充，请在“工作日历”表中填写该年的放假日（休）和调休上班日（班）。',
  settingsSaved: '设置已保存到此工作簿。',
  settingsSaving: '正在保存设置…',

  stepReading: '正在读取工作表…',
  stepChecking: '正在检查数据…',
  stepWriting: '正在写入工作簿…',
  stepDone: '完成',
  working: '正在处理…',
  cellEditHint: '仍在等待 Excel：如果您正在编辑单元格，请按 Enter 或 Esc 结束编辑。',

  failureTitle: '操作未完成',
  failureGeneric: '发生了意外错误：{detail}',
  failureNextStep: '请重试；如果问题仍然存在，请关闭并重新打开任务窗格。',
  dismiss: '关闭提示',
  retry: '重试',
};

const en: Record<keyof typeof zh, string> = {
  appTitle: 'Ops Workbook',
  tabsLabel: 'Features',
  tabTemplates: 'Templates',
  tabCheck: 'Check',
  tabReview: 'Review',
  tabSettings: 'Settings',
  loadingTab: 'Loading…',

  outsideTitle: 'Open Ops Workbook in Excel',
  outsideBody:
    'This is the task pane of an Excel add-in. It runs inside Excel; opened in a browser tab it does nothing.',
  outsideStep1: 'Open a workbook in Excel (desktop or on the web).',
  outsideStep2: 'On the Home tab, in the Ops Workbook group, choose Show Taskpane.',
  outsideStep3: 'No such button? Sideload manifest.xml first, as the README explains.',

  templatesIntro:
    'Insert a formatted table in one click: dropdowns, date formats, a frozen header and overdue / due-soon / unassigned highlighting.',
  headerLanguage: 'Header language',
  headerLanguageZh: 'Chinese',
  headerLanguageEn: 'English',
  columnsLabel: 'Columns: {columns}',
  insertOne: 'Insert',
  insertOneLabel: 'Insert “{name}”',
  insertAll: 'Insert all three',
  insertedOne: 'Created the sheet “{sheet}” (table {table}) and switched to it.',
  insertedMany: 'Created {count} sheets: {sheets}. Now showing “{first}”.',

  checkIntro:
    "Checks the workbook's task trackers and collaboration logs (a team's own sheets too) and lists every problem with its cell.",
  runCheck: 'Check workbook',
  summaryLabel: 'Check summary',
  summaryErrors: 'Errors',
  summaryWarnings: 'Warnings',
  summaryRows: 'Rows checked',
  summarySheets: 'Sheets recognised',
  sheetOurs: 'Our template · header on row {row} · {rows} data rows',
  sheetTheirs: "A team's own sheet · header on row {row} · {rows} data rows",
  kindTracker: 'Task tracker',
  kindCollab: 'Collaboration log',
  noSheetsRecognised:
    'No task tracker or collaboration log was recognised. Insert one from Templates, or make sure the header names the task and its due date.',
  noIssues: 'No problems found.',
  filterLabel: 'Filter problems',
  filterPlaceholder: 'Sheet, cell or text',
  showErrors: 'Errors ({count})',
  showWarnings: 'Warnings ({count})',
  issuesLabel: 'Problems (choose one to select its cell)',
  issuesShown: 'Showing {shown} of {total} problems',
  noIssuesMatch: 'No problem matches the filter.',
  groupHeading: '{sheet} · {severity} ({count})',
  severityError: 'Error',
  severityWarning: 'Warning',
  issueLabel: '{severity}: {sheet} {cell}, {message}',

  reviewIntro:
    "Pick a month and recalculate: only that month's computed cells in the review sheet change; what people typed stays.",
  monthLabel: 'Review month',
  recalculate: 'Recalculate',
  figuresLabel: 'Review figures for {month}',
  figureCompletion: 'Completion rate',
  figureOverdue: 'Overdue',
  figureUnassigned: 'Unassigned',
  figureDelayed: 'Delayed',
  writtenTo: 'Written to {address} on the sheet “{sheet}”.',
  chartNotDrawn:
    'This version of Excel cannot draw charts here: the figures were written, the chart was not.',
  delayedHeading: 'Delayed tasks and reasons',
  noDelayed: 'No delayed tasks this month.',
  noReason: '(no reason given)',
  delayedItem: '{id} {name} (due {due})',
  collabHeading: 'Collaboration problems',
  departmentsHeading: 'Completion by department',
  noDepartments: 'No task is due this month.',
  columnDepartment: 'Department',
  columnCompletion: 'Completion',

  settingsIntro: 'Settings are stored in this workbook and travel with the file.',
  interfaceLanguage: 'Interface language',
  languageZh: '中文（简体）',
  languageEn: 'English',
  dueSoonDays: 'Due-soon window in days (1–30)',
  dueSoonHint: 'Open tasks due within {days} days from today count as due soon.',
  dueSoonUnit: 'Count the due-soon days as',
  dueSoonCalendarDays: 'Calendar days',
  dueSoonWorkingDays: 'Working days (statutory holidays and make-up days)',
  dueSoonHintWorking: 'Open tasks due within {days} working days from today count as due soon.',
  calendarCoverage:
    'The working-day calendar covers {years}. Other years count Monday–Friday; to add one, enter its days off (休) and make-up working days (班) in the Work Calendar table.',
  settingsSaved: 'Settings saved in this workbook.',
  settingsSaving: 'Saving settings…',

  stepReading: 'Reading the sheets…',
  stepChecking: 'Checking the data…',
  stepWriting: 'Writing to the workbook…',
  stepDone: 'Done',
  working: 'Working…',
  cellEditHint: 'Still waiting for Excel: if you are editing a cell, press Enter or Esc to finish.',

  failureTitle: 'That did not finish',
  failureGeneric: 'Something unexpected went wrong: {detail}',
  failureNextStep: 'Try again; if it keeps happening, close and reopen the task pane.',
  dismiss: 'Dismiss',
  retry: 'Try again',
};

export const paneMessages = defineCatalog(zh, en);

export type PaneMessageKey = keyof typeof zh;

export type Translate = (
  key: PaneMessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function paneTranslator(locale: Locale): Translate {
  return (key, params) => translate(paneMessages, locale, key, params);
}
