/** @jest-environment jsdom */
/**
 * Issue 14, "keyboard paths for the new controls": every control the issue
 * added is worked here from the keyboard alone: Tab to reach it, Enter /
 * Space / Esc / arrows to use it, and focus landing somewhere sensible once
 * it goes away (never on the page body, which would send a keyboard user
 * back to the top of the pane).
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import {
  checkResult,
  giveElementsAViewport,
  installOfficeEnums,
  issue,
  openTab,
  renderPane,
  reviewModel,
  reviewOutcome,
  scriptedWorkbook,
  type RenderedPane,
  type ScriptedWorkbook,
} from './support';

/**
 * jsdom lays nothing out: every element's `offsetParent` is null and the
 * body measures 0 × 0, which Fluent's focus manager (tabster) reads as
 * "nothing is visible": it would find nothing to Tab to and drop focus on
 * the body. Here the body has a pane's size and an element has an offset
 * parent unless it, or an element around it, is hidden, as in a browser,
 * so Tab moves through the pane as it does in Excel.
 */
function giveElementsLayout(): void {
  jest.spyOn(document.body, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    width: 350,
    height: 700,
    right: 350,
    bottom: 700,
    toJSON: () => ({}),
  });
  jest.spyOn(HTMLElement.prototype, 'offsetParent', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.closest('[hidden]')) return null;
    return this.parentElement ?? document.body;
  });
}

beforeAll(() => {
  installOfficeEnums();
  giveElementsAViewport();
  giveElementsLayout();
});

const NOTHING_DUE = reviewModel({
  scope: 0,
  completed: 0,
  completionRate: null,
  delayed: [],
  byDepartment: [],
  collaborationProblems: [],
});

function nothingDueWorkbook(): ScriptedWorkbook {
  const workbook = scriptedWorkbook();
  // A fresh answer on every call, as the use case gives.
  workbook.recalculateReviewIfDue.mockImplementation(async () => ({
    nothingDue: true,
    model: NOTHING_DUE,
    sections: [],
  }));
  workbook.recalculateReview.mockResolvedValue(reviewOutcome(NOTHING_DUE));
  return workbook;
}

/** Opens the Review tab and asks for the month by keyboard: Tab to Recalculate, Enter. */
async function askByKeyboard(pane: RenderedPane, tab: string, recalculate: string) {
  const button = await openTab(pane, tab, recalculate);
  button.focus();
  await pane.user.keyboard('{Enter}');
  return button;
}

/** The workbook whose change callback the test fires itself. */
function changingWorkbook(): { workbook: ScriptedWorkbook; change: () => void } {
  const workbook = scriptedWorkbook();
  let changed: () => void = () => undefined;
  workbook.watchChanges.mockImplementation(async (onChange) => {
    changed = onChange;
    return () => undefined;
  });
  return { workbook, change: () => act(() => changed()) };
}

describe('the nothing-due question, by keyboard (SPEC §12)', () => {
  it('takes focus, and Tab / Shift+Tab move between its two answers', async () => {
    const pane = renderPane(nothingDueWorkbook(), { locale: 'en-US' });
    await askByKeyboard(pane, 'Review', 'Recalculate');
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Nothing is due in November 2026',
    });
    const write = within(dialog).getByRole('button', { name: 'Write anyway' });
    const cancel = within(dialog).getByRole('button', { name: 'Do not write' });
    expect(document.activeElement).toBe(write);
    await pane.user.tab();
    expect(document.activeElement).toBe(cancel);
    await pane.user.tab({ shift: true });
    expect(document.activeElement).toBe(write);
    // Shift+Tab from the first answer leads back to the button that asked.
    await pane.user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Recalculate' }));
  });

  it('Enter on “Do not write” closes it, writes nothing, and returns focus to Recalculate', async () => {
    const workbook = nothingDueWorkbook();
    const pane = renderPane(workbook, { locale: 'en-US' });
    const recalculate = await askByKeyboard(pane, 'Review', 'Recalculate');
    await screen.findByRole('alertdialog');
    await pane.user.tab();
    await pane.user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(recalculate);
    expect(workbook.recalculateReview).not.toHaveBeenCalled();
  });

  it('Space on “Do not write” does the same (zh-CN)', async () => {
    const workbook = nothingDueWorkbook();
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    const recalculate = await askByKeyboard(pane, '复盘', '重新计算');
    const dialog = await screen.findByRole('alertdialog', { name: '2026年11月没有到期的任务' });
    within(dialog).getByRole('button', { name: '不写入' }).focus();
    await pane.user.keyboard(' ');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(recalculate);
    expect(workbook.recalculateReview).not.toHaveBeenCalled();
  });

  it('Esc from either answer closes it and returns focus to Recalculate', async () => {
    const workbook = nothingDueWorkbook();
    const pane = renderPane(workbook, { locale: 'en-US' });
    const recalculate = await askByKeyboard(pane, 'Review', 'Recalculate');
    await screen.findByRole('alertdialog');
    await pane.user.tab();
    await pane.user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(recalculate);
    // Asked again, it comes back (a declined month is not declined for good).
    await pane.user.keyboard('{Enter}');
    expect(await screen.findByRole('alertdialog')).toBeTruthy();
    expect(workbook.recalculateReview).not.toHaveBeenCalled();
  });

  it('Enter on “Write anyway” writes, and focus returns to Recalculate once written', async () => {
    const workbook = nothingDueWorkbook();
    const pane = renderPane(workbook, { locale: 'en-US' });
    const recalculate = await askByKeyboard(pane, 'Review', 'Recalculate');
    await screen.findByRole('alertdialog');
    await pane.user.keyboard('{Enter}');
    expect(await screen.findByText(/^Written to/)).toBeTruthy();
    expect(workbook.recalculateReview).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(recalculate);
  });
});

describe('the stale-result notice, by keyboard', () => {
  it('Review: its button is the next Tab stop after Recalculate, and Enter recalculates', async () => {
    const { workbook, change } = changingWorkbook();
    const pane = renderPane(workbook, { locale: 'en-US' });
    const recalculate = await askByKeyboard(pane, 'Review', 'Recalculate');
    await screen.findByLabelText('Review figures for 2026-11');
    change();
    await screen.findByText(/has changed since/);
    recalculate.focus();
    await pane.user.tab();
    const redo = screen.getAllByRole('button', { name: 'Recalculate' })[1]!;
    expect(document.activeElement).toBe(redo);
    await pane.user.keyboard('{Enter}');
    expect(workbook.recalculateReviewIfDue).toHaveBeenCalledTimes(2);
    await screen.findByLabelText('Review figures for 2026-11');
    expect(screen.queryByText(/has changed since/)).toBeNull();
    // The notice is gone: focus is back on the button it stood for, not on the page.
    expect(document.activeElement).toBe(recalculate);
  });

  it('Review: Space on its button recalculates too (zh-CN)', async () => {
    const { workbook, change } = changingWorkbook();
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    const recalculate = await askByKeyboard(pane, '复盘', '重新计算');
    await screen.findByLabelText('2026-11 复盘数据');
    change();
    await screen.findByText('此结果计算之后，工作簿已有更改。');
    screen.getAllByRole('button', { name: '重新计算' })[1]!.focus();
    await pane.user.keyboard(' ');
    expect(workbook.recalculateReviewIfDue).toHaveBeenCalledTimes(2);
    await screen.findByLabelText('2026-11 复盘数据');
    expect(screen.queryByText('此结果计算之后，工作簿已有更改。')).toBeNull();
    expect(document.activeElement).toBe(recalculate);
  });

  it('Check: reachable by Tab past Check and Fix, Enter and Space check again', async () => {
    const { workbook, change } = changingWorkbook();
    // A fresh result on every call, as the use case gives (the notice is about one result).
    workbook.checkWorkbook.mockImplementation(async () => checkResult([issue({ cell: 'D3' })]));
    const pane = renderPane(workbook, { locale: 'en-US' });
    const check = await askByKeyboard(pane, 'Check', 'Check workbook');
    await screen.findByRole('button', { name: 'Next problem' });
    change();
    await screen.findByText(/has changed since/);
    check.focus();
    await pane.user.tab(); // Fix…
    await pane.user.tab();
    const again = screen.getByRole('button', { name: 'Check again' });
    expect(document.activeElement).toBe(again);
    await pane.user.keyboard('{Enter}');
    expect(workbook.checkWorkbook).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByText(/has changed since/)).toBeNull());
    expect(document.activeElement).toBe(check);
    change();
    (await screen.findByRole('button', { name: 'Check again' })).focus();
    await pane.user.keyboard(' ');
    expect(workbook.checkWorkbook).toHaveBeenCalledTimes(3);
  });
});

describe('the month picker, by keyboard', () => {
  it('is one Tab stop between the tab bar and Recalculate', async () => {
    const pane = renderPane(scriptedWorkbook(), { locale: 'en-US' });
    const recalculate = await openTab(pane, 'Review', 'Recalculate');
    const picker = screen.getByRole('combobox', { name: 'Review month' });
    picker.focus();
    await pane.user.tab();
    expect(document.activeElement).toBe(recalculate);
    await pane.user.tab({ shift: true });
    expect(document.activeElement).toBe(picker);
  });

  it('End and Home reach the oldest and newest month; Esc closes without changing it', async () => {
    const pane = renderPane(scriptedWorkbook(), { locale: 'en-US' });
    await openTab(pane, 'Review', 'Recalculate');
    const picker = screen.getByRole('combobox', { name: 'Review month' });
    picker.focus();
    await pane.user.keyboard('{Enter}{End}{Enter}');
    expect(picker.textContent).toBe('January 2021');
    await pane.user.keyboard('{Enter}{Home}{Enter}');
    expect(picker.textContent).toBe('December 2027');
    await pane.user.keyboard('{Enter}{ArrowDown}{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(picker.textContent).toBe('December 2027');
    expect(document.activeElement).toBe(picker);
  });

  it('picks a month by arrows alone, closed, and Recalculate takes it (zh-CN)', async () => {
    const workbook = scriptedWorkbook();
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    const recalculate = await openTab(pane, '复盘', '重新计算');
    const picker = screen.getByRole('combobox', { name: '复盘月份' });
    picker.focus();
    await pane.user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(picker.textContent).toBe('2026年9月');
    await pane.user.tab();
    expect(document.activeElement).toBe(recalculate);
    await pane.user.keyboard('{Enter}');
    expect(workbook.recalculateReviewIfDue.mock.calls[0]?.[0]).toBe('2026-09');
  });
});

describe('the issue walk’s shortcut', () => {
  it('F8 works only while the Check tab is shown, and not with Ctrl / Alt', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValue(
      checkResult([issue({ cell: 'D3' }), issue({ cell: 'F7' })]),
    );
    const pane = renderPane(workbook, { locale: 'en-US' });
    await askByKeyboard(pane, 'Check', 'Check workbook');
    await screen.findByRole('button', { name: 'Next problem' });
    await pane.user.keyboard('{Control>}{F8}{/Control}{Alt>}{F8}{/Alt}');
    expect(workbook.selectCell).not.toHaveBeenCalled();
    await pane.user.keyboard('{F8}');
    expect(workbook.selectCell).toHaveBeenCalledTimes(1);
    // On another tab F8 is left alone: the Check screen's list is not what the user sees.
    await pane.user.click(screen.getByRole('tab', { name: 'Review' }));
    await screen.findByRole('button', { name: 'Recalculate' });
    await pane.user.keyboard('{F8}');
    expect(workbook.selectCell).toHaveBeenCalledTimes(1);
    await pane.user.click(screen.getByRole('tab', { name: 'Check' }));
    await pane.user.keyboard('{F8}');
    expect(workbook.selectCell).toHaveBeenCalledTimes(2);
    expect(workbook.selectCell).toHaveBeenLastCalledWith(expect.any(String), 'F7');
  });

  it('Next / Previous are reachable by Tab and pressed with Enter', async () => {
    const workbook = scriptedWorkbook();
    workbook.checkWorkbook.mockResolvedValue(
      checkResult([issue({ cell: 'D3' }), issue({ cell: 'F7' })]),
    );
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await askByKeyboard(pane, '检查', '检查工作簿');
    const previous = await screen.findByRole('button', { name: '上一个问题' });
    previous.focus();
    await pane.user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '下一个问题' }));
    await pane.user.keyboard('{Enter}');
    expect(workbook.selectCell).toHaveBeenLastCalledWith(expect.any(String), 'D3');
    await pane.user.keyboard('{Enter}');
    expect(workbook.selectCell).toHaveBeenLastCalledWith(expect.any(String), 'F7');
  });
});
