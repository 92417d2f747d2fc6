/** @jest-environment jsdom */
/** SPEC §13 Fix in the Check tab: preview every change, apply exactly those, or cancel. */
import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { FixChange } from '../../src/core/fix';
import {
  giveElementsAViewport,
  installOfficeEnums,
  openTab,
  renderPane,
  scriptedWorkbook,
} from './support';

beforeAll(() => {
  installOfficeEnums();
  giveElementsAViewport();
});

const CHANGES: readonly FixChange[] = [
  {
    sheet: '周计划',
    cell: 'C2',
    row: 1,
    column: 2,
    field: 'start',
    kind: 'textDate',
    before: '2024.05.06',
    after: { kind: 'day', day: '2024-05-06', serial: 45_418, numberFormat: 'yyyy-mm-dd' },
  },
  {
    sheet: '周计划',
    cell: 'B3',
    row: 2,
    column: 1,
    field: 'owner',
    kind: 'noOwner',
    before: '待定',
    after: { kind: 'blank' },
  },
];

describe('Fix in the Check tab', () => {
  it('previews every change, applies exactly those, then checks again', async () => {
    const workbook = scriptedWorkbook();
    workbook.previewFixes.mockResolvedValueOnce(CHANGES);
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    const fix = await openTab(pane, '检查', '修正…');
    await pane.user.click(fix);

    const list = await screen.findByRole('list', { name: '将要修改的单元格' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      '周计划!C2 2024.05.062024-05-06 文本日期转为日期',
      '周计划!B3 待定（空） 负责人占位符清空',
    ]);
    expect(workbook.applyFixes).not.toHaveBeenCalled();
    expect(await axe(pane.container)).toHaveNoViolations();

    await pane.user.click(screen.getByRole('button', { name: '修改这 2 处' }));
    expect(workbook.applyFixes).toHaveBeenCalledWith(CHANGES, 'zh-CN');
    expect(await screen.findByText('已修正 2 处，每处都记在“修正记录”工作表中。')).toBeTruthy();
    expect(workbook.checkWorkbook).toHaveBeenCalledTimes(1);
  });

  it('cancel writes nothing; a workbook with nothing to fix says so', async () => {
    const workbook = scriptedWorkbook();
    workbook.previewFixes.mockResolvedValueOnce(CHANGES).mockResolvedValueOnce([]);
    const pane = renderPane(workbook, { locale: 'en-US' });
    const fix = await openTab(pane, 'Check', 'Fix…');
    await pane.user.click(fix);
    await pane.user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(workbook.applyFixes).not.toHaveBeenCalled();
    expect(screen.queryByRole('list', { name: 'Cells to change' })).toBeNull();
    await pane.user.click(screen.getByRole('button', { name: 'Fix…' }));
    expect(await screen.findByText('Nothing to fix.')).toBeTruthy();
  });

  it('a failed preview or apply has Try again, which repeats exactly that step', async () => {
    const workbook = scriptedWorkbook();
    workbook.previewFixes.mockRejectedValueOnce(new Error('busy')).mockResolvedValueOnce(CHANGES);
    workbook.applyFixes.mockRejectedValueOnce(new Error('locked'));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await pane.user.click(await openTab(pane, 'Check', 'Fix…'));
    expect(await screen.findByText('Something unexpected went wrong: busy')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: 'Try again' }));
    await pane.user.click(await screen.findByRole('button', { name: 'Change these 2 cells' }));
    expect(await screen.findByText('Something unexpected went wrong: locked')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(workbook.previewFixes).toHaveBeenCalledTimes(2);
    expect(workbook.applyFixes).toHaveBeenCalledTimes(2);
    expect(workbook.applyFixes).toHaveBeenLastCalledWith(CHANGES, 'en-US');
    expect(await screen.findByText(/^Fixed 2 cells/)).toBeTruthy();
  });
});
