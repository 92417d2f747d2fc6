/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { Issue } from '../../src/core';
import {
  checkResult,
  giveElementsAViewport,
  installOfficeEnums,
  issue,
  openTab,
  renderPane,
  scriptedWorkbook,
  TODAY,
  type RenderedPane,
} from './support';

beforeAll(() => {
  installOfficeEnums();
  giveElementsAViewport();
});

const SAMPLE: readonly Issue[] = [
  issue({
    cell: 'F7',
    severity: 'error',
    code: 'due-before-start',
    message: '截止日期早于开始日期',
  }),
  issue({
    cell: 'D3',
    severity: 'warning',
    code: 'unassigned',
    field: 'owner',
    message: '未分配负责人',
  }),
  issue({
    cell: 'A4',
    sheet: '市场部台账',
    severity: 'error',
    code: 'duplicate-id',
    field: 'id',
    message: '任务ID重复',
  }),
];

async function runCheck(pane: RenderedPane, tab: string, button: string) {
  await openTab(pane, tab, button);
  await pane.user.click(screen.getByRole('button', { name: button }));
}

describe('Check screen', () => {
  it('checks with the interface language, today and the due-soon setting, then summarises (zh-CN)', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(SAMPLE));
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await runCheck(pane, '检查', '检查工作簿');
    expect(workbook.checkWorkbook).toHaveBeenCalledWith(
      { locale: 'zh-CN', today: TODAY, settings: { dueSoonDays: 3, dueSoonUnit: 'calendarDays' } },
      expect.any(Function),
    );
    const figures = await screen.findByLabelText('检查结果摘要');
    expect(within(figures).getByText('错误').nextSibling?.textContent).toBe('2');
    expect(within(figures).getByText('警告').nextSibling?.textContent).toBe('1');
    expect(within(figures).getByText('已检查行数').nextSibling?.textContent).toBe('12');
    expect(within(figures).getByText('识别的工作表').nextSibling?.textContent).toBe('2');
    const sheets = screen.getByRole('list', { name: '识别的工作表' });
    expect(within(sheets).getByText('本加载项的模板 · 表头第 1 行 · 10 行数据')).toBeTruthy();
    expect(within(sheets).getByText('团队自建表格 · 表头第 2 行 · 2 行数据')).toBeTruthy();
    // The kind in full-width brackets, said only where the sheet's name does not say it.
    const [ours, theirs] = within(sheets).getAllByRole('listitem');
    expect(ours?.textContent).toBe('任务跟踪表本加载项的模板 · 表头第 1 行 · 10 行数据');
    expect(theirs?.textContent).toBe(
      '市场部台账（任务跟踪表）团队自建表格 · 表头第 2 行 · 2 行数据',
    );
  });

  it('groups the issues by sheet and severity, errors first (en-US)', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(SAMPLE));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await runCheck(pane, 'Check', 'Check workbook');
    const list = await screen.findByRole('list', {
      name: 'Problems (choose one to select its cell)',
    });
    const rows = within(list)
      .getAllByRole('listitem')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      '任务跟踪表 · Error (1)',
      'F7截止日期早于开始日期',
      '任务跟踪表 · Warning (1)',
      'D3未分配负责人',
      '市场部台账 · Error (1)',
      'A4任务ID重复',
    ]);
    expect(screen.getByText('Showing 3 of 3 problems')).toBeTruthy();
  });

  it('filters by severity and by text', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(SAMPLE));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await runCheck(pane, 'Check', 'Check workbook');
    await pane.user.click(await screen.findByRole('button', { name: 'Errors (2)' }));
    expect(screen.getByRole('button', { name: 'Errors (2)' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(screen.getByText('Showing 1 of 3 problems')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: 'Errors (2)' }));
    await pane.user.type(screen.getByRole('searchbox', { name: 'Filter problems' }), '市场部');
    expect(screen.getByText('Showing 1 of 3 problems')).toBeTruthy();
    await pane.user.type(
      screen.getByRole('searchbox', { name: 'Filter problems' }),
      'nothing like this',
    );
    expect(screen.getByText('No problem matches the filter.')).toBeTruthy();
  });

  it('selects the cell of an issue on click and on Enter', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(SAMPLE));
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await runCheck(pane, '检查', '检查工作簿');
    await pane.user.click(
      await screen.findByRole('button', { name: '错误：任务跟踪表 F7，截止日期早于开始日期' }),
    );
    expect(workbook.selectCell).toHaveBeenLastCalledWith('任务跟踪表', 'F7');
    screen.getByRole('button', { name: '错误：市场部台账 A4，任务ID重复' }).focus();
    await pane.user.keyboard('{Enter}');
    expect(workbook.selectCell).toHaveBeenLastCalledWith('市场部台账', 'A4');
  });

  it('walks the problems with Next / Previous and F8 / Shift+F8, selecting each cell', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(SAMPLE));
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await runCheck(pane, '检查', '检查工作簿');
    await pane.user.click(await screen.findByRole('button', { name: '下一个问题' }));
    expect(workbook.selectCell).toHaveBeenLastCalledWith('任务跟踪表', 'F7');
    expect(screen.getByText('第 1 / 3 个：任务跟踪表 F7')).toBeTruthy();
    await pane.user.keyboard('{F8}');
    expect(workbook.selectCell).toHaveBeenLastCalledWith('任务跟踪表', 'D3');
    expect(
      screen
        .getByRole('button', { name: '警告：任务跟踪表 D3，未分配负责人' })
        .getAttribute('aria-current'),
    ).toBe('true');
    await pane.user.keyboard('{Shift>}{F8}{/Shift}{Shift>}{F8}{/Shift}');
    // Before the first comes the last.
    expect(workbook.selectCell).toHaveBeenLastCalledWith('市场部台账', 'A4');
    expect(
      screen.getByRole('button', { name: '下一个问题' }).getAttribute('aria-keyshortcuts'),
    ).toBe('F8');
  });

  it('counts the problems by type and shows one type, or groups them by row', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(SAMPLE));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await runCheck(pane, 'Check', 'Check workbook');
    const type = await screen.findByRole('combobox', { name: 'Problem type' });
    expect(type.textContent).toBe('All types (3)');
    await pane.user.click(type);
    await pane.user.click(screen.getByRole('option', { name: 'Open item has no owner (1)' }));
    expect(screen.getByText('Showing 1 of 3 problems')).toBeTruthy();
    await pane.user.click(screen.getByRole('combobox', { name: 'Problem type' }));
    await pane.user.click(screen.getByRole('option', { name: 'All types (3)' }));
    await pane.user.click(screen.getByRole('switch', { name: 'Group by row' }));
    expect(screen.getByText('任务跟踪表 · row 3 (1)')).toBeTruthy();
    expect(screen.getByText('市场部台账 · row 4 (1)')).toBeTruthy();
  });

  it('renders cell text as text, never as HTML', async () => {
    const workbook = scriptedWorkbook();
    const hostile = '<img src=x onerror="alert(1)">';
    workbook.checkWorkbook.mockResolvedValueOnce(
      checkResult([issue({ cell: 'B2', sheet: hostile, message: `状态“${hostile}”无效` })]),
    );
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await runCheck(pane, '检查', '检查工作簿');
    expect(await screen.findByText(`状态“${hostile}”无效`)).toBeTruthy();
    expect(pane.container.querySelector('img')).toBeNull();
  });

  it('says so when a cell cannot be selected any more', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(SAMPLE));
    workbook.selectCell.mockRejectedValueOnce(new Error('The sheet 任务跟踪表 no longer exists.'));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await runCheck(pane, 'Check', 'Check workbook');
    await pane.user.click(await screen.findByRole('button', { name: /F7/ }));
    expect(
      await screen.findByText(
        'Something unexpected went wrong: The sheet 任务跟踪表 no longer exists.',
      ),
    ).toBeTruthy();
    // Try again selects the same cell once more (the sheet may be back).
    await pane.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(workbook.selectCell).toHaveBeenLastCalledWith('任务跟踪表', 'F7');
    expect(workbook.selectCell).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/no longer exists/)).toBeNull();
  });

  it('renders only the visible part of 10,000 issues and scrolls through them', async () => {
    const many = Array.from({ length: 10_000 }, (_, index) =>
      issue({
        cell: `F${index + 2}`,
        severity: index % 3 === 0 ? 'warning' : 'error',
        message: `问题 ${index}`,
      }),
    );
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(many));
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await runCheck(pane, '检查', '检查工作簿');
    const list = await screen.findByRole('list', { name: '问题列表（点击可选中单元格）' });
    const rendered = within(list).getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]?.getAttribute('aria-setsize')).toBe('10002');
    fireEvent.scroll(list, { target: { scrollTop: 200_000 } });
    const afterScroll = await within(list).findAllByRole('listitem');
    expect(afterScroll.length).toBeLessThan(60);
    expect(Number(afterScroll[0]?.getAttribute('aria-posinset'))).toBeGreaterThan(4000);
  });

  it('says when nothing is wrong, and when no sheet was recognised', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult([]));
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult([], { sheets: [], rowsChecked: 0 }));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await runCheck(pane, 'Check', 'Check workbook');
    expect(await screen.findByText('No problems found.')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: 'Check workbook' }));
    expect(
      await screen.findByText(/No task tracker or collaboration log was recognised/),
    ).toBeTruthy();
  });

  it('shows the step in words while checking, then a failure with what to do', async () => {
    const workbook = scriptedWorkbook();
    let fail: (error: Error) => void = () => undefined;
    workbook.checkWorkbook.mockImplementationOnce((_options, onProgress) => {
      onProgress?.('reading');
      return new Promise((_resolve, reject) => (fail = reject));
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await runCheck(pane, '检查', '检查工作簿');
    expect(await screen.findByText('正在读取工作表…')).toBeTruthy();
    fail(new Error('RichApi.Error: timeout'));
    expect(await screen.findByText('发生了意外错误：RichApi.Error: timeout')).toBeTruthy();
    expect(screen.getByText('请重试；如果问题仍然存在，请关闭并重新打开任务窗格。')).toBeTruthy();
  });

  it.each([
    ['zh-CN', '检查', '检查工作簿'],
    ['en-US', 'Check', 'Check workbook'],
  ] as const)('has no accessibility violations with results (%s)', async (locale, tab, button) => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValueOnce(checkResult(SAMPLE));
    const pane = renderPane(workbook, { locale });
    await runCheck(pane, tab, button);
    await screen.findByRole('list', { name: /问题列表|Problems/ });
    expect(await axe(pane.container)).toHaveNoViolations();
  });
});
