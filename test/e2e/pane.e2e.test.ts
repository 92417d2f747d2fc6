/**
 * End to end in headless Chromium: the built pane over the in-memory Excel.
 * Insert → Check → Recalculate in each language, asserting on the workbook
 * and on the pane, with 350×700 screenshots in test-output/screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { getTemplate, TEMPLATES, type Locale } from '../../src/core';
import { paneTranslator } from '../../src/taskpane/messages';
import type { WorkbookSnapshot } from '../fake-excel';
import {
  buildHarness,
  chromiumAvailable,
  HARNESS_DIST,
  launchChromium,
  ROOT,
  serveFolder,
  type HeadlessChromium,
} from './chromium';

const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const available = chromiumAvailable();
if (!available) {
  console.warn(
    'Skipping the end-to-end pane tests: /usr/bin/chromium is absent (apt-get install chromium fonts-wqy-zenhei).',
  );
}

interface TableView {
  readonly name: string;
  readonly address: string;
}

async function snapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => window.opsE2E.fake.workbook.snapshot());
}

/** The cell an issue button names: `错误：市场部台账 A5，…` / `Error: 市场部台账 A5, …`. */
function cellIn(label: string): string {
  return /\s([A-Z]+\d+)[，,]/.exec(label)?.[1] ?? '(none)';
}

async function shoot(page: Page, locale: Locale, step: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${locale}-${step}.png`) });
}

(available ? describe : describe.skip)('pane in headless Chromium', () => {
  let server: Server;
  let baseUrl: string;
  let chromium: HeadlessChromium;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    buildHarness('development');
    ({ server, baseUrl } = await serveFolder(HARNESS_DIST));
    chromium = await launchChromium(baseUrl);
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('in a plain browser tab says how to open the pane in Excel', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${baseUrl}?office=none`);
    await page.getByRole('heading', { name: /Excel/ }).waitFor();
    expect(await page.getByRole('listitem').count()).toBe(3);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'outside-office.png') });
    await page.close();
  });

  it.each(['zh-CN', 'en-US'] as const)(
    'inserts, checks and recalculates (%s)',
    async (locale) => {
      const t = paneTranslator(locale);
      const page = await chromium.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${baseUrl}?lang=${locale}`);

      // Templates: insert every template; the first one inserted becomes the active sheet.
      await page.getByRole('tab', { name: t('tabTemplates') }).waitFor();
      await shoot(page, locale, '1-templates');
      await page.getByRole('button', { name: t('insertAll', { count: TEMPLATES.length }) }).click();
      await page
        .getByText(
          new RegExp(
            locale === 'zh-CN'
              ? `^已创建 ${TEMPLATES.length} 张工作表`
              : `^Created ${TEMPLATES.length} sheets`,
          ),
        )
        .waitFor();
      const inserted = await snapshot(page);
      expect((inserted.tables as TableView[]).map((table) => table.name).sort()).toEqual(
        TEMPLATES.map((template) => template.tableName).sort(),
      );
      expect(inserted.activeSheet).toBe(getTemplate('tracker').sheetName[locale]);
      await shoot(page, locale, '2-inserted');

      // Check: the team's own tracker is recognised and its problems listed.
      await page.getByRole('tab', { name: t('tabCheck') }).click();
      await page.getByRole('button', { name: t('runCheck') }).click();
      const summary = page.getByRole('definition').first();
      await summary.waitFor();
      const errors = Number(await summary.textContent());
      expect(errors).toBeGreaterThan(0);
      await expect(page.getByText('市场部台账').first().isVisible()).resolves.toBe(true);
      const list = page.getByRole('list', { name: t('issuesLabel') });
      const firstIssue = list.getByRole('button').first();
      const label = (await firstIssue.getAttribute('aria-label')) ?? '';
      await firstIssue.click();
      await page.waitForFunction(() => window.opsE2E.fake.workbook.selection !== null);
      expect((await snapshot(page)).selection).toContain(`!${cellIn(label)}`);

      // The list is one keyboard stop: arrows move between issues, Enter selects.
      await page.keyboard.press('ArrowDown');
      const next = await page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? '',
      );
      expect(next).not.toBe(label);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (cell) => window.opsE2E.fake.workbook.snapshot().selection?.endsWith(`!${cell}`) ?? false,
        cellIn(next),
      );
      await shoot(page, locale, '3-check');

      // Review: recalculate this month; its row appears in the review table.
      await page.getByRole('tab', { name: t('tabReview') }).click();
      await page.getByRole('button', { name: t('recalculate') }).click();
      const month = await page.evaluate(() => window.opsE2E.month);
      await page.getByLabel(t('figuresLabel', { month })).waitFor();
      const reviewed = await snapshot(page);
      const review = reviewed.sheets.find(
        (sheet) => (sheet as { name: string }).name === getTemplate('review').sheetName[locale],
      ) as { cells: [string, { value: unknown }][] };
      expect(review.cells.some(([, cell]) => cell.value === month)).toBe(true);
      await page.getByRole('table', { name: t('departmentsHeading') }).waitFor();
      await shoot(page, locale, '4-review');

      // Back on Check, the results are still there and the list lays its rows out again.
      await page.getByRole('tab', { name: t('tabCheck') }).click();
      await list.getByRole('button').first().waitFor({ state: 'visible' });

      await page.getByRole('tab', { name: t('tabSettings') }).click();
      await page.getByRole('radiogroup', { name: t('interfaceLanguage') }).waitFor();
      await shoot(page, locale, '5-settings');

      expect(pageErrors).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
