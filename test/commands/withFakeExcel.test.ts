/** @jest-environment jsdom */
/** The function file over the in-memory Excel: the ribbon buttons do the real work. */
import { currentMonth, getTemplate, localDay } from '../../src/core';
import { createFakeExcel, installFakeOffice, type FakeExcel, type FakeOffice } from '../fake-excel';
import { seedTeamTracker, TEAM_SHEET } from '../taskpane/teamTracker';

const MONTH = currentMonth(localDay(new Date()));

describe('ribbon commands over the fake Excel', () => {
  let fake: FakeExcel;
  let office: FakeOffice;

  async function loadFunctionFile(settings: Record<string, unknown> = {}) {
    fake = createFakeExcel();
    office = installFakeOffice(fake, {
      displayLanguage: 'zh-CN',
      requirementSets: { ExcelApi: '1.8', SharedRuntime: '1.1' },
      settings,
    });
    window.history.replaceState(null, '', '/commands.html');
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/commands');
    });
  }
  afterEach(() => office.uninstall());

  async function press(name: string) {
    const event = { completed: jest.fn() };
    const handler = office.actions.get(name);
    expect(handler).toBeDefined();
    await handler?.(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  }

  it('Insert templates inserts the three tables in the interface language and shows the pane', async () => {
    await loadFunctionFile();
    await press('insertTemplates');
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(
      (['tracker', 'collab', 'review'] as const).map(
        (kind) => getTemplate(kind).sheetName['zh-CN'],
      ),
    );
    expect(office.shownAsTaskpane.count).toBe(1);
  });

  it('Check and Recalculate review run on the document, in the language stored in it', async () => {
    await loadFunctionFile({ 'opsWorkbook.locale': 'en-US' });
    seedTeamTracker(fake, MONTH);
    await press('checkSheet');
    await press('recalculateReview');
    const review = fake.workbook.sheetNamed(getTemplate('review').sheetName['en-US']);
    expect(review.cell('A2').value).toBe(MONTH);
    expect(fake.workbook.sheet(TEAM_SHEET)).toBeDefined();
    expect(office.shownAsTaskpane.count).toBe(2);
  });
});
