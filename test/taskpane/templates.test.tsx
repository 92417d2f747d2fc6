/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { TEMPLATES } from '../../src/core';
import { OpsError } from '../../src/excel/errors';
import { inserted, installOfficeEnums, renderPane, scriptedWorkbook } from './support';

beforeAll(installOfficeEnums);

describe('Templates screen', () => {
  it('shows each template with its name, purpose and columns, in Chinese', () => {
    renderPane(scriptedWorkbook(), { locale: 'zh-CN' });
    for (const template of TEMPLATES) {
      const card = screen.getByRole('region', { name: template.sheetName['zh-CN'] });
      expect(within(card).getByText(template.purpose['zh-CN'])).toBeTruthy();
      const firstHeader = template.columns[0]?.header['zh-CN'] ?? '';
      expect(within(card).getByText(new RegExp(`^包含列：${firstHeader}`))).toBeTruthy();
      expect(
        within(card).getByRole('button', { name: `插入“${template.sheetName['zh-CN']}”` }),
      ).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: `插入全部 ${TEMPLATES.length} 张表` })).toBeTruthy();
  });

  it('shows the gallery in English, and the columns in the header language chosen', async () => {
    const pane = renderPane(scriptedWorkbook(), { locale: 'en-US' });
    const tracker = TEMPLATES[0]!;
    const card = () => screen.getByRole('region', { name: tracker.sheetName['en-US'] });
    expect(within(card()).getByText(tracker.purpose['en-US'])).toBeTruthy();
    // The header language follows the interface language until changed.
    expect(
      within(card()).getByText(new RegExp(`^Columns: ${tracker.columns[0]!.header['en-US']}`)),
    ).toBeTruthy();
    await pane.user.click(screen.getByRole('radio', { name: 'Chinese' }));
    expect(
      within(card()).getByText(new RegExp(`^Columns: ${tracker.columns[0]!.header['zh-CN']}`)),
    ).toBeTruthy();
  });

  it('inserts one template in the chosen header language and says what was created', async () => {
    const workbook = scriptedWorkbook();
    workbook.insertTemplate.mockResolvedValueOnce(
      inserted('tracker', 'Task Tracker (2)', 'OpsTasks2'),
    );
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await pane.user.click(screen.getByRole('radio', { name: '英文' }));
    const trackerName = TEMPLATES.find((one) => one.kind === 'tracker')!.sheetName['zh-CN'];
    await pane.user.click(screen.getByRole('button', { name: `插入“${trackerName}”` }));
    expect(workbook.insertTemplate).toHaveBeenCalledWith('tracker', 'en-US', {
      settings: { dueSoonDays: 3, dueSoonUnit: 'calendarDays' },
    });
    expect(
      await screen.findByText('已创建工作表“Task Tracker (2)”（表格 OpsTasks2），并已切换到该表。'),
    ).toBeTruthy();
  });

  it('inserts all three and lists the sheets created', async () => {
    const workbook = scriptedWorkbook();
    const pane = renderPane(workbook, { locale: 'en-US' });
    await pane.user.click(screen.getByRole('button', { name: `Insert all ${TEMPLATES.length}` }));
    expect(workbook.insertAllTemplates).toHaveBeenCalledWith('en-US', {
      settings: { dueSoonDays: 3, dueSoonUnit: 'calendarDays' },
    });
    expect(
      await screen.findByText(
        'Created 3 sheets: “任务跟踪表”, “跨部门协作记录表”, “月度运营复盘表”. Now showing “任务跟踪表”.',
      ),
    ).toBeTruthy();
  });

  it('says which templates the workbook holds; a second insert is labelled as such', async () => {
    const workbook = scriptedWorkbook();
    workbook.describeWorkbook.mockResolvedValue({
      kinds: new Set(['tracker', 'actions']),
      calendarYears: [],
    });
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    const tracker = TEMPLATES.find((one) => one.kind === 'tracker')!.sheetName['zh-CN'];
    const card = screen.getByRole('region', { name: tracker });
    expect(await within(card).findByText('已在此工作簿中')).toBeTruthy();
    const again = within(card).getByRole('button', {
      name: `再插入一张“${tracker}”（已有的不会改动，新表名称后加序号）`,
    });
    expect(again.textContent).toBe('再插入一张');
    const collab = TEMPLATES.find((one) => one.kind === 'collab')!.sheetName['zh-CN'];
    expect(
      within(screen.getByRole('region', { name: collab })).queryByText('已在此工作簿中'),
    ).toBeNull();
    // "Insert all" inserts only the rest, never a silent second copy.
    await pane.user.click(
      screen.getByRole('button', { name: `插入其余 ${TEMPLATES.length - 2} 张表` }),
    );
    expect(workbook.insertAllTemplates).toHaveBeenCalledWith('zh-CN', {
      settings: { dueSoonDays: 3, dueSoonUnit: 'calendarDays' },
      kinds: TEMPLATES.map((one) => one.kind).filter(
        (kind) => kind !== 'tracker' && kind !== 'actions',
      ),
    });
    expect(await axe(pane.container)).toHaveNoViolations();
  });

  it('with every template present there is nothing to insert all of', async () => {
    const workbook = scriptedWorkbook();
    workbook.describeWorkbook.mockResolvedValue({
      kinds: new Set(TEMPLATES.map((one) => one.kind)),
      calendarYears: [],
    });
    renderPane(workbook, { locale: 'en-US' });
    expect(
      await screen.findByText(`All ${TEMPLATES.length} sheets are already in this workbook.`),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Insert all/ })).toBeNull();
  });

  it('inserts with the handbook example where the template has one, by keyboard', async () => {
    const workbook = scriptedWorkbook();
    const pane = renderPane(workbook, { locale: 'en-US' });
    for (const template of TEMPLATES) {
      const card = screen.getByRole('region', { name: template.sheetName['en-US'] });
      const button = within(card).queryByRole('button', {
        name: `Insert “${template.sheetName['en-US']}” with the handbook example`,
      });
      expect(button !== null).toBe(template.sample !== undefined);
    }
    const actions = TEMPLATES.find((one) => one.kind === 'actions')!.sheetName['en-US'];
    within(screen.getByRole('region', { name: actions }))
      .getByRole('button', { name: `Insert “${actions}” with the handbook example` })
      .focus();
    await pane.user.keyboard('{Enter}');
    expect(workbook.insertTemplate).toHaveBeenCalledWith('actions', 'en-US', {
      settings: { dueSoonDays: 3, dueSoonUnit: 'calendarDays' },
      withSample: true,
    });
    // What the workbook holds is read again after the insert.
    expect(workbook.describeWorkbook.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('shows progress while inserting and keeps the buttons from starting a second insert', async () => {
    const workbook = scriptedWorkbook();
    let finish: () => void = () => undefined;
    workbook.insertAllTemplates.mockImplementationOnce(
      () =>
        new Promise(
          (resolve) => (finish = () => resolve([inserted('tracker', '任务跟踪表', 'OpsTasks')])),
        ),
    );
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await pane.user.click(
      screen.getByRole('button', { name: `插入全部 ${TEMPLATES.length} 张表` }),
    );
    expect(screen.getByRole('status').textContent).toContain('正在处理…');
    expect(
      (
        screen.getByRole('button', {
          name: `插入全部 ${TEMPLATES.length} 张表`,
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
    finish();
    expect(await screen.findByText(/已创建工作表“任务跟踪表”/)).toBeTruthy();
  });

  it('says what failed and what to do, with the gateway error text', async () => {
    const workbook = scriptedWorkbook();
    const opsError = new OpsError('accessDenied', { cause: new Error('AccessDenied') });
    workbook.insertAllTemplates.mockRejectedValueOnce(opsError);
    const pane = renderPane(workbook, { locale: 'zh-CN' });
    await pane.user.click(
      screen.getByRole('button', { name: `插入全部 ${TEMPLATES.length} 张表` }),
    );
    expect(await screen.findByText(opsError.userMessage('zh-CN'))).toBeTruthy();
    expect(screen.getByText(opsError.nextStep('zh-CN'))).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByText(opsError.userMessage('zh-CN'))).toBeNull();
  });

  it('shows any other error with its text and a next step', async () => {
    const workbook = scriptedWorkbook();
    workbook.insertTemplate.mockRejectedValueOnce(new TypeError('boom'));
    const pane = renderPane(workbook, { locale: 'en-US' });
    await pane.user.click(screen.getAllByRole('button', { name: /^Insert “/ })[0]!);
    expect(await screen.findByText('Something unexpected went wrong: boom')).toBeTruthy();
    expect(screen.getByText(/^Try again; if it keeps happening/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it.each(['zh-CN', 'en-US'] as const)('has no accessibility violations (%s)', async (locale) => {
    const { container } = renderPane(scriptedWorkbook(), { locale });
    expect(await axe(container)).toHaveNoViolations();
  });
});
