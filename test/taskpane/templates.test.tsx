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
