/** @jest-environment jsdom */
/**
 * Issue 14: "165 delayed tasks inline on an 11,000 px page". The review's
 * delayed tasks and collaboration problems show their first lines and a
 * "Show all" button; pressed (by keyboard too), every line shows and focus
 * goes to the first line that was hidden. Recalculating another month shows
 * that month's lists short again.
 */
import { act, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { DelayedTask } from '../../src/core';
import { SHOWN_AT_FIRST } from '../../src/taskpane/review/DelayedTasks';
import {
  installOfficeEnums,
  openTab,
  renderPane,
  reviewModel,
  reviewOutcome,
  scriptedWorkbook,
} from './support';

beforeAll(installOfficeEnums);

const LATE: DelayedTask[] = Array.from({ length: 25 }, (_, i) => ({
  id: `OP-${String(i + 1).padStart(3, '0')}`,
  name: `任务${i + 1}`,
  due: '2026-11-10',
  reason: i % 2 === 0 ? '等待资料' : '',
  daysLate: 15,
}));

function workbookWithLongReview(withRows: boolean) {
  const workbook = scriptedWorkbook();
  workbook.recalculateReviewIfDue.mockResolvedValueOnce(
    reviewOutcome(
      reviewModel({
        delayed: LATE,
        ...(withRows
          ? {
              locations: {
                delayed: LATE.map((_, i) => ({ sheet: '任务跟踪表', cell: `A${i + 2}` })),
                collaborationProblems: [],
              },
            }
          : {}),
      }),
    ),
  );
  return workbook;
}

const PROBLEMS = Array.from({ length: 15 }, (_, i) => ({
  id: `CO-${String(i + 1).padStart(3, '0')}`,
  topic: `协作事项${i + 1}`,
  deadline: '2026-11-20',
  note: '',
}));

/** A month with 25 delayed tasks and 15 collaboration problems: both lists have Show all. */
function longMonth(month: string) {
  return reviewOutcome(reviewModel({ month, delayed: LATE, collaborationProblems: PROBLEMS }));
}

describe('long review lists (issue 14)', () => {
  it('collapses both lists again when another month is recalculated, and on coming back (zh-CN)', async () => {
    const workbook = scriptedWorkbook();
    workbook.recalculateReviewIfDue.mockImplementation(async (month) => longMonth(month));
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    const recalculate = await openTab(pane, '复盘', '重新计算');
    const lists = () => ({
      delayed: screen.getByRole('region', { name: '延期任务及原因' }),
      collab: screen.getByRole('region', { name: '跨部门协作问题' }),
    });
    const lengths = () =>
      Object.values(lists()).map((list) => within(list).getAllByRole('listitem').length);
    const pickMonth = async (keys: string) => {
      act(() => screen.getByRole('combobox', { name: '复盘月份' }).focus());
      await pane.user.keyboard(`{Enter}${keys}{Enter}`);
      await pane.user.click(recalculate);
    };

    await pane.user.click(recalculate);
    await screen.findByLabelText('2026-11 复盘数据');
    await pane.user.click(within(lists().delayed).getByRole('button', { name: '显示全部 25 项' }));
    await pane.user.click(within(lists().collab).getByRole('button', { name: '显示全部 15 项' }));
    expect(lengths()).toEqual([25, 15]);
    // The same month again (after an edit, say): the reader keeps the place they opened.
    await pane.user.click(recalculate);
    await screen.findByLabelText('2026-11 复盘数据');
    expect(lengths()).toEqual([25, 15]);

    // The month before: its lists start short, each with its own Show all.
    await pickMonth('{ArrowDown}');
    await screen.findByLabelText('2026-10 复盘数据');
    expect(lengths()).toEqual([SHOWN_AT_FIRST, SHOWN_AT_FIRST]);
    expect(within(lists().delayed).getByRole('button', { name: '显示全部 25 项' })).toBeTruthy();
    expect(within(lists().collab).getByRole('button', { name: '显示全部 15 项' })).toBeTruthy();

    // Back to the month opened before: short too, not reopened from before.
    await pickMonth('{ArrowUp}');
    await screen.findByLabelText('2026-11 复盘数据');
    expect(lengths()).toEqual([SHOWN_AT_FIRST, SHOWN_AT_FIRST]);
  });

  it(`shows the first ${SHOWN_AT_FIRST} delayed tasks and Show all; Enter shows every one and focuses the next (zh-CN)`, async () => {
    const workbook = workbookWithLongReview(true);
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await pane.user.click(await openTab(pane, '复盘', '重新计算'));
    const delayed = await screen.findByRole('region', { name: '延期任务及原因' });
    expect(within(delayed).getAllByRole('listitem')).toHaveLength(SHOWN_AT_FIRST);
    const showAll = within(delayed).getByRole('button', { name: '显示全部 25 项' });
    expect(await axe(pane.container)).toHaveNoViolations();
    showAll.focus();
    await pane.user.keyboard('{Enter}');
    expect(within(delayed).getAllByRole('listitem')).toHaveLength(25);
    expect(within(delayed).queryByRole('button', { name: /显示全部/ })).toBeNull();
    const eleventh = within(delayed).getByRole('button', { name: /^转到“任务跟踪表”的 A12/ });
    expect(document.activeElement).toBe(eleventh);
    await pane.user.keyboard('{Enter}');
    expect(workbook.selectCell).toHaveBeenLastCalledWith('任务跟踪表', 'A12');
  });

  it('without rows to go to, focus lands on the first line that was hidden (en-US)', async () => {
    const pane = renderPane(workbookWithLongReview(false), { locale: 'en-US' });
    await pane.user.click(await openTab(pane, 'Review', 'Recalculate'));
    const delayed = await screen.findByRole('region', { name: 'Delayed tasks and reasons' });
    await pane.user.click(within(delayed).getByRole('button', { name: 'Show all 25' }));
    const items = within(delayed).getAllByRole('listitem');
    expect(items).toHaveLength(25);
    expect(document.activeElement).toBe(items[SHOWN_AT_FIRST]);
    expect(items[SHOWN_AT_FIRST]?.textContent).toMatch(/^OP-011 任务11/);
  });

  it('a list no longer than that has no Show all', async () => {
    const pane = renderPane(scriptedWorkbook(), { locale: 'en-US' });
    await pane.user.click(await openTab(pane, 'Review', 'Recalculate'));
    const delayed = await screen.findByRole('region', { name: 'Delayed tasks and reasons' });
    expect(within(delayed).getAllByRole('listitem')).toHaveLength(2);
    expect(within(delayed).queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});
