import { deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  getTemplate,
  NARROW_MARGINS,
  planTemplate,
  type DepartmentBlock,
  type PlanCell,
  type ReviewUpdatePlan,
} from '../../src/core';
import { conditionalFormatsOf, validationsOf } from '../../src/xlsx/sheetModel';
import { insertTableRow } from '../../src/xlsx/insertTableRow';
import { sheetTables, tableModels } from '../../src/xlsx/tables';
import { applyReviewPlan } from '../../src/xlsx/edit/reviewEdit';
import { WorkbookEditor } from '../../src/xlsx/edit/workbookEditor';
import { writeSheetPlan } from '../../src/xlsx/writePlan';

const text = (value: string): PlanCell => ({ kind: 'text', text: value });
const number = (value: number): PlanCell => ({ kind: 'number', value });

function computedCells(month: string, completed: number, scope: number): Record<string, PlanCell> {
  return {
    period: text(month),
    completionRate: text(`${((completed / scope) * 100).toFixed(1)}% (${completed}/${scope})`),
    completed: number(completed),
    scope: number(scope),
    delayed: text('OP-001 Q3客户满意度调研 — 需产品部确认调研维度'),
    collaborationProblems: text('CO-002 季度客户答谢会筹备 — 名单待销售部补充'),
    updated: text('2023-07-25 09:30'),
  };
}

const REVIEW_KEYS = [
  'period',
  'goal',
  'completionRate',
  'completed',
  'scope',
  'delayed',
  'collaborationProblems',
  'measures',
  'nextFocus',
  'updated',
];

function fullRow(cells: Record<string, PlanCell>): PlanCell[] {
  return REVIEW_KEYS.map((key) => cells[key] ?? { kind: 'empty' });
}

function departments(rows: [string, number, number][], clearRows = 0): DepartmentBlock {
  return {
    title: '2023-07 各部门完成情况',
    headers: ['部门', '任务数', '完成数', '完成率'],
    rows: rows.map(([name, scope, completed]) => [
      text(name),
      number(scope),
      number(completed),
      { kind: 'formula', formula: `=IF(${scope}=0,"—",${completed}/${scope})` },
    ]),
    anchor: { row: 0, column: 11 },
    clearRows,
    numberFormats: ['@', '0', '0', '0.0%'],
    widths: [12, 8, 8, 10],
  };
}

function plan(overrides: Partial<ReviewUpdatePlan>): ReviewUpdatePlan {
  return {
    month: '2023-07',
    target: { kind: 'existing', index: 0 },
    cells: computedCells('2023-07', 2, 5),
    columns: Object.fromEntries(
      getTemplate('review').columns.map((column, index) => [column.key, index]),
    ),
    departments: departments([['市场部', 3, 2]]),
    chart: {
      name: 'OpsReviewChart',
      title: '各部门完成情况',
      type: 'columnClustered',
      source: { firstRow: 1, firstColumn: 11, lastRow: 2, lastColumn: 14 },
      at: { row: 8, column: 11 },
      until: { row: 22, column: 14 },
    },
    sections: { anchor: { row: 0, column: 16 }, lines: [], clearRows: 0, width: 48 },
    rowHeight: 32,
    wrapKeys: ['delayed', 'collaborationProblems'],
    print: {
      paperSize: 'A4',
      orientation: 'landscape',
      scale: 66,
      margins: NARROW_MARGINS,
      titleRows: { first: 0, last: 0 },
      breakBefore: 10,
    },
    ...overrides,
  };
}

/** A review sheet with June filled in by a person, and a note under the table. */
function reviewWorkbook(): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const { worksheet: sheet } = writeSheetPlan(workbook, planTemplate('review', 'zh-CN'));
  sheet.getCell('A2').value = '2023-06';
  sheet.getCell('B2').value = '客户满意度提升至88%';
  sheet.getCell('H2').value = '建立客户信息共享台账';
  sheet.getCell('A4').value = '备注：每月 5 日前复盘';
  sheet.getCell('P3').value = '别人的数据';
  return { workbook, sheet };
}

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded.worksheets[0]!;
}

/** The plan applied as a package edit (review --write), the result loaded back. */
async function applied(
  workbook: ExcelJS.Workbook,
  update: ReviewUpdatePlan,
): Promise<{ sheetName: string; workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const editor = await WorkbookEditor.open(bytes, (data) => inflateRawSync(data));
  const sheetName = await applyReviewPlan(editor, update);
  const written = await editor.save((data) => deflateRawSync(data));
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(Buffer.from(written) as unknown as ArrayBuffer);
  return { sheetName, workbook: loaded, sheet: loaded.worksheets[0]! };
}

describe('applyReviewPlan', () => {
  it('inserts a new month into the table after earlier months, keeping what people typed', async () => {
    const { workbook } = reviewWorkbook();
    const cells = computedCells('2023-07', 2, 5);
    const { sheetName, sheet } = await applied(
      workbook,
      plan({ target: { kind: 'insert', index: 1 }, cells, newRow: fullRow(cells) }),
    );
    expect(sheetName).toBe('月度运营复盘表');
    expect(sheetTables(sheet)[0]?.box).toEqual({ top: 0, left: 0, bottom: 2, right: 9 });
    expect(sheet.getCell('A2').value).toBe('2023-06');
    expect(sheet.getCell('B2').value).toBe('客户满意度提升至88%');
    expect(sheet.getCell('H2').value).toBe('建立客户信息共享台账');
    expect(sheet.getCell('A3').value).toBe('2023-07');
    expect(sheet.getCell('C3').value).toBe('40.0% (2/5)');
    expect([sheet.getCell('D3').value, sheet.getCell('E3').value]).toEqual([2, 5]);
    expect(sheet.getCell('D3').numFmt).toBe('0');
    expect(sheet.getCell('B3').value).toBeNull();
    // Below the table, its columns moved down with it; beside it, nothing moved.
    expect(sheet.getCell('A4').value).toBeNull();
    expect(sheet.getCell('A5').value).toBe('备注：每月 5 日前复盘');
    expect(sheet.getCell('P3').value).toBe('别人的数据');
  });

  it('updates only the computed cells of an existing month', async () => {
    const { workbook, sheet } = reviewWorkbook();
    sheet.getCell('A2').value = '2023-07';
    sheet.getCell('C2').value = 'stale';
    const { sheet: reloaded } = await applied(
      workbook,
      plan({ target: { kind: 'existing', index: 0 } }),
    );
    expect(reloaded.getCell('C2').value).toBe('40.0% (2/5)');
    expect(reloaded.getCell('B2').value).toBe('客户满意度提升至88%');
    expect(reloaded.getCell('H2').value).toBe('建立客户信息共享台账');
    expect(reloaded.getCell('I2').value).toBeNull();
    expect(sheetTables(reloaded)[0]?.box.bottom).toBe(1);
  });

  it('writes the department block and clears only the rows an earlier block used', async () => {
    const { workbook } = reviewWorkbook();
    const first = await applied(
      workbook,
      plan({
        departments: departments([
          ['市场部', 3, 2],
          ['人力资源部', 1, 0],
          ['财务部', 1, 0],
        ]),
      }),
    );
    first.sheet.getCell('L7').value = '手写的说明';
    const { sheet: reloaded } = await applied(
      first.workbook,
      plan({ departments: departments([['市场部', 3, 2]], 2) }),
    );
    expect(reloaded.getCell('L1').value).toBe('2023-07 各部门完成情况');
    expect(reloaded.getCell('M1').value).toBeNull();
    expect(reloaded.getCell('L2').value).toBe('部门');
    expect(reloaded.getCell('L3').value).toBe('市场部');
    expect(reloaded.getCell('O3').value).toEqual({ formula: 'IF(3=0,"—",2/3)' });
    expect(reloaded.getCell('O3').numFmt).toBe('0.0%');
    for (const address of ['L4', 'M4', 'N4', 'O4', 'L5', 'O5']) {
      expect(reloaded.getCell(address).value).toBeNull();
    }
    expect(reloaded.getCell('L7').value).toBe('手写的说明');
  });

  it('creates the review sheet when the workbook has none', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('任务跟踪表');
    const { sheetName, workbook: loaded } = await applied(
      workbook,
      plan({
        createSheet: planTemplate('review', 'en-US'),
        target: { kind: 'existing', index: 0 },
      }),
    );
    expect(sheetName).toBe('Monthly Review');
    const review = loaded.getWorksheet('Monthly Review')!;
    expect(review.getCell('A1').value).toBe('Period');
    expect(review.getCell('A2').value).toBe('2023-07');
    expect(sheetTables(review)[0]?.name).toBe('OpsReview');
  });

  it('writes into a new sheet, never into a review table the core could not recognise', async () => {
    const { workbook, sheet } = reviewWorkbook();
    const stale = sheet.getCell('C2').value;
    const { sheetName, workbook: loaded } = await applied(
      workbook,
      plan({
        createSheet: planTemplate('review', 'zh-CN'),
        target: { kind: 'existing', index: 0 },
      }),
    );
    expect(sheetName).toBe('月度运营复盘表 (2)');
    expect(loaded.getWorksheet('月度运营复盘表')!.getCell('C2').value).toBe(stale);
    expect(loaded.getWorksheet('月度运营复盘表 (2)')!.getCell('A2').value).toBe('2023-07');
    expect(sheetTables(loaded.getWorksheet('月度运营复盘表 (2)')!)[0]?.name).toBe('OpsReview2');
  });

  it('finds columns by header in either language', async () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetPlan(workbook, planTemplate('review', 'en-US'));
    const { sheet } = await applied(workbook, plan({}));
    expect(sheet.getCell('A2').value).toBe('2023-07');
    expect(sheet.getCell('J2').value).toBe('2023-07-25 09:30');
  });
});

describe('inserting a table row', () => {
  it('grows validations and highlighting over the table columns with the table', async () => {
    const workbook = new ExcelJS.Workbook();
    const { worksheet } = writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
    const [model] = tableModels(worksheet);
    insertTableRow(worksheet, model!, 1);
    insertTableRow(worksheet, model!, 0);
    const sheet = await reload(workbook);
    expect(sheetTables(sheet)[0]?.box.bottom).toBe(3);
    expect(conditionalFormatsOf(sheet).map((format) => format.ref)).toEqual([
      'D2:D4',
      'A2:L4',
      'A2:L4',
    ]);
    for (const row of [2, 3, 4]) {
      expect(validationsOf(sheet).find(`H${row}`)).toMatchObject({ type: 'list' });
    }
    expect(validationsOf(sheet).find('H5')).toBeUndefined();
  });
});
