/**
 * What `review --write` puts beside the review table in a package (SPEC §8,
 * §11.10, §14): the template sections down their column, and a combined
 * review's per-file block where the plan places it, clear of the sections,
 * the department block and anything a person typed. Each written twice gives
 * an unchanged zip.
 */
import ExcelJS from 'exceljs';
import { getTemplate, planSheet, planTemplate } from '../../src/core';
import type { FileFigures } from '../../src/core/combine/reviews';
import { TRAINING } from '../../src/core/templates/training';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { tableProblems } from '../cli/support/integrity';
import { HANDBOOK_COLLAB, HANDBOOK_TASKS, typeIntoTable } from '../cli/support/workbooks';
import { inflate, reviewWrite, storedEntries } from './support/reviewWrite';

const REVIEW_SHEET = planTemplate('review', 'zh-CN').sheetName;
/** 1-based Q: one blank column after the table, the department block's four, one blank. */
const Q = getTemplate('review').columns.length + 7;

async function handbook(withTraining: boolean): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
  writeSheetPlan(workbook, planTemplate('collab', 'zh-CN'));
  writeSheetPlan(workbook, planTemplate('review', 'zh-CN'));
  typeIntoTable(workbook, 'OpsTasks', HANDBOOK_TASKS);
  typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
  if (withTraining) {
    const sample = TRAINING.sample!;
    const july = {
      topic: '客户服务礼仪',
      heldOn: '2023-07-20',
      notifiedOn: '2023-07-10',
      satisfaction: 4,
      score: 88,
    };
    const template = { ...TRAINING, sample: { ...sample, 'zh-CN': [...sample['zh-CN'], july] } };
    writeSheetPlan(workbook, planSheet(template, 'zh-CN', { withSample: true }));
  }
  return workbook;
}

const bytesOf = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer());

async function reviewSheet(zip: Uint8Array) {
  const grids = await readPackageGrids(zip, inflate);
  return grids.find((grid) => grid.sheetName === REVIEW_SHEET)!;
}

/** Zero-based column of the header-row cell matching `pattern`. */
const columnOf = (row: readonly unknown[] | undefined, pattern: RegExp): number =>
  (row ?? []).findIndex((cell) => pattern.test(String(cell ?? '')));

function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const earlier = storedEntries(before);
  return [...storedEntries(after)]
    .filter(([name, bytes]) => !earlier.get(name)?.equals(bytes))
    .map(([name]) => name);
}

const FILES: readonly FileFigures[] = [
  { file: '市场部.xlsx', scope: 4, completed: 2, completionRate: 0.5 },
  { file: '销售部.xlsx', scope: 3, completed: 3, completionRate: 1 },
];

describe('the blocks review --write puts beside the review table', () => {
  it('writes the template sections down their column, and a second write changes nothing', async () => {
    const before = await bytesOf(await handbook(true));
    const once = await reviewWrite(before, '2023-07', { sections: true });
    const sheet = await reviewSheet(once);
    const header = sheet.cells[0];
    const departments = columnOf(header, /各部门完成情况$/);
    const sections = columnOf(header, /^2023-07 各模板复盘要点$/);
    expect(departments).toBeGreaterThan(0);
    // One blank column after the department block's four.
    expect(sections).toBe(departments + 5);
    const lines = sheet.cells
      .slice(1)
      .map((row) => row?.[sections])
      .filter((cell) => cell !== null && cell !== undefined && cell !== '');
    // The sample's July session and the one typed here: two.
    expect(lines).toEqual([
      '培训（2023-07）',
      expect.stringMatching(/^培训（2023-07）：2 场，平均满意度 [\d.]+，平均考核成绩 [\d.]+$/),
    ]);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(Buffer.from(once) as unknown as ArrayBuffer);
    expect(tableProblems(loaded)).toEqual([]);
    expect(loaded.getWorksheet(REVIEW_SHEET)!.getCell(1, sections + 1).alignment?.wrapText).toBe(
      true,
    );

    const twice = await reviewWrite(once, '2023-07', { sections: true });
    expect(changedEntries(once, twice)).toEqual([]);
  });

  it('writes no sections block for a workbook without a kind that has one', async () => {
    const once = await reviewWrite(await bytesOf(await handbook(false)), '2023-07', {
      sections: true,
    });
    expect(columnOf((await reviewSheet(once)).cells[0], /各模板复盘要点$/)).toBe(-1);
  });

  it('places a combined review’s per-file block clear of a note in Q, the sections and the department block', async () => {
    const workbook = await handbook(true);
    const review = workbook.getWorksheet(REVIEW_SHEET)!;
    review.getCell(1, Q).value = '请财务部核对';
    review.getCell(6, Q).value = '八月再看';
    const before = await bytesOf(workbook);
    const write = (zip: Uint8Array) =>
      reviewWrite(zip, '2023-07', { sections: true, files: FILES });
    const once = await write(before);
    const twice = await write(once);
    for (const written of [once, twice]) {
      const sheet = await reviewSheet(written);
      const header = sheet.cells[0];
      expect(header?.[Q - 1]).toBe('请财务部核对');
      expect(sheet.cells[5]?.[Q - 1]).toBe('八月再看');
      const departments = columnOf(header, /各部门完成情况$/);
      const sections = columnOf(header, /各模板复盘要点$/);
      const files = columnOf(header, /^2023-07 各文件完成情况$/);
      expect(Math.min(departments, sections, files)).toBeGreaterThan(Q - 1);
      expect(files).toBeGreaterThan(sections + 1);
      expect(sheet.cells[1]?.slice(files, files + 4)).toEqual([
        '文件',
        '任务数',
        '完成数',
        '完成率',
      ]);
      expect(sheet.cells.slice(2, 4).map((row) => row?.[files])).toEqual([
        '市场部.xlsx',
        '销售部.xlsx',
      ]);
    }
    expect(changedEntries(once, twice)).toEqual([]);
  });
});
