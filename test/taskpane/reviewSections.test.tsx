/** @jest-environment jsdom */
/**
 * The Review tab's second-release parts: a card per template section, rows
 * reached from any review line, the question before writing a month with
 * nothing due (SPEC §12) and the notice that a result is out of date.
 */
import { act, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { BuiltSection } from '../../src/core/review/sections';
import {
  installOfficeEnums,
  openTab,
  renderPane,
  reviewModel,
  reviewOutcome,
  scriptedWorkbook,
  wholeText,
} from './support';

beforeAll(installOfficeEnums);

const ACTIONS: BuiltSection = {
  kind: 'actions',
  key: 'actions',
  json: { scope: 2, completed: 1, delayed: [] },
  lines: [],
  card: {
    title: '会议待办（2026-11）',
    figures: [
      { label: '本月到期', value: '2' },
      { label: '已完成', value: '1' },
    ],
    items: [
      {
        text: '推广方案（会议待办!3）截止 2026-11-10，延期15天',
        at: { sheet: '会议待办', cell: 'A3' },
      },
      { text: '没有行的条目' },
    ],
  },
};

const RISKS: BuiltSection = {
  kind: 'risks',
  key: 'risks',
  json: { triggered: [], high: [] },
  lines: [],
  card: { title: 'Risks (as of 2026-11-25)', figures: [{ label: 'High', value: '0' }], items: [] },
};

const NOTHING_DUE = reviewModel({
  scope: 0,
  completed: 0,
  completionRate: null,
  delayed: [],
  byDepartment: [],
  collaborationProblems: [],
});

describe('Review tab: template sections, rows, nothing due, out of date', () => {
  it('shows a card for each section the workbook holds, and none for the kinds it lacks', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce({
      ...reviewOutcome(),
      sections: [ACTIONS, RISKS],
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    const actions = await screen.findByRole('region', { name: '会议待办（2026-11）' });
    expect(within(actions).getByText('本月到期').nextSibling?.textContent).toBe('2');
    expect(within(actions).getByText('没有行的条目').tagName).not.toBe('BUTTON');
    expect(screen.getByRole('region', { name: 'Risks (as of 2026-11-25)' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /培训|KPI/ })).toBeNull();
    expect(await axe(pane.container)).toHaveNoViolations();
  });

  it('a section line with a row selects it, by mouse and by keyboard', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce({
      ...reviewOutcome(),
      sections: [ACTIONS],
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    const link = await screen.findByRole('button', {
      name: '转到“会议待办”的 A3：推广方案（会议待办!3）截止 2026-11-10，延期15天',
    });
    await pane.user.click(link);
    expect(workbook.selectCell).toHaveBeenLastCalledWith('会议待办', 'A3');
    link.focus();
    await pane.user.keyboard('{Enter}');
    expect(workbook.selectCell).toHaveBeenCalledTimes(2);
  });

  it('delayed tasks and collaboration problems click through to their rows', async () => {
    const workbook = scriptedWorkbook();
    const model = reviewModel();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce(
      reviewOutcome({
        ...model,
        locations: {
          delayed: [
            { sheet: '任务跟踪表', cell: 'A2' },
            { sheet: '任务跟踪表', cell: 'A9' },
          ],
          collaborationProblems: [{ sheet: '跨部门协作记录表', cell: 'A3' }],
        },
      }),
    );
    const pane = renderPane(workbook, { locale: 'en-US' });
    await openTab(pane, 'Review', 'Recalculate');
    await pane.user.click(screen.getByRole('button', { name: 'Recalculate' }));
    const delayed = await screen.findByRole('region', { name: 'Delayed tasks and reasons' });
    await pane.user.click(
      within(delayed).getByRole('button', { name: /^Go to A9 on “任务跟踪表”: 任务跟踪表!9/ }),
    );
    expect(workbook.selectCell).toHaveBeenLastCalledWith('任务跟踪表', 'A9');
    const collab = screen.getByRole('region', { name: 'Collaboration problems' });
    within(collab)
      .getByRole('button', { name: /^Go to A3 on “跨部门协作记录表”/ })
      .focus();
    await pane.user.keyboard(' ');
    expect(workbook.selectCell).toHaveBeenLastCalledWith('跨部门协作记录表', 'A3');
  });

  it('a row on a hidden sheet says why it cannot be shown', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce({
      ...reviewOutcome(),
      sections: [ACTIONS],
    });
    workbook.selectCell.mockRejectedValueOnce(new Error('hidden'));
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    await pane.user.click(await screen.findByRole('button', { name: /^转到“会议待办”的 A3/ }));
    expect(await screen.findByText('发生了意外错误：hidden')).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '重试' }));
    expect(workbook.selectCell).toHaveBeenCalledTimes(2);
    expect(workbook.selectCell).toHaveBeenLastCalledWith('会议待办', 'A3');
    expect(screen.queryByText('发生了意外错误：hidden')).toBeNull();
  });

  it('asks before writing a month with nothing due; “Do not write” writes nothing (SPEC §12)', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce({
      nothingDue: true,
      model: NOTHING_DUE,
      sections: [],
    });
    const pane = renderPane(workbook, { locale: 'en-US' });
    await openTab(pane, 'Review', 'Recalculate');
    await pane.user.click(screen.getByRole('button', { name: 'Recalculate' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Nothing is due in November 2026',
    });
    expect(await axe(pane.container)).toHaveNoViolations();
    await pane.user.click(within(dialog).getByRole('button', { name: 'Do not write' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(workbook.recalculateReview).not.toHaveBeenCalled();
    expect(
      screen.getByText(
        wholeText('Nothing is due in November 2026; the review sheet was not changed.'),
      ),
    ).toBeTruthy();
  });

  it('writes the empty month once the user confirms, by keyboard (zh-CN)', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce({
      nothingDue: true,
      model: NOTHING_DUE,
      sections: [],
    });
    workbook.recalculateReview.mockResolvedValueOnce(reviewOutcome(NOTHING_DUE));
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    const dialog = await screen.findByRole('alertdialog', { name: '2026年11月没有到期的任务' });
    expect(within(dialog).getByText(/仍要在“月度运营复盘表”中为此月写入一行吗？/)).toBeTruthy();
    // Focus starts on the first action; Enter confirms.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '仍然写入' }));
    await pane.user.keyboard('{Enter}');
    expect(workbook.recalculateReview).toHaveBeenCalledWith(
      '2026-11',
      expect.objectContaining({ locale: 'zh-CN' }),
      expect.any(Function),
    );
    expect(
      await screen.findByText(wholeText('已写入工作表“月度运营复盘表”的 A2:J2。')),
    ).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('Esc closes the question without writing', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockResolvedValueOnce({
      nothingDue: true,
      model: NOTHING_DUE,
      sections: [],
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    await screen.findByRole('alertdialog');
    await pane.user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '重新计算' }));
    expect(workbook.recalculateReview).not.toHaveBeenCalled();
  });

  it('says the result is out of date once the workbook changes, and recalculates on request', async () => {
    const workbook = scriptedWorkbook();
    let changed: () => void = () => undefined;
    workbook.watchChanges.mockImplementation(async (onChange) => {
      changed = onChange;
      return () => undefined;
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    expect(workbook.watchChanges).not.toHaveBeenCalled();
    await pane.user.click(screen.getByRole('button', { name: '重新计算' }));
    await screen.findByLabelText('2026-11 复盘数据');
    expect(screen.queryByText('此结果计算之后，工作簿已有更改。')).toBeNull();
    act(() => changed());
    expect(await screen.findByText('此结果计算之后，工作簿已有更改。')).toBeTruthy();
    expect(await axe(pane.container)).toHaveNoViolations();
    const redo = screen.getAllByRole('button', { name: '重新计算' });
    expect(redo).toHaveLength(2);
    await pane.user.click(redo[1]!);
    expect(workbook.recalculateReviewIfDue).toHaveBeenCalledTimes(2);
    await screen.findByLabelText('2026-11 复盘数据');
    expect(screen.queryByText('此结果计算之后，工作簿已有更改。')).toBeNull();
  });

  it('without change events no notice appears and nothing fails', async () => {
    const workbook = scriptedWorkbook();
    workbook.watchChanges.mockRejectedValue(new Error('no events here'));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await openTab(pane, 'Review', 'Recalculate');
    await pane.user.click(screen.getByRole('button', { name: 'Recalculate' }));
    await screen.findByLabelText('Review figures for 2026-11');
    expect(screen.queryByText(/has changed since/)).toBeNull();
    expect(screen.queryByText(/did not finish/)).toBeNull();
  });
});
