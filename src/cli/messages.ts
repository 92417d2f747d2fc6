/** Every line the command line prints, in both languages. */
import { defineCatalog } from '../core/i18n';

const zh = {
  // Bad usage (exit 2).
  noCommand: '缺少命令（template、check、review 或 fix）。运行 --help 查看用法。',
  unknownCommand:
    '未知命令“{command}”。可用命令：template、check、review、fix；运行 --help 查看用法。',
  unknownOption: '{command} 不支持选项 {option}。运行 {command} --help 查看用法。',
  missingValue: '选项 {option} 需要一个值。',
  unexpectedArgument: '多余的参数“{argument}”。运行 {command} --help 查看用法。',
  missingInput: '请指定要读取的 .xlsx 文件，例如：{command} 工作簿.xlsx',
  missingKind: '请指定模板：{choices}。',
  badKind: '未知模板“{kind}”。可选：{choices}。',
  missingOut: 'template 需要 --out <文件.xlsx>。',
  notXlsxName: '输出文件必须以 .xlsx 或 .xlsm 结尾：{path}',
  badLang: '不支持的语言“{lang}”。可选：zh-CN、en-US。',
  badToday: '--today 需要 YYYY-MM-DD 格式的有效日期，收到“{value}”。',
  missingMonth: 'review 需要 --month YYYY-MM，例如 --month 2023-07。',
  badMonth: '--month 需要 YYYY-MM 格式的月份，收到“{value}”。',
  badFormat: '不支持的格式“{format}”。可选：text、markdown、json。',
  formatWithJson: '--json 与 --format {format} 不能同时使用。',
  // Unusable files (exit 2).
  fileMissing: '找不到文件：{path}',
  fileNotXlsx: '{path} 不是 .xlsx 工作簿。',
  filePasswordProtected: '{path} 受密码保护（已加密），无法读取。请在 Excel 中取消密码后再试。',
  fileLegacyXls: '{path} 是旧版 .xls 格式。请在 Excel 中另存为 .xlsx 后再试。',
  fileDamaged: '{path} 无法作为工作簿读取，文件可能已损坏。',
  fileWriteFailed: '无法写入 {path}：{reason}',
  fileNeedsXlsm:
    '{path} 须以 .xlsm 结尾：此工作簿含宏，Excel 不会以 .xlsx 打开它。请换用 .xlsm 文件名。',
  fileNeedsXlsx:
    '{path} 须以 .xlsx 结尾：此工作簿不含宏，Excel 不会以 .xlsm 打开它。请换用 .xlsx 文件名。',
  noRecognisableSheet:
    '{path} 中没有可识别的工作表：前 30 行内没有与任何模板或团队任务表相符的表头（例如任务跟踪表的表头至少要有任务名称和截止日期）。',
  unexpectedFailure: '处理 {path} 时出错：{reason}',
  // Human-readable results.
  templateWritten: '已写入 {path}：',
  templateSheet: '  工作表“{sheet}”（表格 {table}）',
  templateAppended: '（文件已存在：模板已作为新工作表加入，原有内容未改动。）',
  checkSheets: '已检查 {sheets} 张工作表，共 {rows} 行数据：',
  checkSheetLine: '  {sheet}（{kind}，表头在第 {row} 行，{rows} 行）',
  ownSheet: '团队自有表格',
  checkClean: '未发现问题。',
  checkTotals: '{errors} 个错误，{warnings} 个警告。',
  severityError: '错误',
  severityWarning: '警告',
  issueLine: '  {sheet}!{cell}  {severity}  {message}',
  reviewTitle: '{month} 月度复盘（截至 {today}）',
  reviewCompletion: '关键任务完成率：{rate}',
  reviewNothingDue: '{month} 没有到期的任务：完成率为空。',
  reviewDelayed: '延期任务（{count}）：',
  reviewDelayedLine: '  {id} {name}（截止 {due}）{reason}',
  reviewReason: '— {reason}',
  reviewOverdue: '逾期任务（全部任务表，{count}）：{ids}',
  reviewUnassigned: '未分配负责人（{count}）：{ids}',
  reviewDepartments: '各部门完成情况：',
  reviewDepartmentLine: '  {department}：{rate}',
  reviewCollab: '跨部门协作问题（{count}）：',
  reviewCollabLine: '  {id} {topic}（时限 {deadline}）{note}',
  reviewNone: '无',
  reviewWritten: '已写入 {path}：工作表“{sheet}”中 {month} 的计算列已更新，手填内容保持不变。',
  reviewNoChart: '（.xlsx 文件中不含部门完成情况图表：图表由 Excel 加载项绘制。）',
  listSeparator: '、',
  // Several workbooks (SPEC §14).
  fileHeading: '== {file} ==',
  filesRead: '已读取 {files} 个文件；{failed} 个无法读取。',
  reviewFiles: '各文件完成情况：',
  reviewFileLine: '  {file}：{rate}',
  summaryWritten:
    '已写入汇总 {path}：工作表“{sheet}”中 {month} 的合并复盘与各文件完成情况已更新；源文件未改动。',
  summaryIsSource: '汇总文件不能是被读取的文件之一：{path}',
  noXlsxInFolder: '文件夹中没有 .xlsx 文件：{path}',
  // Help.
  helpOverall: `运营工作簿命令行：在没有 Excel 的情况下生成模板、检查表格、计算月度复盘。

用法：
  npm run --silent cli -- template <kind|daily|all> --out <文件.xlsx> [--lang zh-CN|en-US]
  npm run --silent cli -- check <文件.xlsx|文件夹>... [--today YYYY-MM-DD] [--json]
  npm run --silent cli -- review <文件.xlsx|文件夹>... --month YYYY-MM [--today YYYY-MM-DD] [--json] [--write <输出.xlsx>]
  npm run --silent cli -- fix <文件.xlsx> [--write <输出.xlsx>] [--json]

每个命令都支持 --help 和 --lang。
退出码：0 完成；1 check 发现至少一个错误；2 用法错误或文件无法读取。`,
  helpTemplate: `用法：template <kind|daily|all> --out <文件.xlsx> [--lang zh-CN|en-US]

写入带表格、下拉列表、日期格式、冻结表头和逾期/临期/未分配高亮的模板工作表。
{templates}
  daily       日常运营（任务跟踪、协作记录、复盘等）    all  全部模板写入同一个文件
若文件已存在，模板作为新工作表加入（重名时改用“名称 (2)”），原有内容不变。
  --out <文件.xlsx>  输出文件（必填）
  --lang <语言>      表头和下拉选项的语言，默认为系统语言（LC_ALL / LANG，Windows 上为系统区域设置）`,
  helpCheck: `用法：check <文件.xlsx|文件夹>... [--today YYYY-MM-DD] [--json] [--lang zh-CN|en-US]

检查工作簿中所有任务跟踪表和协作记录表（包括团队自有表头的表格），列出每个问题及其单元格。
可以给出多个文件或文件夹（读取其中的 .xlsx 文件）；无法读取的文件逐个说明，其余照常检查，退出码为 2。
  --today <日期>  以该日期判断逾期，默认为本机今天
  --json          只在标准输出打印一个 JSON 文档：{"issues": [...], "errors": n, "warnings": n}
有错误时退出码为 1。`,
  helpReview: `用法：review <文件.xlsx|文件夹>... --month YYYY-MM [--today YYYY-MM-DD] [--json | --format text|markdown] [--write <输出.xlsx>] [--lang zh-CN|en-US]

计算某月的复盘：完成率、延期任务及原因、逾期与未分配任务、各部门完成情况、跨部门协作问题。
读取多个文件时合并为一份复盘：任务名为“文件:编号”，各部门跨文件合计，并列出各文件完成情况；
--write 写入指定的汇总工作簿（不存在则新建），源文件不会被改写。
  --month <月份>     复盘月份（必填），例如 2023-07
  --today <日期>     以该日期判断逾期，默认为本机今天
  --json             只在标准输出打印一个 JSON 文档
  --format text      打印可直接粘贴到企业微信、钉钉、飞书的纯文本
  --format markdown  打印 Markdown 表格
  --lang <语言>      输出语言；默认跟随工作簿的语言，其次是系统语言
  --write <输出.xlsx> 把结果写入复盘表（没有则新建），只更新该月的计算列，保留手填的目标和措施`,
  fixLine: '{sheet}!{cell}  {before} → {after}（{kind}）',
  fixBlank: '（空）',
  fixKindTextDate: '文本日期转为日期',
  fixKindStatus: '状态统一为下拉值',
  fixKindPriority: '优先级统一为下拉值',
  fixKindNoOwner: '负责人占位符清空',
  fixNothing: '没有需要修正的单元格。',
  fixPreview: '共 {count} 处可修正。加上 --write <输出.xlsx> 即可写入（并记入“修正记录”工作表）。',
  fixWritten: '已写入 {path}：修正 {count} 处，每处都记在工作表“{sheet}”中；其余内容保持不变。',
  helpFix: `用法：fix <文件.xlsx> [--write <输出.xlsx>] [--json] [--lang zh-CN|en-US]

把检查能读懂、但 Excel 无法计算的内容改为规范值：文本日期改为真正的日期（按该列的日期格式），
状态和优先级的同义词改为表格语言的下拉值，负责人占位符（待定、TBD、-…）清空。
适用于本加载项的表格和已识别的团队自有跟踪表。先列出每一处修改（单元格、修改前、修改后）。
  --write <输出.xlsx> 只修改列出的单元格，并把每处修改追加到“修正记录”工作表；源文件不变
  --json             只在标准输出打印一个 JSON 文档：{"changes": [...], "count": n, "log": 工作表名或 null}`,
};

const en: Record<keyof typeof zh, string> = {
  noCommand: 'Missing command (template, check, review or fix). Run with --help for usage.',
  unknownCommand:
    'Unknown command "{command}". Commands: template, check, review, fix; run with --help for usage.',
  unknownOption: '{command} has no option {option}. Run {command} --help for usage.',
  missingValue: 'Option {option} needs a value.',
  unexpectedArgument: 'Unexpected argument "{argument}". Run {command} --help for usage.',
  missingInput: 'Name the .xlsx file to read, e.g. {command} workbook.xlsx',
  missingKind: 'Name a template: {choices}.',
  badKind: 'Unknown template "{kind}". Choose {choices}.',
  missingOut: 'template needs --out <file.xlsx>.',
  notXlsxName: 'The output file must end in .xlsx or .xlsm: {path}',
  badLang: 'Unsupported language "{lang}". Choose zh-CN or en-US.',
  badToday: '--today needs a valid date as YYYY-MM-DD, got "{value}".',
  missingMonth: 'review needs --month YYYY-MM, e.g. --month 2023-07.',
  badMonth: '--month needs a month as YYYY-MM, got "{value}".',
  badFormat: 'Unsupported format "{format}". Choose text, markdown or json.',
  formatWithJson: '--json and --format {format} cannot be used together.',
  fileMissing: 'File not found: {path}',
  fileNotXlsx: '{path} is not an .xlsx workbook.',
  filePasswordProtected:
    '{path} is password-protected (encrypted) and cannot be read. Remove the password in Excel and try again.',
  fileLegacyXls: '{path} is in the old .xls format. Save it as .xlsx in Excel and try again.',
  fileDamaged: '{path} cannot be read as a workbook; the file may be damaged.',
  fileWriteFailed: 'Could not write {path}: {reason}',
  fileNeedsXlsm:
    '{path} must end in .xlsm: the workbook holds macros, and Excel will not open it as .xlsx. Use an .xlsm name.',
  fileNeedsXlsx:
    '{path} must end in .xlsx: the workbook holds no macros, and Excel will not open it as .xlsm. Use an .xlsx name.',
  noRecognisableSheet:
    "{path} has no sheet Ops Workbook recognises: no header row within the first 30 rows matches any of its templates or a team's own tracker (a task tracker's header names at least the task and its due date).",
  unexpectedFailure: 'Failed while processing {path}: {reason}',
  templateWritten: 'Wrote {path}:',
  templateSheet: '  sheet "{sheet}" (table {table})',
  templateAppended:
    '(The file existed: the template was added as a new sheet; nothing in it was changed.)',
  checkSheets: 'Checked {sheets} sheet(s), {rows} data row(s):',
  checkSheetLine: '  {sheet} ({kind}, header on row {row}, {rows} row(s))',
  ownSheet: "team's own sheet",
  checkClean: 'No problems found.',
  checkTotals: '{errors} error(s), {warnings} warning(s).',
  severityError: 'error',
  severityWarning: 'warning',
  issueLine: '  {sheet}!{cell}  {severity}  {message}',
  reviewTitle: 'Monthly review {month} (as of {today})',
  reviewCompletion: 'Key task completion: {rate}',
  reviewNothingDue: 'No task is due in {month}: there is no completion rate.',
  reviewDelayed: 'Delayed tasks ({count}):',
  reviewDelayedLine: '  {id} {name} (due {due}) {reason}',
  reviewReason: '— {reason}',
  reviewOverdue: 'Overdue, all task sheets ({count}): {ids}',
  reviewUnassigned: 'No owner ({count}): {ids}',
  reviewDepartments: 'Completion by department:',
  reviewDepartmentLine: '  {department}: {rate}',
  reviewCollab: 'Collaboration problems ({count}):',
  reviewCollabLine: '  {id} {topic} (deadline {deadline}) {note}',
  reviewNone: 'none',
  reviewWritten:
    'Wrote {path}: the computed cells of {month} on sheet "{sheet}" were updated; typed cells were kept.',
  reviewNoChart: '(The .xlsx file holds no by-department chart: the Excel add-in draws the chart.)',
  listSeparator: ', ',
  fileHeading: '== {file} ==',
  filesRead: 'Read {files} file(s); {failed} could not be read.',
  reviewFiles: 'Completion by file:',
  reviewFileLine: '  {file}: {rate}',
  summaryWritten:
    'Wrote the summary {path}: the combined {month} review and the per-file table in sheet "{sheet}"; source files were not changed.',
  summaryIsSource: 'The summary file cannot be one of the files read: {path}',
  noXlsxInFolder: 'No .xlsx files in the folder: {path}',
  helpOverall: `Ops Workbook command line: write templates, check trackers and compute the monthly review without Excel.

Usage:
  npm run --silent cli -- template <kind|daily|all> --out <file.xlsx> [--lang zh-CN|en-US]
  npm run --silent cli -- check <file.xlsx|folder>... [--today YYYY-MM-DD] [--json]
  npm run --silent cli -- review <file.xlsx|folder>... --month YYYY-MM [--today YYYY-MM-DD] [--json] [--write <out.xlsx>]
  npm run --silent cli -- fix <file.xlsx> [--write <out.xlsx>] [--json]

Every command takes --help and --lang.
Exit status: 0 done; 1 check found at least one error; 2 bad usage or unreadable file.`,
  helpTemplate: `Usage: template <kind|daily|all> --out <file.xlsx> [--lang zh-CN|en-US]

Writes template sheets: an Excel table with dropdowns, date formats, a frozen header and
overdue / due-soon / unassigned highlighting.
{templates}
  daily       the daily-operations sheets    all  every template in one file
When the file exists, the template is added as a new sheet ("name (2)" when the name is taken);
nothing already in the file changes.
  --out <file.xlsx>  file to write (required)
  --lang <locale>    language of headers and dropdown values; default: the system's (LC_ALL / LANG, on Windows its region settings)`,
  helpCheck: `Usage: check <file.xlsx|folder>... [--today YYYY-MM-DD] [--json] [--lang zh-CN|en-US]

Checks every task tracker and collaboration log in the workbook (teams' own headers too) and
lists each problem with its cell. Several files and folders (their .xlsx files) may be given;
a file that cannot be read is reported by name, the rest are checked, and the exit status is 2.
  --today <date>  day that decides what is overdue; default: today on this machine
  --json          print only one JSON document: {"issues": [...], "errors": n, "warnings": n}
Exits with 1 when there is at least one error.`,
  helpReview: `Usage: review <file.xlsx|folder>... --month YYYY-MM [--today YYYY-MM-DD] [--json | --format text|markdown] [--write <out.xlsx>] [--lang zh-CN|en-US]

Computes the review of a month: completion rate, delayed tasks and reasons, overdue and
unassigned tasks, completion by department, collaboration problems. Several files make one
review: tasks are named <file>:<id>, departments are summed across files, and each file's
figures are listed; --write then writes the summary workbook given (created when missing)
and never a source file.
  --month <month>     month to review (required), e.g. 2023-07
  --today <date>      day that decides what is overdue; default: today on this machine
  --json              print only one JSON document
  --format text       print plain text to paste into WeCom, DingTalk or Lark
  --format markdown   print Markdown tables
  --lang <language>   output language; default: the workbook's, else the system's
  --write <out.xlsx>  write the result into the review sheet (created when missing): only the
                      month's computed cells change; typed goals and measures are kept`,
  fixLine: '{sheet}!{cell}  {before} → {after} ({kind})',
  fixBlank: '(blank)',
  fixKindTextDate: 'text date to date',
  fixKindStatus: 'status to a dropdown value',
  fixKindPriority: 'priority to a dropdown value',
  fixKindNoOwner: 'owner placeholder cleared',
  fixNothing: 'Nothing to fix.',
  fixPreview:
    '{count} cells can be fixed. Add --write <out.xlsx> to write them (each one logged in the Fix Log sheet).',
  fixWritten:
    'Wrote {path}: {count} cells fixed, each logged on sheet "{sheet}"; nothing else changed.',
  helpFix: `Usage: fix <file.xlsx> [--write <out.xlsx>] [--json] [--lang zh-CN|en-US]

Turns what Check can read but Excel cannot compute with into proper values: text dates become
real dates (in the column's date format), status and priority synonyms become the sheet
language's dropdown values, owner placeholders (TBD, 待定, -…) become blank. Works on our tables
and on recognised team trackers. Lists every change first (cell, before, after).
  --write <out.xlsx>  change exactly the listed cells and append each change to the Fix Log
                      sheet; the source file is not changed
  --json              print only one JSON document: {"changes": [...], "count": n, "log": sheet or null}`,
};

export const CLI_MESSAGES = defineCatalog(zh, en);

export type CliMessage = keyof typeof zh;
