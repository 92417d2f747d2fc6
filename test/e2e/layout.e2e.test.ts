/**
 * The pane fits every Excel: each screen, with results on it, at the pane
 * widths Excel gives (270 px on a Mac, 320 px Windows' default, 350 px, 450
 * px), in both languages, light and dark. Nothing may stick out sideways or
 * be cut by a box that scrolls sideways, and no heading may run into the text
 * after it. Besides each tab: Check and Review out of date, Review asking
 * before a month with nothing due, and Check grouped by row with Fix's
 * preview open. Full-page screenshots land in
 * test-output/screenshots/layout/<lang>-<theme>-<screen>-<width>.png.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { getTemplate, TEMPLATES, type Locale } from '../../src/core';
import { paneTranslator } from '../../src/taskpane/messages';
import {
  buildHarness,
  chromiumAvailable,
  HARNESS_DIST,
  launchChromium,
  ROOT,
  serveFolder,
  type HeadlessChromium,
} from './chromium';
import { axeViolations, headingsRunIn, PANE_WIDTHS, sidewaysOverflow } from './pageChecks';

const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots', 'layout');
const WIDTHS = PANE_WIDTHS;
const SCREENS = [
  ['templates', 'tabTemplates'],
  ['check', 'tabCheck'],
  ['review', 'tabReview'],
  ['settings', 'tabSettings'],
] as const;
const available = chromiumAvailable();

/**
 * The stale-result notice, once a person edits a cell after a result was shown
 * (worksheet change events, ExcelApi 1.14: the page runs as such a host).
 */
async function staleNotices(page: Page, locale: Locale): Promise<number> {
  return page.getByText(paneTranslator(locale)('staleResult')).count();
}

/**
 * Open tasks due last month, long-named, so the review lists delayed tasks
 * (with dates in their lines) that must wrap at 270 px. Seeded as the page
 * starts: not a change a person made after a result.
 */
async function seedDelayedTasks(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { fake, month } = window.opsE2E;
    const [year, number] = month.split('-').map(Number) as [number, number];
    const previous =
      number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
    // Excel's serial of a day: days since 1899-12-30.
    const serial = (day: string) =>
      (Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    fake.workbook.sheetNamed('市场部台账').seed('A7', [
      [
        'OP-011',
        '华东区域渠道合作伙伴季度满意度调研与分析报告',
        '市场部',
        '赵*',
        serial(`${previous}-05`),
        '高',
        '进行中',
        '等待销售部在 2026-11-15 前提供渠道名单，随后补发问卷',
      ],
      [
        'OP-012',
        'Customer-onboarding-checklist-for-enterprise-accounts',
        '客户成功部',
        '钱*',
        serial(`${previous}-20`),
        '中',
        '待启动',
        '',
      ],
    ]);
    return previous;
  });
}

/**
 * A training session held last month (the month reviewed), so the training
 * card lists it as a line selecting its row. Columns A–H: topic, trainer, held,
 * notified, trainees, satisfaction, score, suggestions.
 */
async function seedTrainingSession(page: Page, sheetName: string): Promise<void> {
  await page.evaluate((name) => {
    const { fake, month } = window.opsE2E;
    const [year, number] = month.split('-').map(Number) as [number, number];
    const previous =
      number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
    const serial = (day: string) =>
      (Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    fake.workbook
      .sheetNamed(name)
      .seed('A2', [
        [
          '数据分析入门与报表规范',
          '孙*',
          serial(`${previous}-12`),
          serial(`${previous}-02`),
          18,
          4.6,
          88,
          '',
        ],
      ]);
  }, sheetName);
}

/** Templates inserted with the handbook example first, so their review cards have lines. */
const WITH_EXAMPLE = ['actions', 'milestones', 'customers', 'approvals', 'risks'] as const;

async function fillEveryScreen(page: Page, locale: Locale): Promise<void> {
  const t = paneTranslator(locale);
  for (const kind of WITH_EXAMPLE) {
    const name = getTemplate(kind).sheetName[locale];
    const card = page.getByRole('region', { name, exact: true });
    await card.getByRole('button', { name: t('insertWithSampleLabel', { name }) }).click();
    await card.getByText(t('alreadyInWorkbook')).waitFor();
  }
  // With some present, "insert all" inserts the rest: no second copy of a sheet.
  await page
    .getByRole('button', {
      name: t('insertRest', { count: TEMPLATES.length - WITH_EXAMPLE.length }),
    })
    .click();
  await page
    .getByText(locale === 'zh-CN' ? /^已创建 \d+ 张工作表/ : /^Created \d+ sheets/)
    .waitFor();
  await seedTrainingSession(page, getTemplate('training').sheetName[locale]);
  await page.getByRole('tab', { name: t('tabCheck') }).click();
  await page.getByRole('button', { name: t('runCheck') }).click();
  await page.getByRole('list', { name: t('issuesLabel') }).waitFor();
  await page.getByRole('tab', { name: t('tabReview') }).click();
  // The month picker names months in the pane's language and is one tab stop before Recalculate.
  const picker = page.getByRole('combobox', { name: t('monthLabel') });
  expect(await picker.textContent()).toMatch(
    locale === 'zh-CN' ? /^\d{4}年\d{1,2}月$/ : /^[A-Z][a-z]+ \d{4}$/,
  );
  await picker.focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('recalculate'));
  // Last month, whose open tasks are late: down one from this month, newest first.
  await picker.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page
    .getByRole('region', { name: t('delayedHeading') })
    .getByRole('listitem')
    .first()
    .waitFor();
  await page.getByRole('table', { name: t('departmentsHeading') }).waitFor();
  // The training card lists the month's session as a link to its row's name (A2, the topic).
  const session = page.getByRole('button', { name: /数据分析入门与报表规范/ });
  await session.waitFor();
  expect(await session.getAttribute('aria-label')).toBe(
    t('goToRow', {
      sheet: getTemplate('training').sheetName[locale],
      cell: 'A2',
      text: (await session.textContent()) ?? '',
    }),
  );
  await page.getByRole('tab', { name: t('tabSettings') }).click();
  await page.getByRole('radiogroup', { name: t('interfaceLanguage') }).waitFor();
}

(available ? describe : describe.skip)('the pane at every width', () => {
  let server: Server;
  let baseUrl: string;
  let chromium: HeadlessChromium;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    buildHarness('development');
    ({ server, baseUrl } = await serveFolder(HARNESS_DIST));
    chromium = await launchChromium(baseUrl, { width: 450, height: 800 });
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each([
    ['zh-CN', 'light'],
    ['en-US', 'light'],
    ['zh-CN', 'dark'],
    ['en-US', 'dark'],
  ] as const)(
    'fits 270, 320, 350 and 450 px without sideways scrolling (%s, %s)',
    async (locale, theme) => {
      const t = paneTranslator(locale);
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width: 450, height: 800 });
      await page.goto(`${baseUrl}?lang=${locale}&theme=${theme}&excelApi=1.14`);
      await page.getByRole('tab', { name: t('tabTemplates') }).waitFor();
      await seedDelayedTasks(page);
      await fillEveryScreen(page, locale);
      // Our own inserts, check and review fire change events too: none of them makes a result stale.
      await page.waitForTimeout(100);
      expect(await staleNotices(page, locale)).toBe(0);

      const problems: string[] = [];
      for (const [screen, tab] of SCREENS) {
        await page.getByRole('tab', { name: t(tab) }).click();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          // Let the virtualised list and wrapped rows settle at the new width.
          await page.waitForTimeout(150);
          for (const problem of await sidewaysOverflow(page)) {
            problems.push(`${screen} @ ${width}px: ${problem}`);
          }
          for (const runIn of await headingsRunIn(page)) {
            problems.push(`${screen} @ ${width}px: heading runs into its text: ${runIn}`);
          }
          if (width === 350) {
            for (const violation of await axeViolations(page)) {
              problems.push(`${screen}: axe ${violation}`);
            }
          }
          await page.screenshot({
            path: path.join(SCREENSHOTS, `${locale}-${theme}-${screen}-${width}.png`),
            fullPage: true,
          });
        }
        await page.setViewportSize({ width: 450, height: 800 });
      }
      // A person edits a cell: Check's and Review's results say they are out of date.
      await page.evaluate(() =>
        window.opsE2E.fake.workbook.userEdits('市场部台账', 'H3', '已与产品部确认维度'),
      );
      for (const [screen, tab] of SCREENS.filter(
        ([name]) => name === 'check' || name === 'review',
      )) {
        await page.getByRole('tab', { name: t(tab) }).click();
        await page
          .getByRole('tabpanel', { name: t(tab) })
          .getByText(t('staleResult'))
          .waitFor();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.waitForTimeout(150);
          for (const problem of await sidewaysOverflow(page)) {
            problems.push(`${screen} (stale) @ ${width}px: ${problem}`);
          }
          if (width === 350) {
            for (const violation of await axeViolations(page)) {
              problems.push(`${screen} (stale): axe ${violation}`);
            }
          }
          await page.screenshot({
            path: path.join(SCREENSHOTS, `${locale}-${theme}-${screen}-stale-${width}.png`),
            fullPage: true,
          });
        }
        await page.setViewportSize({ width: 450, height: 800 });
      }
      // SPEC §12's question before writing a month with nothing due: the earliest month listed.
      await page.getByRole('tab', { name: t('tabReview') }).click();
      const picker = page.getByRole('combobox', { name: t('monthLabel') });
      await picker.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page
        .getByRole('button', { name: t('recalculate'), exact: true })
        .first()
        .click();
      await page.getByRole('alertdialog').waitFor();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.waitForTimeout(150);
        for (const problem of await sidewaysOverflow(page)) {
          problems.push(`review (nothing due) @ ${width}px: ${problem}`);
        }
        for (const runIn of await headingsRunIn(page)) {
          problems.push(`review (nothing due) @ ${width}px: heading runs into its text: ${runIn}`);
        }
        if (width === 350) {
          for (const violation of await axeViolations(page)) {
            problems.push(`review (nothing due): axe ${violation}`);
          }
        }
        await page.screenshot({
          path: path.join(SCREENSHOTS, `${locale}-${theme}-review-nothingdue-${width}.png`),
          fullPage: true,
        });
      }
      // Check's other states: issues grouped by row, and Fix's preview of the cells it would change.
      await page.evaluate(() =>
        // A text date and an owner placeholder: two cells Fix would change.
        window.opsE2E.fake.workbook
          .sheetNamed('市场部台账')
          .seed('A9', [
            ['OP-013', '年终总结材料准备', '市场部', '待定', '2026/12/30', '中', '进行中', ''],
          ]),
      );
      await page.getByRole('tab', { name: t('tabCheck') }).click();
      await page.getByRole('switch', { name: t('groupByRow') }).click();
      await page.getByRole('button', { name: t('runFix') }).click();
      await page.getByRole('region', { name: t('fixPreviewLabel') }).waitFor();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.waitForTimeout(150);
        for (const problem of await sidewaysOverflow(page)) {
          problems.push(`check (fix preview, by row) @ ${width}px: ${problem}`);
        }
        for (const runIn of await headingsRunIn(page)) {
          problems.push(
            `check (fix preview, by row) @ ${width}px: heading runs into its text: ${runIn}`,
          );
        }
        if (width === 350) {
          for (const violation of await axeViolations(page)) {
            problems.push(`check (fix preview, by row): axe ${violation}`);
          }
        }
        await page.screenshot({
          path: path.join(SCREENSHOTS, `${locale}-${theme}-check-fix-${width}.png`),
          fullPage: true,
        });
      }
      expect(problems).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
