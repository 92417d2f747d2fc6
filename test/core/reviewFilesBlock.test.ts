/**
 * SPEC §14 / §8: the per-file block of a combined review goes where the plan
 * places it, after the department block and the sections column, where
 * nothing of the user's stands; never at a fixed column (issue 14: it was
 * written at Q, the sections column, over whatever a person had typed there).
 */
import {
  buildReview,
  getTemplate,
  planReviewUpdate,
  readWorkbook,
  type Locale,
  type ReviewUpdatePlan,
} from '../../src/core';
import type { FileFigures } from '../../src/core/combine/reviews';
import { applyReviewPlan, type Sheet } from './applyReviewPlan';
import { CLEAN_TASK, grid, headers, tracker, ZH } from './grids';

const COLUMNS = getTemplate('review').columns;
/** Zero-based Q: one blank column after the table, the four department columns, one blank. */
const Q = COLUMNS.length + 1 + 5;

const model = buildReview(
  readWorkbook(
    [
      tracker([
        { ...CLEAN_TASK, id: 'OP-001', due: '2023-07-15' },
        { ...CLEAN_TASK, id: 'OP-002', department: '销售部', due: '2023-07-18' },
      ]),
    ],
    ZH,
  ),
  '2023-07',
  ZH,
);

const FILES: readonly FileFigures[] = [
  { file: '市场部.xlsx', scope: 1, completed: 0, completionRate: 0 },
  { file: '销售部.xlsx', scope: 1, completed: 0, completionRate: 0 },
  { file: '财务部.xlsx', scope: 0, completed: 0, completionRate: null },
];

const plan = (cells: Sheet, files = FILES, locale: Locale = 'zh-CN'): ReviewUpdatePlan =>
  planReviewUpdate({
    reviewSheet: grid('月度运营复盘表', cells),
    model,
    locale,
    updatedAt: '2023-07-20 10:00',
    files,
  });

/** Columns a plan writes beside the table, by block. */
function columnsOf(update: ReviewUpdatePlan) {
  const span = (column: number, width: number) =>
    Array.from({ length: width }, (_, i) => column + i);
  return {
    departments: span(update.departments.anchor.column, update.departments.headers.length),
    sections: [update.sections.anchor.column],
    files: span(update.files!.anchor.column, update.files!.headers.length),
  };
}

const noteAt = (cells: Sheet, row: number, column: number, note: string): Sheet => {
  const copy = cells.map((line) => [...line]);
  while (copy.length <= row) copy.push([]);
  const line = copy[row]!;
  while (line.length <= column) line.push(null);
  line[column] = note;
  return copy;
};

describe('the per-file block of a combined review', () => {
  it('is planned only for a combined review', () => {
    const single = planReviewUpdate({
      reviewSheet: grid('月度运营复盘表', [headers('review')]),
      model,
      locale: 'zh-CN',
      updatedAt: 'now',
    });
    expect(single.files).toBeUndefined();
  });

  it('sits after the sections column on the header row, clear of the department block and the sections', () => {
    const update = plan([headers('review')]);
    const { departments, sections, files } = columnsOf(update);
    expect(update.files!.anchor.row).toBe(update.departments.anchor.row);
    expect(Math.min(...files)).toBeGreaterThan(Math.max(...departments, ...sections) + 1);
    expect(files).not.toContain(Q);
    expect(update.files!.title).toBe('2023-07 各文件完成情况');
    expect(update.files!.headers).toEqual(['文件', '任务数', '完成数', '完成率']);
    expect(update.files!.rows.map((row) => row[0])).toEqual(
      FILES.map((file) => ({ kind: 'text', text: file.file })),
    );
    expect(update.files!.rows[2]?.[3]).toEqual({ kind: 'text', text: '—' });
  });

  it('keeps a note typed in column Q: no block writes over it, and a second write is identical', () => {
    const before = noteAt(noteAt([headers('review')], 0, Q, '请财务部核对'), 4, Q, '八月再看');
    const first = plan(before);
    for (const columns of Object.values(columnsOf(first))) expect(columns).not.toContain(Q);
    const once = applyReviewPlan(before, first);
    expect(once[0]?.[Q]).toBe('请财务部核对');
    expect(once[4]?.[Q]).toBe('八月再看');
    const second = plan(once);
    expect(second.files).toEqual(first.files);
    expect(applyReviewPlan(once, second)).toEqual(once);
  });

  it('moves past a note typed where it would go after an earlier single-file review wrote the area', () => {
    const single = planReviewUpdate({
      reviewSheet: grid('月度运营复盘表', [headers('review')]),
      model,
      locale: 'zh-CN',
      updatedAt: 'now',
    });
    const written = applyReviewPlan([headers('review')], single);
    const where = plan(written).files!.anchor.column;
    const noted = noteAt(written, 6, where + 1, '文件另附');
    const update = plan(noted);
    // The department block stays where the earlier run wrote it; the file block steps aside.
    expect(update.departments.anchor).toEqual(single.departments.anchor);
    expect(update.files!.anchor.column).toBeGreaterThan(where + 1);
    const once = applyReviewPlan(noted, update);
    expect(once[6]?.[where + 1]).toBe('文件另附');
    expect(plan(once).files!.anchor).toEqual(update.files!.anchor);
  });

  it('finds its own block again and clears the rows a longer one left', () => {
    const once = applyReviewPlan([headers('review')], plan([headers('review')]));
    const shorter = plan(once, FILES.slice(0, 1));
    expect(shorter.files!.anchor).toEqual(plan([headers('review')]).files!.anchor);
    expect(shorter.files!.clearRows).toBe(2);
    const after = applyReviewPlan(once, shorter);
    const column = shorter.files!.anchor.column;
    expect([after[3]?.[column], after[4]?.[column]]).toEqual([null, null]);
  });

  it('speaks the review sheet’s language, not the caller’s', () => {
    const update = plan([headers('review')], FILES, 'en-US');
    expect(update.files!.title).toBe('2023-07 各文件完成情况');
    const english = plan([headers('review', 'en-US')], FILES, 'zh-CN');
    expect(english.files!.title).toBe('2023-07 completion by file');
    expect(english.files!.headers[0]).toBe('File');
  });
});
