/** SPEC §11.9 the risk register as a template: assessment, checks with cells, early warning, review section. */
import { planSheet, readWorkbook, type EngineOptions, type Grid } from '../../../src/core';
import { RISKS } from '../../../src/core/templates/risks';
import type { RiskRecord } from '../../../src/core/templates/risks/record';

const ZH: EngineOptions = { today: '2026-02-20', locale: 'zh-CN' };
const EN: EngineOptions = { today: '2026-02-20', locale: 'en-US' };
const HEADER_ZH = RISKS.columns.map((column) => column.header['zh-CN']);
const HEADER_EN = RISKS.columns.map((column) => column.header['en-US']);
const KEYS = RISKS.columns.map((column) => column.key);

const sheet = (cells: unknown[][], tableName?: string, sheetName = '风险登记表'): Grid => ({
  sheetName,
  cells,
  origin: { row: 0, column: 0 },
  ...(tableName ? { tableName } : {}),
});
const riskRow = (values: Record<string, unknown>): unknown[] =>
  KEYS.map((key) => values[key] ?? null);
const ours = (rows: Record<string, unknown>[], header = HEADER_ZH): Grid =>
  sheet([header, ...rows.map(riskRow)], 'OpsRisks');
const read = (grids: Grid[], options = ZH) => readWorkbook(grids, options, [RISKS]);
const codes = (grids: Grid[], options = ZH) =>
  read(grids, options).issues.map(({ cell, code, severity }) => `${cell} ${code} ${severity}`);
const records = (grids: Grid[]) =>
  (read(grids).records.get('risks' as never) ?? []) as readonly RiskRecord[];

const SUPPLY = {
  id: 'RK-001',
  risk: '核心供应商断供',
  category: '市场',
  likelihood: 4,
  impact: 5,
  strategy: '转移',
  indicator: '库存天数',
  trigger: '≤',
  threshold: 10,
  current: 8,
  owner: '采购经理',
  contingency: '启用备选供应商',
  status: '监控中',
};

describe('risk register: assessment and early warning', () => {
  it('RK-001 核心供应商断供: 4 × 5 = 20, high; 库存天数 8 ≤ 10 triggers', () => {
    expect(codes([ours([SUPPLY])])).toEqual([]);
    expect(records([ours([SUPPLY])])[0]).toMatchObject({
      category: 'market',
      score: 20,
      level: 'high',
      strategy: 'transfer',
      trigger: 'atMost',
      triggered: true,
    });
  });

  it('a blank trigger is ≥; a closed risk never warns', () => {
    const [rising, closed] = records([
      ours([
        { ...SUPPLY, id: 'RK-002', trigger: null, threshold: 5, current: 5 },
        { ...SUPPLY, id: 'RK-003', status: '已关闭' },
      ]),
    ]);
    expect(rising).toMatchObject({ trigger: 'atLeast', triggered: true });
    expect(closed).toMatchObject({ triggered: false });
  });

  it('levels: 5 is low, 6 medium, 12 medium, 15 high', () => {
    const levels = records([
      ours([
        { ...SUPPLY, id: 'RK-1', likelihood: 1, impact: 5 },
        { ...SUPPLY, id: 'RK-2', likelihood: 2, impact: 3 },
        { ...SUPPLY, id: 'RK-3', likelihood: 3, impact: 4 },
        { ...SUPPLY, id: 'RK-4', likelihood: 3, impact: 5 },
      ]),
    ]).map((risk) => [risk.score, risk.level]);
    expect(levels).toEqual([
      [5, 'low'],
      [6, 'medium'],
      [12, 'medium'],
      [15, 'high'],
    ]);
  });
});

describe('risk register: checks, with their cells, in both languages', () => {
  it('score-out-of-range: likelihood and impact outside 1–5 or between steps', () => {
    expect(codes([ours([{ ...SUPPLY, likelihood: 6, impact: 2.5 }])])).toEqual([
      'D2 score-out-of-range error',
      'E2 score-out-of-range error',
    ]);
    expect(records([ours([{ ...SUPPLY, likelihood: 6 }])])[0]).toMatchObject({
      score: null,
      level: null,
    });
    expect(read([ours([{ ...SUPPLY, likelihood: 0 }], HEADER_EN)], EN).issues[0]?.message).toBe(
      '"0" is outside 1–5',
    );
  });

  it('invalid-strategy on the strategy cell', () => {
    expect(codes([ours([{ ...SUPPLY, strategy: '观望' }])])).toEqual(['H2 invalid-strategy error']);
    expect(read([ours([{ ...SUPPLY, strategy: '观望' }])]).issues[0]?.message).toBe(
      '无法识别的应对策略：“观望”（应为 规避/降低/转移/接受）',
    );
  });

  it('high-risk-unprepared: no owner (on the owner cell) or no contingency plan (on its cell)', () => {
    expect(
      codes([
        ours([
          { ...SUPPLY, owner: '待定' },
          { ...SUPPLY, id: 'RK-002', contingency: null },
        ]),
      ]),
    ).toEqual(['M2 high-risk-unprepared warning', 'N3 high-risk-unprepared warning']);
    const [zh] = read([ours([{ ...SUPPLY, owner: null, contingency: null }])]).issues;
    expect(zh?.message).toBe('高风险“核心供应商断供”缺少负责人和应急预案');
    const [en] = read(
      [ours([{ ...SUPPLY, owner: null, contingency: null }], HEADER_EN)],
      EN,
    ).issues;
    expect(en?.message).toBe('High risk "核心供应商断供" has no owner or contingency plan');
  });

  it('accepting-high-risk on the strategy cell; a medium risk may be accepted', () => {
    expect(
      codes([
        ours([
          { ...SUPPLY, strategy: '接受' },
          { ...SUPPLY, id: 'RK-002', strategy: '接受', likelihood: 2 },
        ]),
      ]),
    ).toEqual(['H2 accepting-high-risk warning']);
  });

  it('invalid-number on threshold and current; an unknown trigger is invalid-value', () => {
    expect(
      codes([ours([{ ...SUPPLY, threshold: '十天', current: 'n/a', trigger: '约等于' }])]),
    ).toEqual(['J2 invalid-value error', 'K2 invalid-number error', 'L2 invalid-number error']);
  });

  it('generic checks: missing-name, missing-id, duplicate-id, id-format', () => {
    expect(
      codes([
        ours([
          { ...SUPPLY, risk: null },
          { ...SUPPLY, id: null },
          SUPPLY,
          { ...SUPPLY, id: '风险1' },
        ]),
      ]),
    ).toEqual([
      'B2 missing-name error',
      'A3 missing-id warning',
      'A4 duplicate-id error',
      'A5 id-format warning',
    ]);
  });
});

describe('risk register: a team’s own sheet in Traditional Chinese', () => {
  it('is recognised and read', () => {
    const team = sheet(
      [
        [
          '風險編號',
          '風險描述',
          '類別',
          '可能性',
          '影響程度',
          '應對策略',
          '預警指標',
          '觸發條件',
          '預警閾值',
          '當前值',
          '負責人',
          '應急預案',
          '狀態',
        ],
        [
          'R-1',
          '匯率波動',
          '市場',
          '3',
          '5',
          '規避',
          '匯率',
          '≥',
          7.4,
          7.5,
          '財務部',
          '鎖匯',
          '監控中',
        ],
      ],
      undefined,
      '風險',
    );
    expect(read([team]).sheets[0]).toMatchObject({ kind: 'risks', ours: false });
    expect(codes([team])).toEqual([]);
    expect(records([team])[0]).toMatchObject({ strategy: 'avoid', level: 'high', triggered: true });
  });
});

describe('risk register: the review section', () => {
  it('triggered warnings and high risks, in §11.10’s shape; blank IDs named by sheet and row', () => {
    const input = {
      records: records([
        ours([
          SUPPLY,
          { ...SUPPLY, id: null, risk: '数据安全新规', trigger: '≥', threshold: 5, current: 3 },
          { ...SUPPLY, id: 'RK-003', likelihood: 1, current: 20 },
          { ...SUPPLY, id: 'RK-004', status: '已关闭' },
        ]),
      ]),
      present: true,
      month: '2026-02',
      options: ZH,
    };
    const section = RISKS.review!.build(input);
    expect(section).toEqual({
      triggered: [
        { id: 'RK-001', risk: '核心供应商断供', indicator: '库存天数', threshold: 10, current: 8 },
      ],
      high: ['RK-001', '风险登记表!3'],
    });
    expect(RISKS.review!.lines(section!, input)).toEqual([
      '风险（截至 2026-02-20，不限本月）：',
      '预警：RK-001 核心供应商断供（库存天数 当前 8，阈值 10）',
      '高风险：RK-001、风险登记表!3',
    ]);
    expect(RISKS.review!.card(section!, input).figures).toEqual([
      { label: '已触发预警', value: '1' },
      { label: '高风险', value: '2' },
    ]);
  });
});

describe('risk register: inserted', () => {
  it('a risk per category, live score and level, triggered rows highlighted', () => {
    const plan = planSheet(RISKS, 'zh-CN', { withSample: true });
    const at = (key: string) => KEYS.indexOf(key);
    expect(new Set(plan.rows.map((row) => (row[at('category')] as { text: string }).text))).toEqual(
      new Set(['市场', '政策', '技术', '人员', '其他']),
    );
    expect(plan.rows[0]?.[at('score')]).toEqual({
      kind: 'formula',
      formula: expect.stringContaining('$D2*$E2'),
    });
    expect(plan.rows[0]?.[at('level')]).toEqual({
      kind: 'formula',
      formula: expect.stringContaining('"高"'),
    });
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ kind: 'warningTriggered' }),
    ]);
  });
});
