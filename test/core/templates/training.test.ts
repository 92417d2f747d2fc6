/** SPEC §11.6 the training evaluation as a template: reading, checks with cells, review section, sample. */
import { planSheet, readWorkbook, type EngineOptions, type Grid } from '../../../src/core';
import { TRAINING } from '../../../src/core/templates/training';
import type { TrainingRecord } from '../../../src/core/templates/training/record';
import { dayToSerial as day } from '../../../src/core/values/calendar';

const ZH: EngineOptions = { today: '2026-02-20', locale: 'zh-CN' };
const EN: EngineOptions = { today: '2026-02-20', locale: 'en-US' };

const HEADER_ZH = TRAINING.columns.map((column) => column.header['zh-CN']);
const HEADER_EN = TRAINING.columns.map((column) => column.header['en-US']);

const sheet = (cells: unknown[][], tableName?: string, sheetName = '培训效果评估表'): Grid => ({
  sheetName,
  cells,
  origin: { row: 0, column: 0 },
  ...(tableName ? { tableName } : {}),
});

const ours = (rows: unknown[][], header = HEADER_ZH): Grid =>
  sheet([header, ...rows], 'OpsTraining');

const read = (grids: Grid[], options = ZH) => readWorkbook(grids, options, [TRAINING]);
const records = (grids: Grid[]) =>
  (read(grids).records.get('training' as never) ?? []) as readonly TrainingRecord[];
const codes = (grids: Grid[], options = ZH) =>
  read(grids, options).issues.map(({ cell, code, severity }) => ({ cell, code, severity }));

const HANDBOOK = [
  '新员工入职培训',
  '*HR经理',
  day('2026-01-20'),
  day('2026-01-16'),
  12,
  4.2,
  '85分',
  '增加公司案例分享环节',
];

describe('training evaluation: reading', () => {
  it('reads the handbook row (新员工入职培训 · *HR经理 · 4.2 · 85分) without an issue', () => {
    expect(codes([ours([HANDBOOK])])).toEqual([]);
    expect(records([ours([HANDBOOK])])).toEqual([
      {
        sheet: '培训效果评估表',
        row: 2,
        topic: '新员工入职培训',
        trainer: '*HR经理',
        heldOn: '2026-01-20',
        notifiedOn: '2026-01-16',
        trainees: 12,
        satisfaction: 4.2,
        score: 85,
        suggestions: '增加公司案例分享环节',
      },
    ]);
  });

  it('recognises a team’s sheet by its headers: the handbook’s own, Traditional and English', () => {
    const handbook = sheet(
      [
        ['培训效果评估'],
        ['培训主题', '讲师', '满意度(1-5分)', '考核成绩', '建议收集'],
        ['新员工入职培训', '*HR经理', 4.2, '85分', '增加案例'],
      ],
      undefined,
      '培训',
    );
    const traditional = sheet(
      [
        ['培訓主題', '講師', '培訓日期', '滿意度', '考核成績', '建議收集'],
        ['新人培訓', '王*', '2026/1/8', '4', '90', ''],
      ],
      undefined,
      '培訓',
    );
    const english = sheet(
      [
        ['Course', 'Instructor', 'Date', 'Satisfaction (1-5)', 'Score', 'Feedback'],
        ['Onboarding', 'Li', '2026-01-08', 4.5, 88, ''],
      ],
      undefined,
      'Training',
    );
    expect(read([handbook, traditional, english]).sheets.map((found) => found.kind)).toEqual([
      'training',
      'training',
      'training',
    ]);
    const [first, second, third] = records([handbook, traditional, english]);
    expect([first?.satisfaction, first?.score]).toEqual([4.2, 85]);
    expect([second?.topic, second?.heldOn, second?.score]).toEqual(['新人培訓', '2026-01-08', 90]);
    expect([third?.trainer, third?.satisfaction]).toEqual(['Li', 4.5]);
  });
});

describe('training evaluation: checks, with their cells, in both languages', () => {
  it('notice-late: notified fewer than 3 days before the training (warning on the notice date)', () => {
    const late = [...HANDBOOK];
    late[3] = day('2026-01-18');
    expect(codes([ours([late])])).toEqual([
      { cell: 'D2', code: 'notice-late', severity: 'warning' },
    ]);
    const [zh] = read([ours([late])]).issues;
    expect(zh?.message).toBe(
      '通知日期 2026-01-18 距培训日期 2026-01-20 不足 3 天（应至少提前 3 天通知学员）',
    );
    const [en] = read([ours([late], HEADER_EN)], EN).issues;
    expect(en?.message).toBe(
      'Notified on 2026-01-18, fewer than 3 days before the training on 2026-01-20 (trainees need 3 days’ notice)',
    );
  });

  it('notice-late: notified after the training is late too; 3 days ahead is in time', () => {
    const after = [...HANDBOOK];
    after[3] = day('2026-01-21');
    const inTime = [...HANDBOOK];
    inTime[3] = day('2026-01-17');
    expect(codes([ours([after, inTime])])).toEqual([
      { cell: 'D2', code: 'notice-late', severity: 'warning' },
    ]);
  });

  it('score-out-of-range: satisfaction outside 1–5, score outside 0–100 (errors on their cells)', () => {
    const off = [...HANDBOOK];
    off[5] = 6;
    off[6] = '105分';
    expect(codes([ours([off])])).toEqual([
      { cell: 'F2', code: 'score-out-of-range', severity: 'error' },
      { cell: 'G2', code: 'score-out-of-range', severity: 'error' },
    ]);
    const messages = read([ours([off])]).issues.map((issue) => issue.message);
    expect(messages[0]).toContain('1–5');
    const english = read([ours([off], HEADER_EN)], EN).issues.map((issue) => issue.message);
    expect(english[1]).toContain('0–100');
    expect(records([ours([off])])[0]).toMatchObject({ satisfaction: null, score: null });
  });

  it('invalid-number, invalid-date and missing-name on their cells', () => {
    expect(codes([ours([[null, '李*', '下周', null, '十来个', '很满意', 80, '']])])).toEqual([
      { cell: 'A2', code: 'missing-name', severity: 'error' },
      { cell: 'C2', code: 'invalid-date', severity: 'error' },
      { cell: 'E2', code: 'invalid-number', severity: 'error' },
      { cell: 'F2', code: 'invalid-number', severity: 'error' },
    ]);
  });
});

describe('training evaluation: the review section', () => {
  const month = (rows: unknown[][], present = true) =>
    TRAINING.review!.build({
      records: records([ours(rows)]),
      present,
      month: '2026-01',
      options: ZH,
    });

  it('sessions held in M, average satisfaction and score to two decimals', () => {
    const section = month([
      HANDBOOK,
      ['客户服务礼仪', '张*', day('2026-01-10'), day('2026-01-05'), 20, 4, 85, ''],
      ['数据分析入门', '王*', day('2026-01-25'), day('2026-01-20'), 8, 4.3, null, ''],
      ['二月培训', '王*', day('2026-02-03'), day('2026-01-28'), 8, 1, 10, ''],
    ]);
    expect(section).toEqual({ sessions: 3, averageSatisfaction: 4.17, averageScore: 85 });
    const input = (options: EngineOptions) => ({
      records: [],
      present: true,
      month: '2026-01',
      options,
    });
    expect(TRAINING.review!.lines(section!, input(ZH))).toEqual([
      '培训（2026-01）：3 场，平均满意度 4.17，平均考核成绩 85',
    ]);
    expect(TRAINING.review!.lines(section!, input(EN))).toEqual([
      'Training (2026-01): 3 sessions, average satisfaction 4.17, average score 85',
    ]);
  });

  it('null averages when no session of M has them; no section without the sheet', () => {
    expect(month([['二月培训', '王*', day('2026-02-03'), null, null, null, null, '']])).toEqual({
      sessions: 0,
      averageSatisfaction: null,
      averageScore: null,
    });
    expect(month([], false)).toBeNull();
  });

  it('the pane card shows the three figures and each session of the month', () => {
    const input = {
      records: records([ours([HANDBOOK])]),
      present: true,
      month: '2026-01',
      options: EN,
    };
    const card = TRAINING.review!.card(TRAINING.review!.build(input)!, input);
    expect(card).toEqual({
      title: 'Training (2026-01)',
      figures: [
        { label: 'Sessions', value: '1' },
        { label: 'Average satisfaction', value: '4.2' },
        { label: 'Average score', value: '85' },
      ],
      items: [expect.objectContaining({ at: { sheet: expect.any(String), cell: 'A2' } })],
    });
    expect(card.items[0]?.text).toMatch(/^2026-01-\d\d .+: satisfaction 4\.2, score 85$/);
  });

  it('a card figure with no value shows the dash other cards show; the lines say 无 / none', () => {
    const input = (options: EngineOptions) => ({
      records: records([
        ours([['二月培训', '王*', day('2026-02-03'), null, null, null, null, '']]),
      ]),
      present: true,
      month: '2026-01',
      options,
    });
    const section = TRAINING.review!.build(input(ZH))!;
    expect(TRAINING.review!.card(section, input(ZH)).figures).toEqual([
      { label: '培训场次', value: '0' },
      { label: '平均满意度', value: '—' },
      { label: '平均考核成绩', value: '—' },
    ]);
    expect(TRAINING.review!.card(section, input(EN)).figures.map((f) => f.value)).toEqual([
      '0',
      '—',
      '—',
    ]);
    expect(TRAINING.review!.lines(section, input(ZH))).toEqual([
      '培训（2026-01）：0 场，平均满意度 无，平均考核成绩 无',
    ]);
  });
});

describe('training evaluation: inserted', () => {
  it('with the handbook example as its sample, in both languages', () => {
    const plan = planSheet(TRAINING, 'zh-CN', { withSample: true });
    expect(plan.tableName).toBe('OpsTraining');
    expect(plan.sheetName).toBe('培训效果评估表');
    expect(plan.columns.map((column) => column.header)).toEqual(HEADER_ZH);
    expect(plan.rows[0]?.slice(0, 2)).toEqual([
      { kind: 'text', text: '新员工入职培训' },
      { kind: 'text', text: '*HR经理' },
    ]);
    expect(plan.rows[0]?.[5]).toEqual({ kind: 'number', value: 4.2 });
    expect(plan.rows[0]?.[6]).toEqual({ kind: 'number', value: 85 });
    expect(planSheet(TRAINING, 'en-US').sheetName).toBe('Training Evaluation');
  });
});
