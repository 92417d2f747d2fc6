/**
 * SPEC §12, the review as a printed document: a review with five delayed
 * tasks, written by the file writer the CLI uses, rendered to PDF by
 * LibreOffice. On A4 landscape, page 1 holds the whole review table (one
 * page wide) at the plan's fixed scale, readable rather than shrunk with the
 * blocks beside it; every delayed line is printed (text and ink) inside its
 * row; the department block follows on page 2; the tracker prints one page
 * wide on its own page.
 *
 * LibreOffice needs Carlito (Calibri's metric twin, .ci/run installs it) to
 * size our Calibri columns as Excel does; the first test says so if missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  getTemplate,
  planReviewUpdate,
  planTemplate,
  type ReviewModel,
  type ReviewUpdatePlan,
} from '../../src/core';
import { addPlanSheet } from '../../src/xlsx/edit/planSheet';
import { applyReviewPlan } from '../../src/xlsx/edit/reviewEdit';
import { editWorkbookFile } from '../../src/xlsx/editFile';
import { renderPage, wordBoxes, type Raster, type WordBox } from './support/raster';
import { findSoffice, LibreOfficeSession } from './support/soffice';

const soffice = findSoffice();
const describeWithEngine = soffice ? describe : describe.skip;

const REASONS = [
  '需产品部确认调研维度，问卷初稿已完成，等待市场部与客户成功部共同评审后发放',
  '行政部协调培训场地，原定会议室被占用，改期至下周三并通知全体新员工',
  '活动数据晚到，渠道方尚未提供完整的投放明细，复盘报告无法定稿',
  '供应商报价两次调整，采购流程需重新走审批，预计月底前完成签约',
  '系统接口联调失败，技术部排查中，需第三方平台配合提供测试环境',
];

const MODEL: ReviewModel = {
  month: '2023-07',
  today: '2023-07-25',
  scope: 12,
  completed: 5,
  completionRate: 0.416666,
  delayed: REASONS.map((reason, index) => ({
    id: `OP-00${index + 1}`,
    name: [
      'Q3客户满意度调研',
      '新员工入职培训',
      '渠道活动复盘',
      '年度采购合同续签',
      '会员系统对接',
    ][index]!,
    due: `2023-07-1${index}`,
    reason,
    daysLate: 15 - index,
  })),
  overdue: ['OP-001', 'OP-002'],
  unassigned: [],
  byDepartment: [
    { department: '客户成功与售后部', scope: 4, completed: 1, completionRate: 0.25 },
    { department: '市场部', scope: 5, completed: 3, completionRate: 0.6 },
    { department: '行政部', scope: 3, completed: 1, completionRate: 0.333333 },
  ],
  collaborationProblems: [
    { id: 'CO-002', topic: '季度客户答谢会筹备', deadline: '2023-07-20', note: '名单待销售部补充' },
  ],
};

function pdfPages(pdf: string): { width: number; height: number }[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).stdout;
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The font LibreOffice draws Calibri with (fontconfig's match). */
function calibriStandIn(): string {
  return spawnSync('fc-match', ['Calibri'], { encoding: 'utf8' }).stdout.trim();
}

/** Whether any pixel inside a word's box is dark: the word is painted, not clipped away. */
function inked(raster: Raster, word: WordBox): boolean {
  const { scale } = raster;
  for (let y = Math.floor(word.yMin * scale); y <= Math.ceil(word.yMax * scale); y++) {
    for (let x = Math.floor(word.xMin * scale); x <= Math.ceil(word.xMax * scale); x++) {
      if (x >= raster.width || y >= raster.height) continue;
      if (raster.pixel(x, y).every((channel) => channel < 128)) return true;
    }
  }
  return false;
}

describeWithEngine('the review on A4 landscape paper (SPEC §12, LibreOffice)', () => {
  let pdf = '';
  let plan: ReviewUpdatePlan;
  let words: WordBox[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'review-print-'));
    const file = path.join(dir, 'review.xlsx');
    plan = planReviewUpdate({
      reviewSheet: null,
      model: MODEL,
      locale: 'zh-CN',
      updatedAt: '2023-07-25 09:30',
    });
    await editWorkbookFile(null, file, async (editor) => {
      await applyReviewPlan(editor, plan);
      await addPlanSheet(editor, planTemplate('tracker', 'zh-CN'));
    });
    const converted = new LibreOfficeSession(soffice!).convert(file, 'pdf');
    expect(converted.stderr).not.toMatch(/error/i);
    pdf = converted.outputs.find((output) => output.endsWith('.pdf')) ?? '';
    words = wordBoxes(pdf);
  }, 240_000);

  it('renders Calibri with Carlito, its metric twin (else columns are a third wider than in Excel)', () => {
    expect(calibriStandIn()).toMatch(/Carlito/);
  });

  it('prints three A4 landscape pages: the review table, the blocks beside it, the tracker', () => {
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(3);
    for (const page of pages) {
      // A4 is 595 × 842 points; landscape puts the long side across.
      expect(page.width).toBeCloseTo(842, -1);
      expect(page.height).toBeCloseTo(595, -1);
    }
  });

  it('puts the whole review table on page 1 at the fixed, readable scale', () => {
    const headers = getTemplate('review').columns.map((column) => column.header['zh-CN']);
    const onPage = (page: number) =>
      words.filter((word) => word.page === page).map((word) => word.text);
    for (const header of headers) expect(onPage(1)).toContain(header);
    // Readable: well above the 45–55 % fit-to-width gave with the blocks beside the table.
    expect(plan.print.scale).toBeGreaterThanOrEqual(60);
    // At that scale: the first five columns (70 characters, 5.58 pt each in Carlito) span as planned.
    const at = (text: string) => words.find((word) => word.page === 1 && word.text === text)!;
    const span = at(headers[5]!).xMin - at(headers[0]!).xMin;
    expect(span / ((70 * 5.58 * plan.print.scale) / 100)).toBeCloseTo(1, 1);
    // Narrow margins: the table starts a quarter inch (18 pt) from the paper's edge.
    expect(at(headers[0]!).xMin).toBeLessThan(24);
  });

  it('shows every delayed task line, each with its days late, printed inside its row', () => {
    const page1 = words.filter((word) => word.page === 1);
    const text = page1.map((word) => word.text).join('');
    for (const task of MODEL.delayed) {
      expect(text).toContain(task.id);
      expect(text).toContain(`延期${task.daysLate}天`);
      // The end of each reason: the last wrapped line of the cell is printed too.
      expect(text).toContain(task.reason.slice(-6));
    }
    const lastReason = MODEL.delayed.at(-1)!.reason.slice(-2);
    const lastWord = page1.filter((word) => word.text.includes(lastReason)).at(-1)!;
    // The row is tall enough: its bottom-aligned period prints at the row's foot, below the last line.
    const period = page1.find((word) => word.text === '2023-07')!;
    expect(lastWord.yMax).toBeLessThanOrEqual(period.yMax + 0.5);
  });

  it('paints every delayed line: the last words of each reason are ink on the rendered page (raster)', () => {
    // The text layer holds a clipped cell's words too; the pixels show what a reader sees.
    const raster = renderPage(pdf, 1, 100);
    const page1 = words.filter((word) => word.page === 1);
    for (const task of MODEL.delayed) {
      const ending = page1.filter((word) => word.text.includes(task.reason.slice(-2)));
      expect([task.id, ending.length > 0]).toEqual([task.id, true]);
      expect([task.id, ending.some((word) => inked(raster, word))]).toEqual([task.id, true]);
      const late = page1.filter((word) => word.text.includes(`延期${task.daysLate}天`));
      expect([task.id, late.some((word) => inked(raster, word))]).toEqual([task.id, true]);
    }
  });

  it('prints the department block on page 2, after the table, not squeezed beside it', () => {
    const department = words.find((word) => word.text.includes('客户成功与售后部'));
    expect(department?.page).toBe(2);
    expect(words.some((word) => word.page === 1 && word.text.includes('各部门完成情况'))).toBe(
      false,
    );
  });
});
