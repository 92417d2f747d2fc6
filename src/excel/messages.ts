/** What the gateway tells people, in both languages: each failure with a next step. */
import { defineCatalog } from '../core';

export const EXCEL_MESSAGES = defineCatalog(
  {
    'itemNotFound.message': '找不到要操作的工作表、表格或图表，可能刚被删除或重命名。',
    'itemNotFound.nextStep': '请重新运行一次；如果仍失败，请检查工作表和表格名称。',
    'invalidArgument.message': 'Excel 拒绝了这次修改（参数无效）。',
    'invalidArgument.nextStep': '请重试；如果仍失败，请把工作簿另存一份后再试，并联系管理员。',
    'apiNotFound.message': '当前 Excel 版本不支持此功能：需要 {requirement}。',
    'apiNotFound.nextStep': '请更新到 Microsoft 365 版 Excel，或在 Excel 网页版中使用本加载项。',
    'cellEditMode.message': 'Excel 正在编辑某个单元格，暂时无法修改工作簿。',
    'cellEditMode.nextStep': '请按 Enter 或 Esc 结束单元格编辑，然后重试。',
    'accessDenied.message': '工作表受保护，或您没有修改此工作簿的权限。',
    'accessDenied.nextStep':
      '请在“审阅 → 撤消工作表保护”中取消保护，或向文件所有者申请编辑权限后重试。',
    'workbookProtected.message': '工作簿结构受保护，无法添加新工作表。',
    'workbookProtected.nextStep': '请在“审阅 → 保护工作簿”中取消工作簿保护，然后重试。',
    'payloadTooLarge.message': '有一行数据超过了 Excel 单次传输的上限（5 MB）。',
    'payloadTooLarge.nextStep': '请缩短该行中特别长的单元格内容，然后重试。',
    'generalException.message': 'Excel 内部出错，自动重试后仍未成功。',
    'generalException.nextStep': '请稍后再试；如果仍失败，请保存并重新打开工作簿。',
    'sheetHidden.message': '该工作表已隐藏，无法选中其中的单元格。',
    'sheetHidden.nextStep': '请右键单击任一工作表标签，选择“取消隐藏”显示该工作表，然后重试。',
    'unknown.message': 'Excel 返回了意外错误（{detail}）。',
    'unknown.nextStep': '请重试；如果问题持续，请把这条消息发给管理员。',
    'validation.title': '输入无效',
    'failure.generic': '发生了意外错误：{detail}',
    'failure.nextStep': '请重试；如果问题仍然存在，请关闭并重新打开任务窗格。',
  },
  {
    'itemNotFound.message':
      'The sheet, table or chart to change could not be found; it may just have been deleted or renamed.',
    'itemNotFound.nextStep': 'Run it again; if it still fails, check the sheet and table names.',
    'invalidArgument.message': 'Excel refused the change (invalid argument).',
    'invalidArgument.nextStep':
      'Try again; if it still fails, save a copy of the workbook, retry there and contact your administrator.',
    'apiNotFound.message':
      'This version of Excel does not support this feature: it needs {requirement}.',
    'apiNotFound.nextStep':
      'Update to Excel for Microsoft 365, or use the add-in in Excel on the web.',
    'cellEditMode.message': 'Excel is editing a cell, so the workbook cannot be changed right now.',
    'cellEditMode.nextStep': 'Press Enter or Esc to finish editing the cell, then try again.',
    'accessDenied.message':
      'The sheet is protected, or you do not have permission to change this workbook.',
    'accessDenied.nextStep':
      'Unprotect the sheet (Review → Unprotect Sheet) or ask the file owner for edit access, then try again.',
    'workbookProtected.message': 'The workbook structure is protected, so no sheet can be added.',
    'workbookProtected.nextStep':
      'Turn off workbook protection (Review → Protect Workbook), then try again.',
    'payloadTooLarge.message': 'A single row is larger than Excel can transfer at once (5 MB).',
    'payloadTooLarge.nextStep': 'Shorten the very long cells in that row, then try again.',
    'generalException.message': 'Excel had an internal error, and an automatic retry failed too.',
    'generalException.nextStep':
      'Try again in a moment; if it keeps failing, save and reopen the workbook.',
    'sheetHidden.message': 'That sheet is hidden, so its cells cannot be selected.',
    'sheetHidden.nextStep':
      'Right-click any sheet tab, choose Unhide to show the sheet, then try again.',
    'unknown.message': 'Excel returned an unexpected error ({detail}).',
    'unknown.nextStep':
      'Try again; if the problem persists, send this message to your administrator.',
    'validation.title': 'Invalid entry',
    'failure.generic': 'Something unexpected went wrong: {detail}',
    'failure.nextStep': 'Try again; if it keeps happening, close and reopen the task pane.',
  },
);

export type ExcelMessageKey = keyof (typeof EXCEL_MESSAGES)['zh-CN'];
