/** @jest-environment jsdom */
/**
 * Issue 14, "Retry on failures": every failure bar with something to repeat
 * has Try again, and Try again repeats exactly what failed. Review's and
 * Fix's are proven in their own tests; here Check, Insert and Share.
 */
import { screen } from '@testing-library/react';
import { TEMPLATES } from '../../src/core';
import {
  checkResult,
  installOfficeEnums,
  issue,
  openTab,
  renderPane,
  scriptedWorkbook,
} from './support';

beforeAll(installOfficeEnums);

describe('Try again repeats what failed', () => {
  it('Check: a failed check runs again and shows its result (zh-CN)', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook
      .mockRejectedValueOnce(new Error('RichApi.Error: timeout'))
      .mockResolvedValueOnce(checkResult([issue({ cell: 'D3' })]));
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await pane.user.click(await openTab(pane, '检查', '检查工作簿'));
    expect(await screen.findByText('发生了意外错误：RichApi.Error: timeout')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '重试' }));
    expect(workbook.checkWorkbook).toHaveBeenCalledTimes(2);
    expect(workbook.checkWorkbook.mock.calls[1]?.[0]).toEqual(
      workbook.checkWorkbook.mock.calls[0]?.[0],
    );
    expect(await screen.findByRole('button', { name: '下一个问题' })).toBeTruthy();
    expect(screen.queryByText('发生了意外错误：RichApi.Error: timeout')).toBeNull();
  });

  it('Insert: a failed insert inserts the same template again (en-US)', async () => {
    const workbook = scriptedWorkbook();
    workbook.insertTemplate.mockRejectedValueOnce(new TypeError('boom'));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await pane.user.click(screen.getAllByRole('button', { name: /^Insert “/ })[0]!);
    expect(await screen.findByText('Something unexpected went wrong: boom')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(workbook.insertTemplate).toHaveBeenCalledTimes(2);
    expect(workbook.insertTemplate.mock.calls[1]).toEqual(workbook.insertTemplate.mock.calls[0]);
    expect(await screen.findByText(/^Created the sheet/)).toBeTruthy();
    expect(screen.queryByText('Something unexpected went wrong: boom')).toBeNull();
  });

  it('Insert all: a failed insert of every template tries every one again', async () => {
    const workbook = scriptedWorkbook();
    workbook.insertAllTemplates.mockRejectedValueOnce(new Error('busy'));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await pane.user.click(screen.getByRole('button', { name: `Insert all ${TEMPLATES.length}` }));
    await pane.user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(workbook.insertAllTemplates).toHaveBeenCalledTimes(2);
    expect(await screen.findByText(/Created 3 sheets/)).toBeTruthy();
  });

  it('Share: a failed Markdown copy copies Markdown again, not the plain text', async () => {
    const pane = renderPane(scriptedWorkbook(), { locale: 'zh-CN' });
    await pane.user.click(await openTab(pane, '复盘', '重新计算'));
    await screen.findByRole('button', { name: '复制为 Markdown' });
    // The web view refuses both the Clipboard API and the copy command, once.
    const writeText = jest
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValueOnce(new Error('denied'));
    const execCommand = jest.fn().mockReturnValueOnce(false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await pane.user.click(screen.getByRole('button', { name: '复制为 Markdown' }));
    expect(await screen.findByText('发生了意外错误：The clipboard refused the copy.')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('已复制 Markdown 表格。')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toMatch(/^## 2026-11 月度运营复盘/);
    expect(writeText).toHaveBeenCalledTimes(2);
  });
});
