import { formatCompletion } from '../../src/core';
import { OpsError } from '../../src/excel/errors';
import type { OpsWorkbook } from '../../src/app/api';
import type { Notice } from '../../src/host/notice';
import { ribbonHandlers, type RibbonDeps } from '../../src/commands/ribbon';
import { checkResult, issue, reviewOutcome, scriptedWorkbook, TODAY } from '../taskpane/support';

function setup(locale: 'zh-CN' | 'en-US', workbook: OpsWorkbook = scriptedWorkbook()) {
  const notices: Notice[] = [];
  const event = { completed: jest.fn() };
  const deps: RibbonDeps = {
    workbook: () => workbook,
    settings: async () => ({ locale, dueSoonDays: 5, dueSoonUnit: 'calendarDays' }),
    displayLanguage: () => 'zh-CN',
    today: () => TODAY,
    report: jest.fn(async (notice: Notice) => {
      notices.push(notice);
      return 'dialog' as const;
    }),
  };
  return { handlers: ribbonHandlers(deps), deps, notices, event, workbook };
}

describe('ribbon commands', () => {
  it('Insert templates inserts all three in the interface language and names them', async () => {
    const { handlers, notices, event, workbook } = setup('zh-CN');
    await handlers.insertTemplates(event);
    // With the due-soon rule in force, so the inserted highlights agree with Check.
    expect(workbook.insertAllTemplates).toHaveBeenCalledWith('zh-CN', {
      settings: { dueSoonDays: 5, dueSoonUnit: 'calendarDays' },
    });
    expect(notices).toEqual([
      {
        locale: 'zh-CN',
        title: '模板已插入',
        body: '已插入 3 张工作表：“任务跟踪表”、“跨部门协作记录表”、“月度运营复盘表”。',
        hint: '关闭此窗口即可继续。',
      },
    ]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('Check runs the check with the document’s settings and reports the counts', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(
      checkResult([issue({ cell: 'F7' }), issue({ cell: 'D3', severity: 'warning' })]),
    );
    const { handlers, notices, event } = setup('en-US', workbook);
    await handlers.checkSheet(event);
    expect(workbook.checkWorkbook).toHaveBeenCalledWith({
      locale: 'en-US',
      today: TODAY,
      settings: { dueSoonDays: 5, dueSoonUnit: 'calendarDays' },
    });
    expect(notices[0]?.title).toBe('Check finished');
    expect(notices[0]?.body).toBe(
      'Found 1 errors and 1 warnings (2 sheets, 12 rows). Open the pane’s Check tab to go to each cell.',
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('Check says when all is well, and when no sheet was recognised', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook
      .mockResolvedValueOnce(checkResult([]))
      .mockResolvedValueOnce(checkResult([], { sheets: [], rowsChecked: 0 }));
    const { handlers, notices, event } = setup('zh-CN', workbook);
    await handlers.checkSheet(event);
    await handlers.checkSheet(event);
    expect(notices.map((notice) => notice.body)).toEqual([
      '没有发现问题：检查了 2 张工作表，共 12 行。',
      expect.stringContaining('没有识别到任务跟踪表或协作记录表'),
    ]);
    expect(event.completed).toHaveBeenCalledTimes(2);
  });

  it('Recalculate review recalculates this month and reports the completion rate', async () => {
    const { handlers, notices, event, workbook } = setup('zh-CN');
    await handlers.recalculateReview(event);
    expect(workbook.recalculateReview).toHaveBeenCalledWith('2026-11', {
      locale: 'zh-CN',
      today: TODAY,
      settings: { dueSoonDays: 5, dueSoonUnit: 'calendarDays' },
    });
    const { model } = reviewOutcome();
    expect(notices[0]?.title).toBe('2026-11 复盘已重算');
    expect(notices[0]?.body).toBe(
      `关键任务完成率 ${formatCompletion(model.completed, model.scope)}；延期 2 个，逾期 3 个，未分配 1 个。已写入“月度运营复盘表”的 A2:J2。`,
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('reports a gateway failure with what to do, and still completes the event', async () => {
    const workbook = scriptedWorkbook();
    const error = new OpsError('cellEditMode');
    workbook.recalculateReview.mockRejectedValueOnce(error);
    const { handlers, notices, event } = setup('en-US', workbook);
    await handlers.recalculateReview(event);
    expect(notices[0]?.title).toBe('That did not finish');
    expect(notices[0]?.body).toBe(`${error.userMessage('en-US')} ${error.nextStep('en-US')}`);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('reports any other failure too', async () => {
    const workbook = scriptedWorkbook();
    workbook.insertAllTemplates.mockRejectedValueOnce(new Error('quota'));
    const { handlers, notices, event } = setup('zh-CN', workbook);
    await handlers.insertTemplates(event);
    expect(notices[0]?.body).toContain('发生了意外错误：quota');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('reports in the display language when even the settings cannot be read', async () => {
    const { handlers, deps, notices, event } = setup('en-US');
    (deps as { settings: RibbonDeps['settings'] }).settings = () =>
      Promise.reject(new Error('settings unavailable'));
    await handlers.checkSheet(event);
    expect(notices[0]?.title).toBe('操作未完成');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('says on the console when the notice went to an already open dialog', async () => {
    const { handlers, deps, event } = setup('en-US');
    (deps.report as jest.Mock).mockResolvedValueOnce('open-dialog');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await handlers.checkSheet(event);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^open-dialog: Check finished — /);
    expect(event.completed).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('completes the event even when the notice cannot be shown', async () => {
    const { handlers, deps, event } = setup('en-US');
    (deps.report as jest.Mock).mockRejectedValueOnce(new Error('dialog blocked'));
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await handlers.checkSheet(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });
});
