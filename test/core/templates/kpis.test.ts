/** SPEC §11.8 the KPI monitor as a template: numbers as typed, checks with cells, live columns, review section. */
import { planSheet, readWorkbook, type EngineOptions, type Grid } from '../../../src/core';
import { KPIS } from '../../../src/core/templates/kpis';
import type { KpiRecord } from '../../../src/core/templates/kpis/record';

const ZH: EngineOptions = { today: '2026-02-20', locale: 'zh-CN' };
const EN: EngineOptions = { today: '2026-02-20', locale: 'en-US' };
const HEADER_ZH = KPIS.columns.map((column) => column.header['zh-CN']);
const HEADER_EN = KPIS.columns.map((column) => column.header['en-US']);
const KEYS = KPIS.columns.map((column) => column.key);

const sheet = (cells: unknown[][], tableName?: string, sheetName = 'KPI监控表'): Grid => ({
  sheetName,
  cells,
  origin: { row: 0, column: 0 },
  ...(tableName ? { tableName } : {}),
});
/** A row of our table from values by key (formula columns left empty, as a reader sees them before a recalculation). */
const kpiRow = (values: Record<string, unknown>): unknown[] =>
  KEYS.map((key) => values[key] ?? null);
const ours = (rows: Record<string, unknown>[], header = HEADER_ZH): Grid =>
  sheet([header, ...rows.map(kpiRow)], 'OpsKpis');
const read = (grids: Grid[], options = ZH) => readWorkbook(grids, options, [KPIS]);
const codes = (grids: Grid[], options = ZH) =>
  read(grids, options).issues.map(({ cell, code, severity }) => `${cell} ${code} ${severity}`);
const records = (grids: Grid[]) =>
  (read(grids).records.get('kpis' as never) ?? []) as readonly KpiRecord[];

const SALES = {
  indicator: '销售额',
  family: '财务',
  period: '2026-01',
  unit: '万元',
  direction: '越高越好',
  target: 500,
  actual: 520,
  lastYear: 400,
};

describe('KPI monitor: figures', () => {
  it('销售额 520 against 500 is 104%, met; 30% up on last year', () => {
    expect(codes([ours([SALES])])).toEqual([]);
    expect(records([ours([SALES])])[0]).toMatchObject({
      family: 'financial',
      period: '2026-01',
      direction: 'higher',
      status: 'met',
    });
    expect(records([ours([SALES])])[0]?.attainment).toBeCloseTo(1.04, 12);
    expect(records([ours([SALES])])[0]?.yoy).toBeCloseTo(0.3, 12);
  });

  it('lower is better: 订单处理时长 target 2 天, actual 2.5 is 80%, missed', () => {
    const [kpi] = records([
      ours([
        {
          ...SALES,
          indicator: '订单处理时长',
          direction: '越低越好',
          target: 2,
          actual: 2.5,
          lastYear: 3,
        },
      ]),
    ]);
    expect(kpi).toMatchObject({ attainment: 0.8, status: 'missed' });
  });

  it('客户投诉率 5%→3% typed as text: 3.2% against 3% is at risk', () => {
    const [kpi] = records([
      ours([
        {
          ...SALES,
          indicator: '客户投诉率',
          direction: '越低越好',
          target: '3%',
          actual: '3.2%',
          lastYear: '5%',
        },
      ]),
    ]);
    expect(kpi?.target).toBeCloseTo(0.03, 12);
    expect(kpi?.attainment).toBeCloseTo(0.9375, 12);
    expect(kpi?.status).toBe('atRisk');
  });

  it('an actual of 0 on a lower-is-better KPI has no attainment and is met', () => {
    const [kpi] = records([
      ours([{ ...SALES, indicator: '安全事故数', direction: '越低越好', target: 1, actual: 0 }]),
    ]);
    expect(kpi).toMatchObject({ attainment: null, status: 'met' });
  });

  it('numbers as teams type them: 1,234.5 and full-width digits', () => {
    const [kpi] = records([ours([{ ...SALES, target: '1,234.5', actual: '１２３４.５' }])]);
    expect([kpi?.target, kpi?.actual, kpi?.status]).toEqual([1234.5, 1234.5, 'met']);
  });
});

describe('KPI monitor: checks, with their cells, in both languages', () => {
  it('invalid-number on target, actual and last year', () => {
    expect(codes([ours([{ ...SALES, target: '五百', actual: 'TBD', lastYear: '约400' }])])).toEqual(
      ['F2 invalid-number error', 'G2 invalid-number error', 'H2 invalid-number error'],
    );
    expect(read([ours([{ ...SALES, target: '五百' }], HEADER_EN)], EN).issues[0]?.message).toBe(
      'Not a number: "五百"',
    );
  });

  it('missing-direction: a warning on the direction cell; no attainment or status', () => {
    expect(codes([ours([{ ...SALES, direction: null }])])).toEqual([
      'E2 missing-direction warning',
    ]);
    expect(read([ours([{ ...SALES, direction: null }])]).issues[0]?.message).toBe(
      '未填写方向（越高越好/越低越好），无法计算达成率',
    );
    expect(records([ours([{ ...SALES, direction: null }])])[0]).toMatchObject({
      attainment: null,
      status: null,
    });
  });

  it('duplicate-kpi: the same indicator twice in one period, on the repeat', () => {
    const rows = [SALES, { ...SALES, period: '2026-02' }, { ...SALES, actual: 480 }];
    expect(codes([ours(rows)])).toEqual(['A4 duplicate-kpi error']);
    expect(read([ours(rows)]).issues[0]?.message).toBe('指标“销售额”在 2026-01 已填报（第 2 行）');
    expect(read([ours(rows, HEADER_EN)], EN).issues[0]?.message).toBe(
      'Indicator "销售额" is already reported for 2026-01 (row 2)',
    );
  });

  it('a period that is no month is invalid-date', () => {
    expect(codes([ours([{ ...SALES, period: '一月' }])])).toEqual(['C2 invalid-date error']);
  });
});

describe('KPI monitor: a team’s own sheet', () => {
  it('Traditional headers and a family of its own', () => {
    const team = sheet(
      [
        ['指標名稱', '類別', '統計週期', '方向', '目標值', '實際值', '去年同期', '負責人'],
        ['銷售額', '財務', '2026年1月', '越高越好', '500', '520', '400', '王*'],
        ['招聘完成率', '人才', '2026-01', '越高越好', '100%', '80%', '', '李*'],
      ],
      undefined,
      '指標',
    );
    expect(read([team]).sheets[0]).toMatchObject({ kind: 'kpis', ours: false });
    expect(codes([team])).toEqual([]);
    expect(records([team]).map((kpi) => [kpi.family, kpi.period, kpi.status])).toEqual([
      ['financial', '2026-01', 'met'],
      ['人才', '2026-01', 'missed'],
    ]);
  });
});

describe('KPI monitor: the review section', () => {
  const section = (rows: Record<string, unknown>[], options = ZH) => {
    const input = { records: records([ours(rows)]), present: true, month: '2026-01', options };
    return { input, built: KPIS.review!.build(input) };
  };

  it('every KPI of period M with its figures, in §11.10’s shape', () => {
    const { input, built } = section([SALES, { ...SALES, indicator: '利润', period: '2025-12' }]);
    expect(built).toEqual([
      {
        indicator: '销售额',
        family: 'financial',
        period: '2026-01',
        target: 500,
        actual: 520,
        attainment: 1.04,
        status: 'met',
      },
    ]);
    expect(KPIS.review!.lines(built!, input)).toEqual([
      'KPI（2026-01）：达标 1 项，预警 0 项，未达标 0 项',
      '销售额：目标 500，实际 520，达成率 104.0%，达标',
    ]);
    expect(KPIS.review!.lines(built!, { ...input, options: EN })).toEqual([
      'KPIs (2026-01): 1 met, 0 at risk, 0 missed',
      '销售额: target 500, actual 520, attainment 104.0%, Met',
    ]);
  });

  it('the card counts met, at risk and missed', () => {
    const { input, built } = section(
      [
        SALES,
        { ...SALES, indicator: '利润', actual: 460 },
        { ...SALES, indicator: '毛利', actual: 100 },
      ],
      EN,
    );
    expect(KPIS.review!.card(built!, input).figures).toEqual([
      { label: 'Met', value: '1' },
      { label: 'At risk', value: '1' },
      { label: 'Missed', value: '1' },
    ]);
  });

  it('no section without the sheet', () => {
    expect(
      KPIS.review!.build({ records: [], present: false, month: '2026-01', options: ZH }),
    ).toBeNull();
  });
});

describe('KPI monitor: inserted', () => {
  it('the four families with the handbook’s SMART examples, and live attainment, YoY and status', () => {
    const plan = planSheet(KPIS, 'zh-CN', { withSample: true });
    const indicators = plan.rows.map((row) => row[0]);
    expect(indicators).toEqual(
      expect.arrayContaining([
        { kind: 'text', text: '订单处理时长' },
        { kind: 'text', text: '客户投诉率' },
      ]),
    );
    const families = new Set(plan.rows.map((row) => (row[1] as { text: string }).text));
    expect(families).toEqual(new Set(['财务', '运营效率', '客户', '内部管理']));
    const at = (key: string) => KEYS.indexOf(key);
    expect(plan.rows[0]?.[at('attainment')]).toEqual({
      kind: 'formula',
      formula: expect.stringContaining('$G2/$F2'),
    });
    expect(plan.rows[1]?.[at('yoy')]).toEqual({
      kind: 'formula',
      formula: expect.stringContaining('$G3-$H3'),
    });
    expect(plan.rows[0]?.[at('status')]).toEqual({
      kind: 'formula',
      formula: expect.stringContaining('"达标"'),
    });
    expect(planSheet(KPIS, 'en-US').rows[0]?.[at('status')]).toEqual({
      kind: 'formula',
      formula: expect.stringContaining('"Met"'),
    });
  });
});
