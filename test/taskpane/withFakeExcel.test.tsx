/** @jest-environment jsdom */
/**
 * Each screen against the real gateway over the in-memory Excel, with the
 * real Office host glue reading the fake Office globals, in both languages.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getTemplate, TEMPLATES, type Locale } from '../../src/core';
import { createOpsWorkbook } from '../../src/excel';
import { officeHost } from '../../src/host/office';
import { App } from '../../src/taskpane/App';
import { paneTranslator } from '../../src/taskpane/messages';
import { createFakeExcel, installFakeOffice, type FakeExcel, type FakeOffice } from '../fake-excel';
import { giveElementsAViewport, TODAY } from './support';
import { seedTeamTracker, TEAM_SHEET } from './teamTracker';

const MONTH = TODAY.slice(0, 7);

beforeAll(giveElementsAViewport);

describe.each(['zh-CN', 'en-US'] as const)(
  'the pane over the fake Excel (%s)',
  (locale: Locale) => {
    const t = paneTranslator(locale);
    let fake: FakeExcel;
    let office: FakeOffice;

    beforeEach(() => {
      window.localStorage.clear();
      fake = createFakeExcel();
      seedTeamTracker(fake, MONTH);
      office = installFakeOffice(fake, { displayLanguage: locale });
    });
    afterEach(() => office.uninstall());

    function renderApp() {
      const user = userEvent.setup();
      render(<App workbook={createOpsWorkbook()} host={officeHost()} today={() => TODAY} />);
      return user;
    }

    it('Templates inserts every template’s table and shows the first', async () => {
      const user = renderApp();
      await user.click(
        screen.getByRole('button', { name: t('insertAll', { count: TEMPLATES.length }) }),
      );
      const names = TEMPLATES.map((template) => template.sheetName[locale]);
      expect(
        await screen.findByText(new RegExp(names.map((name) => `“${name}”`).join('.+'))),
      ).toBeTruthy();
      expect(fake.workbook.tables.map((table) => table.name)).toEqual(
        TEMPLATES.map((template) => template.tableName),
      );
      expect(fake.workbook.activeSheet?.name).toBe(names[0]);
    });

    it('Templates inserts one table with headers in the language chosen', async () => {
      const user = renderApp();
      const other = locale === 'zh-CN' ? t('headerLanguageEn') : t('headerLanguageZh');
      const headerLocale: Locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
      await user.click(screen.getByRole('radio', { name: other }));
      const tracker = getTemplate('tracker');
      await user.click(
        screen.getByRole('button', {
          name: t('insertOneLabel', { name: tracker.sheetName[locale] }),
        }),
      );
      await screen.findByText(new RegExp(tracker.sheetName[headerLocale]));
      const sheet = fake.workbook.sheetNamed(tracker.sheetName[headerLocale]);
      expect(sheet.cell('A1').value).toBe(tracker.columns[0]?.header[headerLocale]);
    });

    it('Check recognises the team’s own tracker and selects the cell of an issue', async () => {
      const user = renderApp();
      await user.click(screen.getByRole('tab', { name: t('tabCheck') }));
      await user.click(await screen.findByRole('button', { name: t('runCheck') }));
      const sheets = await screen.findByRole('list', { name: t('summarySheets') });
      expect(within(sheets).getByText(TEAM_SHEET)).toBeTruthy();
      const figures = screen.getByLabelText(t('summaryLabel'));
      expect(
        Number(within(figures).getByText(t('summaryErrors')).nextSibling?.textContent),
      ).toBeGreaterThan(0);
      expect(within(figures).getByText(t('summaryRows')).nextSibling?.textContent).toBe('4');
      const duplicate = screen.getByRole('button', { name: new RegExp(`${TEAM_SHEET} A5`) });
      await user.click(duplicate);
      await screen.findByRole('button', { name: t('runCheck') });
      expect(fake.workbook.selection?.sheet.name).toBe(TEAM_SHEET);
      expect(fake.workbook.activeSheet?.name).toBe(TEAM_SHEET);
    });

    it('Review recalculates this month into the review table and shows its figures', async () => {
      const user = renderApp();
      await user.click(screen.getByRole('tab', { name: t('tabReview') }));
      await user.click(await screen.findByRole('button', { name: t('recalculate') }));
      const figures = await screen.findByLabelText(t('figuresLabel', { month: MONTH }));
      expect(within(figures).getByText(t('figureCompletion')).nextSibling?.textContent).toMatch(
        /^\d+\.\d% \(\d+\/\d+\)$/,
      );
      const reviewSheet = fake.workbook.sheetNamed(getTemplate('review').sheetName[locale]);
      expect(reviewSheet.cell('A2').value).toBe(MONTH);
      expect(screen.getByRole('table', { name: t('departmentsHeading') })).toBeTruthy();
    });

    it('The language stays with this person; the document keeps the sheet rules only', async () => {
      const user = renderApp();
      await user.click(screen.getByRole('tab', { name: t('tabSettings') }));
      await screen.findByRole('radiogroup', { name: t('interfaceLanguage') });
      await user.click(
        screen.getByRole('radio', { name: locale === 'zh-CN' ? 'English' : '中文（简体）' }),
      );
      await screen.findByRole('status');
      expect(window.localStorage.getItem('opsWorkbook.locale')).toBe(
        locale === 'zh-CN' ? 'en-US' : 'zh-CN',
      );
      expect(office.savedSettings).toEqual({});
    });
  },
);
