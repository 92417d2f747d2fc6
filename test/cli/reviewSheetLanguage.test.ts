/**
 * Issue 14 through the compiled CLI and the .xlsx edge: what `review --write`
 * puts beside the review table speaks the review sheet's language, not
 * `--lang` (which only sets what the CLI prints). `--lang en-US` over 月度运营复盘表
 * writes the department block, 未分配部门 and the template sections in Chinese;
 * `--lang zh-CN` over an English Monthly Review writes English; a combined
 * review's per-file block follows the summary's review sheet the same way.
 * The file holds no chart (the add-in draws it): the CLI says so in `--lang`.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { planSheet, planTemplate, type Locale } from '../../src/core';
import { TRAINING } from '../../src/core/templates/training';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { builtCli, runCli } from './support/builtCli';
import { serial, typeIntoTable, type Row } from './support/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-sheet-language-'));
const file = (name: string) => path.join(dir, name);

/** Tracker rows in `locale`'s vocabulary: one with a department, one without. */
function tasks(locale: Locale): Row[] {
  const inProgress = locale === 'zh-CN' ? '进行中' : 'In progress';
  const high = locale === 'zh-CN' ? '高' : 'High';
  const task = (id: string, name: string, department: string | null): Row => [
    id,
    name,
    department,
    '张*',
    serial('2023-07-01'),
    serial('2023-07-15'),
    high,
    inProgress,
  ];
  return [task('OP-001', '渠道复盘', '市场部'), task('OP-002', '供应商评估', null)];
}

/** A workbook whose every sheet (tracker, training with its sample, review) is in `locale`. */
async function workbookIn(locale: Locale, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, planTemplate('tracker', locale));
  writeSheetPlan(workbook, planSheet(TRAINING, locale, { withSample: true }));
  writeSheetPlan(workbook, planTemplate('review', locale));
  typeIntoTable(workbook, 'OpsTasks', tasks(locale));
  await workbook.xlsx.writeFile(file(name));
  return file(name);
}

async function reviewHeaderRow(zip: string, locale: Locale) {
  const grids = await readPackageGrids(readFileSync(zip), (bytes) => inflateRawSync(bytes));
  const sheet = grids.find((grid) => grid.sheetName === planTemplate('review', locale).sheetName)!;
  return sheet.cells;
}

const texts = (cells: readonly (readonly unknown[] | undefined)[]): string[] =>
  cells.flatMap((row) => (row ?? []).map((cell) => String(cell ?? '')));

const write = (inputs: string[], out: string, lang: Locale) =>
  runCli([
    'review',
    ...inputs,
    '--month',
    '2023-07',
    '--today',
    '2023-07-25',
    '--write',
    out,
    '--lang',
    lang,
  ]);

beforeAll(() => {
  builtCli();
}, 300_000);

describe('review --write speaks the review sheet’s language, not --lang', () => {
  it('--lang en-US over 月度运营复盘表 writes the block, 未分配部门 and the sections in Chinese', async () => {
    const source = await workbookIn('zh-CN', 'chinese.xlsx');
    const out = file('chinese-reviewed.xlsx');
    const run = write([source], out, 'en-US');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // What the CLI prints follows --lang.
    expect(run.stdout).toMatch(/add-in draws the chart/);
    const cells = await reviewHeaderRow(out, 'zh-CN');
    const header = cells[0] ?? [];
    const block = header.indexOf('2023-07 各部门完成情况');
    expect(block).toBeGreaterThan(0);
    expect(cells[1]?.slice(block, block + 4)).toEqual(['部门', '任务数', '完成数', '完成率']);
    const departments = cells.slice(2, 4).map((row) => row?.[block]);
    expect(departments).toEqual(expect.arrayContaining(['市场部', '未分配部门']));
    expect(header).toContain('2023-07 各模板复盘要点');
    const all = texts(cells);
    expect(all).toContain('培训（2023-07）');
    for (const english of ['(No department)', 'Completion by department', 'Template highlights'])
      expect(all.some((text) => text.includes(english))).toBe(false);
  });

  it('--lang zh-CN over an English Monthly Review writes it in English', async () => {
    const source = await workbookIn('en-US', 'english.xlsx');
    const out = file('english-reviewed.xlsx');
    const run = write([source], out, 'zh-CN');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('图表由 Excel 加载项绘制');
    const cells = await reviewHeaderRow(out, 'en-US');
    const header = cells[0] ?? [];
    const block = header.indexOf('Completion by department, 2023-07');
    expect(block).toBeGreaterThan(0);
    expect(cells[1]?.[block]).toBe('Department');
    expect(cells.slice(2, 4).map((row) => row?.[block])).toEqual(
      expect.arrayContaining(['市场部', '(No department)']),
    );
    expect(header).toContain('Template highlights, 2023-07');
    const all = texts(cells);
    for (const chinese of ['未分配部门', '各部门完成情况', '各模板复盘要点'])
      expect(all.some((text) => text.includes(chinese))).toBe(false);
  });

  it('a combined review’s per-file block follows the summary’s review sheet, not --lang', async () => {
    mkdirSync(file('reports'));
    const sources = [
      await workbookIn('zh-CN', path.join('reports', '市场部.xlsx')),
      await workbookIn('zh-CN', path.join('reports', '销售部.xlsx')),
    ];
    // The summary already holds an English review sheet.
    const summary = await workbookIn('en-US', 'summary.xlsx');
    const run = write(sources, summary, 'zh-CN');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const cells = await reviewHeaderRow(summary, 'en-US');
    const header = cells[0] ?? [];
    const files = header.indexOf('2023-07 completion by file');
    expect(files).toBeGreaterThan(header.indexOf('Completion by department, 2023-07'));
    expect(cells[1]?.[files]).toBe('File');
    expect(cells.slice(2, 4).map((row) => row?.[files])).toEqual(['市场部.xlsx', '销售部.xlsx']);
    expect(texts(cells).some((text) => text.includes('各文件完成情况'))).toBe(false);
  });
});
