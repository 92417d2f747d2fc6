/** SPEC §3.3: "update month M of the review" touches only M's computed cells, the block and the chart. */
import {
  buildReview,
  dayToSerial,
  getTemplate,
  planReviewUpdate,
  readWorkbook,
  type Grid,
  type ReviewModel,
} from '../../src/core';
import { CELL_TEXT_LIMIT } from '../../src/core';
import { applyReviewPlan, type Sheet } from './applyReviewPlan';
import { CLEAN_ITEM, CLEAN_TASK, collabLog, EN, grid, headers, tracker, ZH } from './grids';

const COLUMNS = getTemplate('review').columns;
const TYPED = COLUMNS.filter((c) => !c.computed && c.type !== 'period').map((c) => c.key);
const COMPUTED = COLUMNS.filter((c) => c.computed).map((c) => c.key);

function model(month = '2023-07'): ReviewModel {
  const tasks = [
    { ...CLEAN_TASK, id: 'OP-001', due: '2023-07-15', notes: '需产品部确认调研维度' },
    {
      ...CLEAN_TASK,
      id: 'OP-002',
      name: '新员工入职培训',
      department: '人力资源部',
      status: '已完成',
      completed: '2023-07-19',
    },
    { ...CLEAN_TASK, id: 'OP-003', name: '渠道复盘', department: '销售部' },
  ];
  const items = [
    {
      ...CLEAN_ITEM,
      id: 'CO-002',
      topic: '季度客户答谢会筹备',
      deadline: '2023-07-12',
      result: '名单待销售部补充',
    },
  ];
  return buildReview(readWorkbook([tracker(tasks), collabLog(items)], ZH), month, ZH);
}

const sheetGrid = (cells: Sheet): Grid => grid('月度运营复盘表', cells);
const typedRow = (period: unknown): unknown[] =>
  COLUMNS.map((c) => (c.key === 'period' ? period : c.computed ? null : `${c.key} typed`));
const plan = (cells: Sheet | null, updatedAt = '2023-07-20 10:00', m = model()) =>
  planReviewUpdate({
    reviewSheet: cells ? sheetGrid(cells) : null,
    model: m,
    locale: 'zh-CN',
    updatedAt,
  });

describe('review update plan', () => {
  it('with no review sheet, plans the sheet and fills its first (empty) row for month M', () => {
    const update = plan(null);
    expect(update.createSheet).toMatchObject({
      kind: 'review',
      tableName: 'OpsReview',
      sheetName: '月度运营复盘表',
    });
    expect(update.target).toEqual({ kind: 'existing', index: 0 });
    expect(update.cells.period).toEqual({ kind: 'text', text: '2023-07' });
    expect(update.cells.updated).toEqual({ kind: 'text', text: '2023-07-20 10:00' });
  });

  it('writes the computed cells: rate text, counts, delayed tasks and collaboration problems one per line', () => {
    const { cells } = plan(null);
    expect(cells.completionRate).toEqual({ kind: 'text', text: '33.3% (1/3)' });
    expect(cells.completed).toEqual({ kind: 'number', value: 1 });
    expect(cells.scope).toEqual({ kind: 'number', value: 3 });
    expect(cells.delayed).toEqual({
      kind: 'text',
      text: 'OP-001 Q3客户满意度调研（延期5天） — 需产品部确认调研维度',
    });
    expect(cells.collaborationProblems).toEqual({
      kind: 'text',
      text: 'CO-002 季度客户答谢会筹备 — 名单待销售部补充',
    });
  });

  it('never addresses a typed column (goal, measures, focus next month)', () => {
    for (const update of [
      plan(null),
      plan([headers('review'), typedRow('2023-07')]),
      plan([headers('review'), typedRow('2023-06')]),
    ]) {
      for (const key of TYPED) expect(update.cells).not.toHaveProperty(key);
    }
  });

  it.each([
    ['2023-07'],
    ['2023年7月'],
    ['2023/07'],
    ['2023.7'],
    [dayToSerial('2023-07-01')],
    [new Date(Date.UTC(2023, 6, 1))],
  ])('finds month M’s existing row whatever the period looks like: %s', (period) => {
    const update = plan([
      headers('review'),
      typedRow('2023-06'),
      typedRow(period),
      typedRow('2023-08'),
    ]);
    expect(update.target).toEqual({ kind: 'existing', index: 1 });
    expect(update.cells).not.toHaveProperty('period');
    expect(update.newRow).toBeUndefined();
  });

  it('inserts a missing month in period order, with a full new row whose typed cells are empty', () => {
    const update = plan([headers('review'), typedRow('2023-06'), typedRow('2023-08')]);
    expect(update.target).toEqual({ kind: 'insert', index: 1 });
    expect(update.newRow).toHaveLength(COLUMNS.length);
    COLUMNS.forEach((column, i) => {
      if (TYPED.includes(column.key)) expect(update.newRow?.[i]).toEqual({ kind: 'empty' });
    });
    expect(update.newRow?.[0]).toEqual({ kind: 'text', text: '2023-07' });
  });

  it('appends a month later than every row', () => {
    expect(plan([headers('review'), typedRow('2023-05'), typedRow('2023-06')]).target).toEqual({
      kind: 'insert',
      index: 2,
    });
  });

  it('uses the table’s empty first row when no month is filled in yet', () => {
    expect(plan([headers('review')]).target).toEqual({ kind: 'existing', index: 0 });
  });

  it('a blank row inside the table does not end it: a month below the gap is found, not added twice', () => {
    const cells = [
      headers('review'),
      typedRow('2023-05'),
      COLUMNS.map(() => null),
      typedRow('2023-07'),
    ];
    const withExtent: Grid = { ...sheetGrid(cells), tableExtent: { headerRow: 0, dataRows: 3 } };
    const update = planReviewUpdate({
      reviewSheet: withExtent,
      model: model(),
      locale: 'zh-CN',
      updatedAt: 'x',
    });
    expect(update.target).toEqual({ kind: 'existing', index: 2 });
    expect(update.cells.period).toBeUndefined();
  });

  it('fills the empty row a fresh table starts with, period included, when the extent is known', () => {
    const fresh: Grid = {
      ...sheetGrid([headers('review'), COLUMNS.map(() => null)]),
      tableExtent: { headerRow: 0, dataRows: 1 },
    };
    const update = planReviewUpdate({
      reviewSheet: fresh,
      model: model(),
      locale: 'zh-CN',
      updatedAt: 'x',
    });
    expect(update.target).toEqual({ kind: 'existing', index: 0 });
    expect(update.cells.period).toEqual({ kind: 'text', text: '2023-07' });
  });

  it('keeps typed cells and other months; outside the table only the block area changes', () => {
    const before: Sheet = [
      headers('review'),
      typedRow('2023-06'),
      typedRow('2023-07'),
      typedRow('2023-08'),
      [],
      [],
      [],
      ['注释'],
    ];
    const after = applyReviewPlan(before, plan(before));
    const table = (line: unknown[] | undefined) => line?.slice(0, COLUMNS.length);
    expect(table(after[1])).toEqual(before[1]);
    expect(table(after[3])).toEqual(before[3]);
    expect(after[7]).toEqual(['注释']);
    COLUMNS.forEach((column, i) => {
      if (!column.computed) expect(after[2]?.[i]).toEqual(before[2]?.[i]);
    });
  });

  it('recalculating twice gives the identical sheet: "updated" is left alone when nothing changed', () => {
    const once = applyReviewPlan(
      [headers('review'), typedRow('2023-06')],
      plan([headers('review'), typedRow('2023-06')]),
    );
    const second = plan(once, '2023-07-21 09:00');
    expect(second.cells).not.toHaveProperty('updated');
    expect(applyReviewPlan(once, second)).toEqual(once);
  });

  it('"updated" is rewritten when a computed value changed', () => {
    const once = applyReviewPlan([headers('review')], plan([headers('review')]));
    const changed = { ...model(), completed: 2, completionRate: 0.666666 };
    expect(plan(once, '2023-07-21 09:00', changed).cells.updated).toEqual({
      kind: 'text',
      text: '2023-07-21 09:00',
    });
  });

  it('finds moved columns and English headers by header binding', () => {
    const english = headers('review', 'en-US').reverse();
    const update = plan([english, [...typedRow('2023-07')].reverse()]);
    expect(update.target).toEqual({ kind: 'existing', index: 0 });
    expect(update.departments.anchor).toEqual({ row: 0, column: COLUMNS.length + 1 });
  });

  it('text that starts with =, +, - or @ is a text cell, never a formula', () => {
    const tasks = [{ ...CLEAN_TASK, name: '=HYPERLINK("x")', due: '2023-07-01', notes: '+1 @all' }];
    const m = buildReview(readWorkbook([tracker(tasks)], ZH), '2023-07', ZH);
    const update = planReviewUpdate({
      reviewSheet: null,
      model: m,
      locale: 'zh-CN',
      updatedAt: '=now',
    });
    expect(update.cells.delayed).toEqual({
      kind: 'text',
      text: 'OP-001 =HYPERLINK("x")（延期19天） — +1 @all',
    });
    expect(update.cells.updated).toEqual({ kind: 'text', text: '=now' });
  });

  it('a list too long for one cell ends with "… N more" at a line boundary and stays idempotent', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      ...CLEAN_TASK,
      id: `OP-${i + 1}`,
      due: '2023-07-01',
      notes: '需产品部确认调研维度'.repeat(2),
    }));
    const m = buildReview(readWorkbook([tracker(many)], ZH), '2023-07', ZH);
    const first = plan([headers('review')], 'first', m);
    const delayed = first.cells.delayed;
    expect(delayed?.kind).toBe('text');
    const text = delayed?.kind === 'text' ? delayed.text : '';
    expect(text.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    const lastLine = text.split('\n').at(-1);
    expect(lastLine).toMatch(/^……另有 \d+ 项$/);
    expect(text.split('\n').length - 1 + Number(/\d+/.exec(lastLine ?? '')?.[0])).toBe(2000);
    const once = applyReviewPlan([headers('review')], first);
    expect(plan(once, 'second', m).cells).not.toHaveProperty('updated');
  });
});

describe('department block and chart', () => {
  it('sits two columns right of the table, on the header row, with localised title and headers', () => {
    const { departments } = plan(null);
    expect(departments.anchor).toEqual({ row: 0, column: COLUMNS.length + 1 });
    expect(departments.title).toBe('2023-07 各部门完成情况');
    expect(departments.headers).toEqual(['部门', '任务数', '完成数', '完成率']);
    expect(departments.numberFormats).toEqual(['@', '0', '0', '0.0%']);
    expect(departments.rows).toEqual([
      [
        { kind: 'text', text: '人力资源部' },
        { kind: 'number', value: 1 },
        { kind: 'number', value: 1 },
        { kind: 'number', value: 1 },
      ],
      [
        { kind: 'text', text: '市场部' },
        { kind: 'number', value: 1 },
        { kind: 'number', value: 0 },
        { kind: 'number', value: 0 },
      ],
      [
        { kind: 'text', text: '销售部' },
        { kind: 'number', value: 1 },
        { kind: 'number', value: 0 },
        { kind: 'number', value: 0 },
      ],
    ]);
  });

  it('speaks the review sheet’s language, not the caller’s: an English pane over 月度运营复盘表 writes Chinese', () => {
    const tasks = [{ ...CLEAN_TASK, department: '', due: '2023-07-15' }];
    const english = buildReview(readWorkbook([tracker(tasks)], EN), '2023-07', EN);
    expect(english.byDepartment[0]?.department).toBe('(No department)');
    const update = planReviewUpdate({
      reviewSheet: sheetGrid([headers('review'), typedRow('2023-07')]),
      model: english,
      locale: 'en-US',
      updatedAt: 'now',
    });
    expect(update.departments.title).toBe('2023-07 各部门完成情况');
    expect(update.departments.headers).toEqual(['部门', '任务数', '完成数', '完成率']);
    expect(update.departments.rows[0]?.[0]).toEqual({ kind: 'text', text: '未分配部门' });
    expect(update.chart.title).not.toMatch(/[A-Za-z]{3}/);
  });

  it('a Chinese caller over an English review table writes "(No department)"', () => {
    const tasks = [{ ...CLEAN_TASK, department: '', due: '2023-07-15' }];
    const chinese = buildReview(readWorkbook([tracker(tasks)], ZH), '2023-07', ZH);
    const update = planReviewUpdate({
      reviewSheet: sheetGrid([headers('review', 'en-US'), typedRow('2023-07')]),
      model: chinese,
      locale: 'zh-CN',
      updatedAt: 'now',
    });
    expect(update.departments.rows[0]?.[0]).toEqual({ kind: 'text', text: '(No department)' });
  });

  it('follows the table when it sits elsewhere on the sheet', () => {
    const cells: Sheet = [
      [],
      [],
      [null, null, ...headers('review')],
      [null, null, ...typedRow('2023-07')],
    ];
    const { departments, chart } = plan(cells);
    expect(departments.anchor).toEqual({ row: 2, column: 2 + COLUMNS.length + 1 });
    expect(chart.source).toEqual({ firstRow: 3, firstColumn: 13, lastRow: 6, lastColumn: 15 });
  });

  it('clears the rows an earlier, longer block left below the new one', () => {
    const first = applyReviewPlan([headers('review')], plan([headers('review')]));
    const fewer = buildReview(readWorkbook([tracker([CLEAN_TASK])], ZH), '2023-07', ZH);
    const second = plan(first, 'later', fewer);
    expect(second.departments.rows).toHaveLength(1);
    expect(second.departments.clearRows).toBe(2);
    const after = applyReviewPlan(first, second);
    const column = second.departments.anchor.column;
    expect([after[3]?.[column], after[4]?.[column]]).toEqual([null, null]);
  });

  it('asks for one clustered column chart named OpsReviewChart over department and counts, below the block and as wide as it', () => {
    const { chart, departments } = plan(null);
    expect(chart).toEqual({
      name: 'OpsReviewChart',
      title: '2023-07 各部门任务完成情况',
      type: 'columnClustered',
      source: {
        firstRow: 1,
        firstColumn: departments.anchor.column,
        lastRow: 4,
        lastColumn: departments.anchor.column + 2,
      },
      at: { row: 6, column: departments.anchor.column },
      // Over the block's four columns only, not over what lies beside it.
      until: { row: 20, column: departments.anchor.column + 3 },
    });
  });

  it('computed review columns are exactly rate, counts, delayed, collaboration problems and updated', () => {
    expect(COMPUTED).toEqual([
      'completionRate',
      'completed',
      'scope',
      'delayed',
      'collaborationProblems',
      'updated',
    ]);
  });
});
