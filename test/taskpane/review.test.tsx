/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { formatCompletion } from '../../src/core';
import { CELL_EDIT_HINT_AFTER_MS } from '../../src/taskpane/components/ProgressNote';
import {
  installOfficeEnums,
  openTab,
  renderPane,
  reviewModel,
  reviewOutcome,
  scriptedWorkbook,
  TODAY,
  wholeText,
} from './support';

beforeAll(installOfficeEnums);

describe('Review screen', () => {
  it('defaults to this month and recalculates it, showing the figures as cards (zh-CN)', async () => {
    const workbook = scriptedWorkbook();
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    expect(screen.getByRole('combobox', { name: '复盘月份' }).textContent).toBe('2026年11月');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    expect(workbook.recalculateReviewIfDue).toHaveBeenCalledWith(
      '2026-11',
      { locale: 'zh-CN', today: TODAY, settings: { dueSoonDays: 3, dueSoonUnit: 'calendarDays' } },
      expect.any(Function),
    );
    const figures = await screen.findByLabelText('2026-11 复盘数据');
    expect(within(figures).getByText('关键任务完成率').nextSibling?.textContent).toBe(
      '85.7% (24/28)',
    );
    expect(within(figures).getByText('延期任务').nextSibling?.textContent).toBe('2');
    // The month's figures say which month, named as the picker names it.
    expect(screen.getByText('2026年11月到期的任务')).toBeTruthy();
    // Overdue and unassigned are labelled as the whole workbook as of today, apart from the month.
    const workbookWide = screen.getByLabelText(`全部任务表（截至 ${TODAY}）`);
    expect(within(workbookWide).getByText('逾期任务').nextSibling?.textContent).toBe('3');
    expect(within(workbookWide).getByText('未分配任务').nextSibling?.textContent).toBe('1');
    expect(within(figures).queryByText('逾期任务')).toBeNull();
    expect(screen.getByText(wholeText('已写入工作表“月度运营复盘表”的 A2:J2。'))).toBeTruthy();
    expect(
      screen.getByText(wholeText('OP-001 Q3客户满意度调研（截止 2026-11-15，延期5天）')),
    ).toBeTruthy();
  });

  it('lists delayed tasks with reasons, collaboration problems and completion by department (en-US)', async () => {
    const workbook = scriptedWorkbook();
    const pane = renderPane(workbook, { locale: 'en-US' });
    await openTab(pane, 'Review', 'Recalculate');
    await pane.user.click(screen.getByRole('button', { name: 'Recalculate' }));
    const delayed = await screen.findByRole('region', { name: 'Delayed tasks and reasons' });
    expect(screen.getByText('Tasks due in November 2026')).toBeTruthy();
    // Each delayed task says how late it is (SPEC §12), one day in the singular.
    expect(
      within(delayed).getByText(wholeText('OP-001 Q3客户满意度调研 (due 2026-11-15, 5 days late)')),
    ).toBeTruthy();
    expect(
      within(delayed).getByText(
        wholeText('任务跟踪表!9 新员工入职培训 (due 2026-11-20, 1 day late)'),
      ),
    ).toBeTruthy();
    expect(within(delayed).getByText('需产品部确认调研维度')).toBeTruthy();
    expect(within(delayed).getByText('(no reason given)')).toBeTruthy();
    const collab = screen.getByRole('region', { name: 'Collaboration problems' });
    expect(within(collab).getByText('名单待销售部补充')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Completion by department' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows.slice(1)).toEqual([
      ['市场部', formatCompletion(3, 5)],
      ['人力资源部', '—'],
    ]);
  });

  it('recalculates the month picked from the list, by keyboard, named in the pane language', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce(
      reviewOutcome(reviewModel({ month: '2026-10' })),
    );
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    const picker = screen.getByRole('combobox', { name: '复盘月份' });
    expect(picker.textContent).toBe('2026年11月');
    picker.focus();
    await pane.user.keyboard('{Enter}');
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options.slice(0, 2)).toEqual(['2027年12月', '2027年11月']);
    expect(options).toHaveLength(12 * 7);
    expect(options.some((name) => /[A-Za-z]/.test(name ?? ''))).toBe(false);
    // The list opens on the month shown; one step down is the month before.
    await pane.user.keyboard('{ArrowDown}{Enter}');
    expect(picker.textContent).toBe('2026年10月');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    expect(workbook.recalculateReviewIfDue.mock.calls[0]?.[0]).toBe('2026-10');
    expect(await screen.findByLabelText('2026-10 复盘数据')).toBeTruthy();
  });

  it('says when the chart could not be drawn, and when nothing is due', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce({
      ...reviewOutcome(
        reviewModel({
          scope: 0,
          completed: 0,
          completionRate: null,
          delayed: [],
          byDepartment: [],
          collaborationProblems: [],
        }),
      ),
      chartDrawn: false,
    });
    const pane = renderPane(workbook, { locale: 'en-US' });
    await openTab(pane, 'Review', 'Recalculate');
    await pane.user.click(screen.getByRole('button', { name: 'Recalculate' }));
    expect(await screen.findByText(/the chart was not\.$/)).toBeTruthy();
    expect(screen.getByText('No delayed tasks this month.')).toBeTruthy();
    expect(screen.getByText('No task is due this month.')).toBeTruthy();
    const figures = screen.getByLabelText('Review figures for 2026-11');
    expect(within(figures).getByText('Completion rate').nextSibling?.textContent).toBe('—');
  });

  it('shows progress in words, then a failure with Retry that runs the work again', async () => {
    const workbook = scriptedWorkbook();
    let fail: (error: Error) => void = () => undefined;
    workbook.recalculateReviewIfDue.mockImplementationOnce(
      (_month, _options, onProgress) =>
        new Promise((_resolve, reject) => {
          onProgress?.('writing');
          fail = reject;
        }),
    );
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    expect(await screen.findByText('正在写入工作簿…')).toBeTruthy();
    act(() => fail(new Error('The review table is locked.')));
    expect(await screen.findByText('发生了意外错误：The review table is locked.')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByLabelText('2026-11 复盘数据')).toBeTruthy();
    expect(workbook.recalculateReviewIfDue).toHaveBeenCalledTimes(2);
    expect(screen.queryByText('发生了意外错误：The review table is locked.')).toBeNull();
  });

  it('copies the month as chat text and as Markdown (Share)', async () => {
    const pane = renderPane(scriptedWorkbook(), { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    await pane.user.click(await screen.findByRole('button', { name: '复制为文本' }));
    expect(await screen.findByText('已复制，可粘贴到企业微信、钉钉或飞书。')).toBeTruthy();
    const text = await navigator.clipboard.readText();
    expect(text.split('\n')[0]).toBe(`2026-11 月度运营复盘（截至 ${TODAY}）`);
    expect(text).toContain(
      '1. OP-001 Q3客户满意度调研（截止 2026-11-15，延期5天） — 需产品部确认调研维度',
    );
    await pane.user.click(screen.getByRole('button', { name: '复制为 Markdown' }));
    expect(await screen.findByText('已复制 Markdown 表格。')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toMatch(/^## 2026-11 月度运营复盘/);
  });

  it('says to press Enter or Esc when Excel keeps the work waiting (a cell being edited)', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockImplementationOnce((_month, _options, onProgress) => {
      onProgress?.('reading');
      return new Promise(() => undefined);
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    expect(screen.queryByText(/请按 Enter 或 Esc/)).toBeNull();
    expect(
      await screen.findByText(
        '仍在等待 Excel：如果您正在编辑单元格，请按 Enter 或 Esc 结束编辑。',
        {},
        { timeout: CELL_EDIT_HINT_AFTER_MS + 3000 },
      ),
    ).toBeTruthy();
  });

  it.each([
    ['zh-CN', '复盘', '重新计算'],
    ['en-US', 'Review', 'Recalculate'],
  ] as const)('has no accessibility violations with results (%s)', async (locale, tab, button) => {
    const pane = renderPane(scriptedWorkbook(), { locale });
    await openTab(pane, tab, button);
    await pane.user.click(screen.getByRole('button', { name: button }));
    await screen.findByRole('table');
    expect(await axe(pane.container)).toHaveNoViolations();
  });
});
