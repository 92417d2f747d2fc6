/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { axe } from 'jest-axe';
import { TEMPLATES } from '../../src/core';
import { OutsideOffice } from '../../src/taskpane/components/OutsideOffice';
import { bootPane } from '../../src/taskpane/boot';
import { installOfficeEnums, renderPane, scriptedWorkbook } from './support';

beforeAll(installOfficeEnums);

describe('Pane shell', () => {
  it('offers the four screens as tabs, reachable with the keyboard', async () => {
    const pane = renderPane(scriptedWorkbook(), { locale: 'zh-CN' });
    const tabs = screen.getAllByRole('tab');
    expect(tabs).toEqual(
      ['模板', '检查', '复盘', '设置'].map((name) => screen.getByRole('tab', { name })),
    );
    screen.getByRole('tab', { name: '检查' }).focus();
    await pane.user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: '检查工作簿' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '检查' }).getAttribute('aria-selected')).toBe('true');
  });

  it('keeps a screen’s results when switching tabs', async () => {
    const workbook = scriptedWorkbook();
    const pane = renderPane(workbook, { locale: 'en-US' });
    await pane.user.click(screen.getByRole('button', { name: `Insert all ${TEMPLATES.length}` }));
    expect(await screen.findByText(/Created 3 sheets/)).toBeTruthy();
    await pane.user.click(screen.getByRole('tab', { name: 'Review' }));
    await screen.findByRole('button', { name: 'Recalculate' });
    await pane.user.click(screen.getByRole('tab', { name: 'Templates' }));
    expect(screen.getByText(/Created 3 sheets/)).toBeTruthy();
  });

  it.each([
    ['zh-CN', '请在 Excel 中打开运营工作簿'],
    ['en-US', 'Open Ops Workbook in Excel'],
  ] as const)('outside Office says how to open the pane in Excel (%s)', async (locale, title) => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <OutsideOffice locale={locale} />
      </FluentProvider>,
    );
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(await axe(container)).toHaveNoViolations();
  });

  describe('start-up', () => {
    const realOffice = (globalThis as { Office?: unknown }).Office;
    afterEach(() => {
      (globalThis as { Office?: unknown }).Office = realOffice;
    });

    it('shows the outside-Office page when Office.js did not load', async () => {
      delete (globalThis as { Office?: unknown }).Office;
      const container = document.body.appendChild(document.createElement('div'));
      const createWorkbook = jest.fn(scriptedWorkbook);
      await act(() => bootPane(container, createWorkbook));
      expect(container.querySelector('h1')?.textContent).toMatch(/Excel/);
      expect(createWorkbook).not.toHaveBeenCalled();
    });

    it('shows the outside-Office page when Office reports no host (a browser tab)', async () => {
      (globalThis as { Office?: unknown }).Office = {
        onReady: async () => ({ host: null, platform: null }),
        HostType: { Excel: 'Excel' },
      };
      const container = document.body.appendChild(document.createElement('div'));
      await act(() => bootPane(container, scriptedWorkbook));
      expect(container.querySelector('h1')?.textContent).toMatch(/Excel/);
    });

    it('starts the pane in Excel with the theme and language Office reports', async () => {
      const settings = new Map<string, unknown>();
      (globalThis as { Office?: unknown }).Office = {
        onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
        HostType: { Excel: 'Excel' },
        AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
        context: {
          displayLanguage: 'en-US',
          officeTheme: { bodyBackgroundColor: '#1f1f1f' },
          document: {
            settings: {
              get: (name: string) => settings.get(name) ?? null,
              set: (name: string, value: unknown) => settings.set(name, value),
              saveAsync: () => undefined,
            },
          },
        },
      };
      const container = document.body.appendChild(document.createElement('div'));
      await act(() => bootPane(container, scriptedWorkbook));
      expect(screen.getByRole('tab', { name: 'Templates' })).toBeTruthy();
      expect(document.documentElement.lang).toBe('en-US');
      // Fluent writes the theme as CSS variables for the provider's class.
      const styles = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
      expect(styles).toContain(
        `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`,
      );
    });

    it('shows a failure instead of a blank pane when start-up fails', async () => {
      (globalThis as { Office?: unknown }).Office = {
        onReady: async () => ({ host: 'Excel', platform: 'PC' }),
        HostType: { Excel: 'Excel' },
        context: { displayLanguage: 'en-US', document: {} },
      };
      const container = document.body.appendChild(document.createElement('div'));
      await act(() =>
        bootPane(container, () => {
          throw new Error('ExcelApi 1.8 is not supported');
        }),
      );
      expect(container.textContent).toContain('ExcelApi 1.8 is not supported');
    });
  });
});
