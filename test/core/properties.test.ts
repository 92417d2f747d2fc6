/** Property-based guarantees of the core (fast-check). */
import fc from 'fast-check';
import {
  buildReview,
  checkWorkbook,
  dayToSerial,
  getTemplate,
  LOCALES,
  planReviewUpdate,
  readWorkbook,
  serialToDay,
  type Grid,
} from '../../src/core';
import { cellScalar } from '../../src/core/values/cell';
import { parseDate } from '../../src/core/values/dates';
import { applyReviewPlan, type Sheet } from './applyReviewPlan';
import { headers, TODAY } from './grids';

const RUNS = { numRuns: 150 };

/** The values people and Excel actually put in cells, plus anything at all. */
const cellValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '',
    ' ',
    '-',
    '待定',
    'TBD',
    '已完成',
    '進行中',
    'Done',
    '高',
    'H',
    '下周',
    '2023-02-30',
    '=1+1',
    '+1',
    '@x',
  ),
  fc.constantFrom(
    '2023.07.01-07.15',
    '2023-07-05~2023-07-26',
    '7月1日至7月15日',
    '2023年7月5日',
    'OP-001',
    'ＯＰ－００１',
  ),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double(),
  fc.date(),
  fc.record({ richText: fc.array(fc.record({ text: fc.string() })) }),
  fc.record({
    formula: fc.string(),
    result: fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)),
  }),
  fc.constantFrom(
    { error: '#N/A' },
    { error: '#VALUE!' },
    true,
    false,
    null,
    undefined,
    NaN,
    Infinity,
    [],
    [1, 2],
  ),
);

const headerRow = fc.oneof(
  fc.constantFrom(
    ...LOCALES.flatMap((locale) => [
      headers('tracker', locale),
      headers('collab', locale),
      headers('review', locale),
    ]),
  ),
  fc.constant([
    '任务ID',
    '任务名称',
    '所属部门',
    '负责人',
    '起止时间',
    '优先级',
    '当前状态',
    '备注',
  ]),
  fc.array(
    fc.constantFrom(
      '任务名称',
      '截止日期',
      '负责人',
      '起止时间',
      '状态',
      '协作事项描述',
      '完成时限',
      'Owner',
      'x',
    ),
    { maxLength: 8 },
  ),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    sheetName: fc.constantFrom('任务跟踪表', 'Tasks', '协作', 'S'),
    title: fc.boolean(),
    header: headerRow,
    rows: fc.array(fc.array(cellValue, { maxLength: 14 }), { maxLength: 8 }),
    origin: fc.record({ row: fc.nat(50), column: fc.nat(30) }),
  })
  .map(({ sheetName, title, header, rows, origin }) => ({
    sheetName,
    cells: [...(title ? [['标题']] : []), header, ...rows],
    origin,
  }));

const options = fc.record({
  today: fc.constantFrom(TODAY, '2024-02-29', '1900-03-01'),
  locale: fc.constantFrom(...LOCALES),
});

const columnIndex = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

describe('properties', () => {
  it('no cell value makes readWorkbook, checkWorkbook, buildReview or planReviewUpdate throw', () => {
    fc.assert(
      fc.property(
        fc.array(gridArb, { maxLength: 3 }),
        options,
        fc.option(gridArb),
        (grids, opts, reviewSheet) => {
          checkWorkbook(grids, opts);
          const model = buildReview(readWorkbook(grids, opts), '2023-07', opts);
          planReviewUpdate({ reviewSheet, model, locale: opts.locale, updatedAt: 'now' });
        },
      ),
      RUNS,
    );
  });

  it('every issue’s cell lies inside the grid it came from, on the row it names', () => {
    fc.assert(
      fc.property(gridArb, options, (grid, opts) => {
        const width = Math.max(...grid.cells.map((row) => row.length));
        for (const issue of checkWorkbook([grid], opts).issues) {
          const match = /^([A-Z]+)(\d+)$/.exec(issue.cell);
          expect(match).not.toBeNull();
          const row = Number(match![2]) - 1;
          const column = columnIndex(match![1]!);
          expect(issue.row).toBe(row + 1);
          expect(row).toBeGreaterThanOrEqual(grid.origin.row);
          expect(row).toBeLessThan(grid.origin.row + grid.cells.length);
          expect(column).toBeGreaterThanOrEqual(grid.origin.column);
          expect(column).toBeLessThan(grid.origin.column + width);
        }
      }),
      RUNS,
    );
  });

  it('a number below 1901-01-01 is never read as a day: 10.31 typed for 10月31日 has no year', () => {
    fc.assert(
      fc.property(fc.double({ max: 366.999, noNaN: true }), (serial) => {
        const read = parseDate(cellScalar(serial));
        expect(read.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(parseDate(cellScalar(10.31))).toEqual({
      ok: false,
      reason: 'invalid',
      text: '10.31',
      problem: 'missingYear',
    });
    expect(parseDate(cellScalar(45))).toEqual({ ok: false, reason: 'invalid', text: '45' });
    expect(parseDate(cellScalar(367))).toEqual({ ok: true, value: '1901-01-01' });
    // A file reader's millisecond rounding of a date-formatted 10.31: still the 10.31 the cell shows.
    expect(parseDate(cellScalar(10.31000000000131))).toMatchObject({
      text: '10.31',
      problem: 'missingYear',
    });
  });

  it('a date written by a plan (as a serial) reads back as the same day', () => {
    const day = fc
      .date({
        min: new Date(Date.UTC(1901, 0, 1)),
        max: new Date(Date.UTC(9999, 11, 31)),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (written) => {
        const serial = dayToSerial(written);
        expect(serialToDay(serial)).toBe(written);
        expect(parseDate(cellScalar(serial))).toEqual({ ok: true, value: written });
        expect(parseDate(cellScalar(new Date(`${written}T00:00:00Z`)))).toEqual({
          ok: true,
          value: written,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('completion rates (overall and per department) lie in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { maxLength: 3 }), options, (grids, opts) => {
        const model = buildReview(readWorkbook(grids, opts), '2023-07', opts);
        for (const rate of [
          model.completionRate,
          ...model.byDepartment.map((d) => d.completionRate),
        ]) {
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
      }),
      RUNS,
    );
  });

  const trackerRows = fc.array(
    fc.record({
      id: fc.constantFrom('OP-001', 'OP-002', 'OP-003', '', 'X'),
      name: fc.constantFrom('调研', '=SUM(1)', '培训', ''),
      department: fc.constantFrom('市场部', '销售部', '', 'Sales'),
      due: fc.constantFrom('2023-07-01', '2023-07-25', '2023-06-30', '2023-08-02', 'TBD', 45123),
      status: fc.constantFrom('已完成', '进行中', '已取消', 'Done', ''),
      completed: fc.constantFrom('2023-07-02', '', '2023-07-30'),
      notes: fc.constantFrom('', '需确认', '@team'),
    }),
    { maxLength: 12 },
  );
  const reviewRows = fc.array(
    fc.record({
      period: fc.constantFrom('2023-06', '2023年7月', '2023-08', '2023/05', 'x'),
      goal: fc.constantFrom('目标', ''),
    }),
    { maxLength: 4 },
  );

  function trackerGrid(rows: readonly Record<string, unknown>[]): Grid {
    const keys = getTemplate('tracker').columns.map((c) => c.key);
    return {
      sheetName: 'T',
      origin: { row: 0, column: 0 },
      cells: [headers('tracker'), ...rows.map((r) => keys.map((k) => r[k] ?? null))],
    };
  }

  function reviewSheet(
    rows: readonly { period: string; goal: string }[],
    exists: boolean,
  ): Sheet | null {
    if (!exists) return null;
    const keys = getTemplate('review').columns.map((c) => c.key);
    return [
      headers('review'),
      ...rows.map((r) =>
        keys.map((k) => (k === 'period' ? r.period : k === 'goal' ? r.goal : null)),
      ),
    ];
  }

  it('applying the review-update plan twice equals applying it once', () => {
    fc.assert(
      fc.property(trackerRows, reviewRows, fc.boolean(), options, (tasks, months, exists, opts) => {
        const model = buildReview(readWorkbook([trackerGrid(tasks)], opts), '2023-07', opts);
        const start = reviewSheet(months, exists) ?? [];
        const asGrid = (cells: Sheet): Grid | null =>
          cells.length === 0 ? null : { sheetName: 'R', cells, origin: { row: 0, column: 0 } };
        const once = applyReviewPlan(
          start,
          planReviewUpdate({
            reviewSheet: asGrid(start),
            model,
            locale: opts.locale,
            updatedAt: 'first',
          }),
        );
        const twice = applyReviewPlan(
          once,
          planReviewUpdate({
            reviewSheet: asGrid(once),
            model,
            locale: opts.locale,
            updatedAt: 'second',
          }),
        );
        expect(twice).toEqual(once);
      }),
      RUNS,
    );
  });

  it('a review plan never addresses a typed column', () => {
    const typed = getTemplate('review').columns.filter((c) => !c.computed && c.type !== 'period');
    const typedKeys = typed.map((c) => c.key);
    fc.assert(
      fc.property(trackerRows, reviewRows, fc.boolean(), options, (tasks, months, exists, opts) => {
        const model = buildReview(readWorkbook([trackerGrid(tasks)], opts), '2023-07', opts);
        const sheet = reviewSheet(months, exists);
        const plan = planReviewUpdate({
          reviewSheet: sheet
            ? { sheetName: 'R', cells: sheet, origin: { row: 0, column: 0 } }
            : null,
          model,
          locale: opts.locale,
          updatedAt: 'now',
        });
        for (const key of Object.keys(plan.cells)) expect(typedKeys).not.toContain(key);
        getTemplate('review').columns.forEach((column, i) => {
          if (typedKeys.includes(column.key) && plan.newRow)
            expect(plan.newRow[i]).toEqual({ kind: 'empty' });
        });
      }),
      RUNS,
    );
  });
});
