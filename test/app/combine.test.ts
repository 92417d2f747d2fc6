/**
 * SPEC §14: the use case that writes a combined review into a workbook's
 * review, shared by the CLI (`review … --write summary.xlsx`, the file port)
 * and the pane (the open workbook, the Excel port). What it reads, plans and
 * writes, and that both edges put the same values in the same cells.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { updatedStamp, writeCombinedReview, type WorkbookPort } from '../../src/app';
import type { Grid, ReviewModel, ReviewUpdatePlan } from '../../src/core';
import { combineReviews } from '../../src/core/combine/reviews';
import { planCombinedReview } from '../../src/core/combine/plan';
import { readWorkbookGrids } from '../../src/xlsx/readFile';
import { reviewGrid, workbookFilePort } from '../../src/xlsx/workbookPort';
import { createOpsWorkbook } from '../../src/excel';
import { createFakeExcel } from '../fake-excel';
import { EXCEL_1_8 } from '../excel/helpers';

const TODAY = '2023-07-20';
const NOW = new Date(2023, 6, 20, 14, 3);

function model(partial: Partial<ReviewModel>): ReviewModel {
  return {
    month: '2023-07',
    today: TODAY,
    scope: 0,
    completed: 0,
    completionRate: null,
    delayed: [],
    overdue: [],
    unassigned: [],
    byDepartment: [],
    collaborationProblems: [],
    ...partial,
  };
}

const COMBINED = combineReviews('2023-07', TODAY, [
  {
    file: '市场部.xlsx',
    review: model({
      scope: 4,
      completed: 3,
      completionRate: 0.75,
      byDepartment: [{ department: '市场部', scope: 4, completed: 3, completionRate: 0.75 }],
    }),
  },
  {
    file: '销售部.xlsx',
    review: model({
      scope: 2,
      completed: 1,
      completionRate: 0.5,
      byDepartment: [{ department: '市场部', scope: 2, completed: 1, completionRate: 0.5 }],
    }),
  },
]);

function recordingPort(reviewSheet: Grid | null) {
  const writes: ReviewUpdatePlan[] = [];
  const reads: unknown[] = [];
  const port: WorkbookPort = {
    session: (work) =>
      work({
        readNames: async () => ({ sheetNames: [], takenNames: [] }),
        read: async (request) => {
          reads.push(request);
          return { grids: [], sheetNames: [], reviewSheet };
        },
        addSheets: async () => undefined,
        writeReview: async (plan) => {
          writes.push(plan);
          return { sheetName: '月度运营复盘表', rowAddress: 'A2:J2', chartDrawn: true };
        },
        writeFixes: async () => undefined,
      }),
  };
  return { port, writes, reads };
}

describe('writeCombinedReview', () => {
  it('reads the review sheet, plans the row, departments and files, and writes them in one session', async () => {
    const { port, writes, reads } = recordingPort(null);
    const steps: string[] = [];
    const placed = await writeCombinedReview(
      port,
      { combined: COMBINED, options: { locale: 'zh-CN', today: TODAY }, now: NOW },
      (step) => steps.push(step),
    );
    expect(placed).toEqual({ sheetName: '月度运营复盘表', rowAddress: 'A2:J2', chartDrawn: true });
    expect(reads).toEqual([{ review: true }]);
    expect(steps).toEqual(['reading', 'writing', 'done']);
    const expected = planCombinedReview({
      reviewSheet: null,
      combined: COMBINED,
      locale: 'zh-CN',
      updatedAt: updatedStamp(TODAY, NOW),
    });
    expect(writes).toEqual([expected]);
    // The review sheet is created when missing, as for a single workbook's review.
    expect(expected.createSheet).toBeDefined();
    expect(expected.departments.rows).toEqual([
      [
        { kind: 'text', text: '市场部' },
        { kind: 'number', value: 6 },
        { kind: 'number', value: 4 },
        expect.anything(),
      ],
    ]);
    expect(expected.files!.rows.map((row) => row[0])).toEqual([
      { kind: 'text', text: '市场部.xlsx' },
      { kind: 'text', text: '销售部.xlsx' },
    ]);
  });

  it('puts the same values in the same cells of a file (the CLI) and of the open workbook (the pane)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ops-combine-'));
    const summary = path.join(dir, 'summary.xlsx');
    const request = {
      combined: COMBINED,
      options: { locale: 'zh-CN' as const, today: TODAY },
      now: NOW,
    };
    await writeCombinedReview(workbookFilePort({ source: null, out: summary }), request);
    const first = readFileSync(summary);
    await writeCombinedReview(workbookFilePort({ source: summary, out: summary }), request);
    // Written twice: the same file.
    expect(readFileSync(summary).equals(first)).toBe(true);
    const fileSheet = reviewGrid(await readWorkbookGrids(summary))!;

    const fake = createFakeExcel();
    const ops = createOpsWorkbook(fake.run, EXCEL_1_8, () => NOW);
    const written = await ops.writeCombinedReview(COMBINED, { locale: 'zh-CN', today: TODAY });
    const excelSheet = fake.workbook.sheetNamed(written.sheetName);

    const text = (value: unknown) => (value === null || value === undefined ? '' : value);
    let compared = 0;
    fileSheet.cells.forEach((row, r) =>
      (row ?? []).forEach((value, c) => {
        if (text(value) === '') return;
        const excel = excelSheet.cellAt(fileSheet.origin.row + r, fileSheet.origin.column + c);
        expect([r, c, excel.value]).toEqual([r, c, value]);
        compared += 1;
      }),
    );
    expect(compared).toBeGreaterThan(12);
  });
});
