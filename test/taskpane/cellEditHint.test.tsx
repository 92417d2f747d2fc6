/** @jest-environment jsdom */
/**
 * Issue 14: "Check waits forever while a cell is being edited, with no
 * 'press Enter or Esc' hint". The Review tab's hint has its test in
 * review.test.tsx; here Check and Insert, and the step in which the pane
 * computes by itself, where Excel is not what it waits for and no hint shows.
 */
import { act, screen } from '@testing-library/react';
import { CELL_EDIT_HINT_AFTER_MS } from '../../src/taskpane/components/ProgressNote';
import { installOfficeEnums, openTab, renderPane, scriptedWorkbook } from './support';

beforeAll(installOfficeEnums);

const HINT_ZH = '仍在等待 Excel：如果您正在编辑单元格，请按 Enter 或 Esc 结束编辑。';
const HINT_EN = 'Still waiting for Excel: if you are editing a cell, press Enter or Esc to finish.';
const LONG_ENOUGH = { timeout: CELL_EDIT_HINT_AFTER_MS + 3000 };

describe('the cell-edit hint', () => {
  it('Check: while Excel keeps the reading waiting, says to press Enter or Esc (zh-CN)', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockImplementationOnce((_options, onProgress) => {
      onProgress?.('reading');
      return new Promise(() => undefined);
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await pane.user.click(await openTab(pane, '检查', '检查工作簿'));
    expect(screen.queryByText(HINT_ZH)).toBeNull();
    expect(await screen.findByText(HINT_ZH, {}, LONG_ENOUGH)).toBeTruthy();
  });

  it('Check: no hint while the pane itself is checking what it read', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockImplementationOnce((_options, onProgress) => {
      onProgress?.('checking');
      return new Promise(() => undefined);
    });
    const pane = renderPane(workbook, { locale: 'en-US' });
    await pane.user.click(await openTab(pane, 'Check', 'Check workbook'));
    await screen.findByText('Checking the data…');
    await act(() => new Promise((resolve) => setTimeout(resolve, CELL_EDIT_HINT_AFTER_MS + 500)));
    expect(screen.queryByText(HINT_EN)).toBeNull();
  });

  it('Insert: while Excel keeps the write waiting, says to press Enter or Esc (en-US)', async () => {
    const workbook = scriptedWorkbook();
    workbook.insertTemplate.mockImplementationOnce(() => new Promise(() => undefined));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await pane.user.click(screen.getAllByRole('button', { name: /^Insert “/ })[0]!);
    expect(await screen.findByText(HINT_EN, {}, LONG_ENOUGH)).toBeTruthy();
  });
});
