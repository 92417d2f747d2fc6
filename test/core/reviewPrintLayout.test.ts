/** SPEC §12: the review sheet's print layout, worked out in the core from the table's columns. */
import {
  buildReview,
  getTemplate,
  NARROW_MARGINS,
  planReviewUpdate,
  printScale,
  readWorkbook,
  type Grid,
} from '../../src/core';
import { columnPoints } from '../../src/core/review/print';
import { CLEAN_TASK, grid, headers, tracker, ZH } from './grids';

const model = buildReview(
  readWorkbook([tracker([{ ...CLEAN_TASK, id: 'OP-001' }])], ZH),
  '2023-07',
  ZH,
);
const planFor = (reviewSheet: Grid | null) =>
  planReviewUpdate({ reviewSheet, model, locale: 'zh-CN', updatedAt: '2023-07-20 10:00' });
/** The template's columns as the sheet has them (widths wide enough for the Chinese headers). */
const TEMPLATE_WIDTHS = [11, 24, 17, 9, 9, 40, 36, 30, 30, 17];
/** A4 landscape less the narrow margins, in points. */
const PRINTABLE = (297 / 25.4) * 72 - 36;

describe('the review print layout', () => {
  it('prints a new review sheet on A4 landscape at the largest scale its table fits one page wide', () => {
    const { print } = planFor(null);
    expect(print).toEqual({
      paperSize: 'A4',
      orientation: 'landscape',
      scale: printScale(TEMPLATE_WIDTHS),
      margins: NARROW_MARGINS,
      titleRows: { first: 0, last: 0 },
      breakBefore: getTemplate('review').columns.length,
    });
    // 64 %: readable, where fitting the table and the blocks beside it gave about half size.
    expect(print.scale).toBe(64);
    const needed = TEMPLATE_WIDTHS.reduce((sum, width) => sum + columnPoints(width), 0);
    expect((needed * print.scale) / 100).toBeLessThanOrEqual(PRINTABLE);
    expect((needed * (print.scale + 1)) / 100).toBeGreaterThan(PRINTABLE);
  });

  it('follows an existing table: its header row repeated, the break after its last column', () => {
    // The table starts at C3 (sheet row 2, column 2); a column of the user's sits inside it.
    const cells = [
      [...headers('review').slice(0, 5), '备注', ...headers('review').slice(5)],
      ['2023-06', ...Array(10).fill(null)],
    ];
    const { print } = planFor(grid('月度运营复盘表', cells, { row: 2, column: 2 }));
    expect(print.titleRows).toEqual({ first: 2, last: 2 });
    expect(print.breakBefore).toBe(2 + 11);
    // The user's column at Excel's default width (8.43) makes the table wider: a smaller scale.
    expect(print.scale).toBe(
      printScale([...TEMPLATE_WIDTHS.slice(0, 5), 8.43, ...TEMPLATE_WIDTHS.slice(5)]),
    );
    expect(print.scale).toBeLessThan(64);
  });

  it('never goes above 100 % nor below Excel’s 10 %', () => {
    expect(printScale([10, 10])).toBe(100);
    expect(printScale(Array(200).fill(40))).toBe(10);
    expect(printScale([])).toBe(100);
  });

  it('sizes a column as the widest renderer does: Excel’s pixels with padding, or Carlito’s digits', () => {
    // Narrow: Excel's 5 px padding counts most; wide: the font's 5.58 pt a digit does.
    expect(columnPoints(9)).toBeCloseTo((9 * 7 + 5) * 0.75);
    expect(columnPoints(40)).toBeCloseTo(40 * 5.58);
  });
});
