/**
 * SPEC §14 in a real browser: on the Review tab the user picks department
 * workbooks and the pane reads them itself, under the pane's own CSP, with
 * Chromium's DecompressionStream (jsdom has none, so only here is the
 * browser decompressor exercised). A damaged file is named, the others
 * combined and written into the open workbook's review (the in-memory Excel
 * behind the real gateway), and the section fits 270, 320, 350 and 450 px in
 * both languages, light and dark, before and after writing: nothing sticks out
 * sideways, no heading runs into its text, axe is clean at 350 px (the checks
 * every screen gets, ./pageChecks). Screenshots land in
 * test-output/screenshots/combine/<lang>-<theme>-<width>.png and
 * <lang>-<theme>-<width>-written.png.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { planTemplate, type Locale } from '../../src/core';
import { combinePaneText } from '../../src/taskpane/review/combineMessages';
import { paneTranslator } from '../../src/taskpane/messages';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { HANDBOOK_TASKS, serial, typeIntoTable, type Row } from '../cli/support/workbooks';
import {
  buildHarness,
  chromiumAvailable,
  launchChromium,
  ROOT,
  serveFolder,
  type HeadlessChromium,
} from './chromium';
import { axeViolations, headingsRunIn, PANE_WIDTHS, sidewaysOverflow } from './pageChecks';

const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots', 'combine');
const available = chromiumAvailable();
/** The handbook's columns that hold dates: start, due, completed on. */
const DATE_COLUMNS = new Set([4, 5, 9]);

/** The handbook's July 2023 tasks moved into this month, so the pane's month has figures. */
function thisMonthsTasks(): Row[] {
  const now = new Date();
  const first = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
  const shift = serial(first) - serial('2023-07-01');
  return HANDBOOK_TASKS.map((row) =>
    row.map((value, column) =>
      DATE_COLUMNS.has(column) && typeof value === 'number' ? value + shift : value,
    ),
  );
}

async function departmentFile(tasks: readonly Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
  typeIntoTable(workbook, 'OpsTasks', tasks);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

(available ? describe : describe.skip)('combine workbooks in Chromium', () => {
  let server: Server;
  let baseUrl: string;
  let chromium: HeadlessChromium;
  let files: { name: string; mimeType: string; buffer: Buffer }[];

  beforeAll(async () => {
    // Its own build folder: the other end-to-end tests may be building theirs at the same time.
    mkdirSync(SCREENSHOTS, { recursive: true });
    const dist = mkdtempSync(path.join(tmpdir(), 'ops-combine-e2e-'));
    buildHarness('development', dist);
    ({ server, baseUrl } = await serveFolder(dist));
    chromium = await launchChromium(baseUrl, { width: 350, height: 900 });
    const tasks = thisMonthsTasks();
    const mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    files = [
      // A long name without spaces, as departments name their files: it must wrap, not stick out.
      {
        name: '华东区销售运营中心重点任务跟踪表二〇二三年第三季度汇总版本.xlsx',
        mimeType,
        buffer: await departmentFile(tasks.slice(0, 4)),
      },
      { name: '销售部.xlsx', mimeType, buffer: await departmentFile(tasks.slice(4)) },
      { name: '损坏.xlsx', mimeType, buffer: Buffer.from('PK\u0003\u0004 not a workbook') },
    ];
  }, 240_000);

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
    'reads picked files in the pane, names the damaged one, and fits 270 to 450 px (%s, %s)',
    async (locale: Locale, theme) => {
      const t = paneTranslator(locale);
      const say = (key: Parameters<typeof combinePaneText>[1], params?: Record<string, number>) =>
        combinePaneText(locale, key, params);
      const page = await chromium.context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${baseUrl}?lang=${locale}&theme=${theme}`);
      await page.getByRole('tab', { name: t('tabReview') }).click();
      const pick = page.getByRole('button', { name: say('combinePick') });
      const chooser = page.waitForEvent('filechooser');
      await pick.click();
      await (await chooser).setFiles(files);
      await page.getByText(say('combineCounted', { read: 2, failed: 1 })).waitFor();
      const progress = page.getByRole('list', { name: say('combineProgressLabel') });
      expect(await progress.getByText(say('notWorkbook')).count()).toBe(1);
      expect(await progress.getByText(say('fileRead'), { exact: true }).count()).toBe(2);
      await page.getByRole('table', { name: say('combineFilesHeading') }).waitFor();
      const departments = page.getByRole('table', { name: say('combineDepartmentsHeading') });
      expect(await departments.getByRole('row').count()).toBeGreaterThan(1);
      expect(await page.getByText(/^销售部\.xlsx:OP-\d{3} /).count()).toBeGreaterThan(0);
      // The files were read where they were picked: the page asked for its own bundle only.
      expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);

      // The completion column's name ends where its figures end (right-aligned, as numbers are).
      const rightEdges = await page
        .getByRole('table', { name: say('combineFilesHeading') })
        .evaluate((table) => {
          const textRight = (cell: Element | null) => {
            const range = document.createRange();
            range.selectNodeContents(cell ?? table);
            return Math.round(range.getBoundingClientRect().right);
          };
          return [
            textRight(table.querySelector('thead th:last-child')),
            textRight(table.querySelector('tbody tr td:last-child')),
          ];
        });
      expect(Math.abs(rightEdges[0]! - rightEdges[1]!)).toBeLessThanOrEqual(2);

      const problems: string[] = [];
      const shoot = async (suffix: string) => {
        for (const width of PANE_WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          // Let wrapped names and table rows settle at the new width.
          await page.waitForTimeout(150);
          for (const problem of await sidewaysOverflow(page))
            problems.push(`${width}px${suffix}: ${problem}`);
          for (const runIn of await headingsRunIn(page))
            problems.push(`${width}px${suffix}: heading runs into its text: ${runIn}`);
          if (width === 350)
            for (const violation of await axeViolations(page))
              problems.push(`${width}px${suffix}: axe ${violation}`);
          await page.screenshot({
            path: path.join(SCREENSHOTS, `${locale}-${theme}-${width}${suffix}.png`),
            fullPage: true,
          });
        }
      };
      await shoot('');

      // Written into this workbook's review: the status names the sheet and row, the files block is there.
      await page.setViewportSize({ width: 350, height: 900 });
      await page.getByRole('button', { name: say('combineWrite') }).click();
      const written = page
        .getByRole('status')
        .filter({ hasText: locale === 'zh-CN' ? /^已将/ : /combined review was written to/ });
      await written.waitFor();
      const inSheet = await page.evaluate(() => {
        const sheets = window.opsE2E.fake.workbook.sheets;
        return sheets.flatMap((sheet) => {
          const used = sheet.usedRect(true);
          if (!used) return [];
          const found: string[] = [];
          for (let r = used.row; r < used.row + used.rowCount; r += 1)
            for (let c = used.column; c < used.column + used.columnCount; c += 1) {
              const value = sheet.cellAt(r, c).value;
              if (typeof value === 'string' && value.endsWith('.xlsx')) found.push(value);
            }
          return found;
        });
      });
      // The two files read, once each; the damaged one was left out.
      expect(inSheet.sort()).toEqual([files[0]!.name, files[1]!.name].sort());
      await shoot('-written');
      expect(problems).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
