/**
 * SPEC §9 the template-module contract: a module declared only as data plus
 * hooks is read, checked, planned and highlighted by the generic machinery.
 * The module here is a test's own (not registered), exercising every piece a
 * process-pack template relies on.
 */
import {
  defineCatalog,
  defineTemplate,
  issueMessage,
  planSheet,
  readWorkbook,
  type Grid,
  type RecordBase,
} from '../../src/core';
import { issueCodeOwners } from '../../src/core/templates/catalogue';
import { MODULES, TEMPLATES } from '../../src/core/templates/registry';
import { grid, ZH } from './grids';

const ISSUES = defineCatalog(
  { 'invalid-tier': '无法识别的客户等级：“{value}”', 'duplicate-pair': '同一项目重复：“{value}”' },
  { 'invalid-tier': 'Unknown tier: "{value}"', 'duplicate-pair': 'Repeated: "{value}"' },
);

interface MilestoneLike extends RecordBase {
  readonly project: string;
  readonly tier: string | null;
  readonly score: number | null;
  readonly planned: string | null;
  readonly actual: string | null;
}

const PROBE = defineTemplate({
  kind: 'probe',
  tableName: 'OpsProbe',
  sheetName: { 'zh-CN': '探针', 'en-US': 'Probe' },
  purpose: { 'zh-CN': '测试', 'en-US': 'Test' },
  group: 'projects',
  columns: [
    {
      key: 'project',
      header: { 'zh-CN': '项目名称', 'en-US': 'Project' },
      type: 'text',
      required: true,
      width: 20,
      numberFormat: '@',
      fillDown: 'always',
      blank: { code: 'missing-name', severity: 'error' },
    },
    {
      key: 'tier',
      header: { 'zh-CN': '客户等级', 'en-US': 'Tier' },
      type: 'choice',
      required: false,
      width: 8,
      numberFormat: '@',
      choice: {
        values: ['vip', 'standard'],
        labels: {
          'zh-CN': { vip: 'VIP', standard: '普通' },
          'en-US': { vip: 'VIP', standard: 'Standard' },
        },
        words: { 重要: 'vip', 重点: 'vip' },
      },
      invalid: { code: 'invalid-tier', severity: 'error' },
    },
    {
      key: 'score',
      header: { 'zh-CN': '满意度', 'en-US': 'Satisfaction' },
      type: 'number',
      required: false,
      width: 8,
      numberFormat: '0.0',
      range: { min: 1, max: 5, rule: { code: 'score-out-of-range', severity: 'error' } },
      synonyms: { words: ['满意度（1–5分）', 'Score'] },
    },
    {
      key: 'planned',
      header: { 'zh-CN': '计划完成时间', 'en-US': 'Planned' },
      type: 'date',
      required: true,
      width: 12,
      numberFormat: 'yyyy-mm-dd',
    },
    {
      key: 'actual',
      header: { 'zh-CN': '实际完成时间', 'en-US': 'Actual' },
      type: 'date',
      required: false,
      width: 12,
      numberFormat: 'yyyy-mm-dd',
    },
    {
      key: 'deviation',
      header: { 'zh-CN': '进度偏差', 'en-US': 'Deviation' },
      type: 'text',
      required: false,
      width: 12,
      numberFormat: '@',
      formula: ({ ref }) => `=IF(ISNUMBER(${ref('actual')}),${ref('actual')}-${ref('planned')},"")`,
    },
  ],
  spans: [{ start: 'planned', end: 'actual' }],
  recognition: { required: ['project', 'planned'] },
  issues: ISSUES,
  sample: {
    'zh-CN': [{ project: '客户管理系统上线', tier: 'VIP', score: 4, planned: '2023-09-20' }],
    'en-US': [{ project: 'CRM launch', tier: 'VIP', score: 4, planned: '2023-09-20' }],
  },
  reading: {
    record: ({ sheet, row, values }): MilestoneLike => ({
      sheet,
      row,
      project: values.text('project'),
      tier: values.choice('tier'),
      score: values.number('score'),
      planned: values.date('planned'),
      actual: values.date('actual'),
    }),
    afterAll(rows) {
      const seen = new Set<string>();
      for (const { record, report } of rows) {
        const key = `${record.project}|${record.planned}`;
        if (seen.has(key)) report('project', 'error', 'duplicate-pair', { value: record.project });
        seen.add(key);
      }
    },
  },
});

const HEADER = [
  '项目名称',
  '客户等级',
  '满意度（1–5分）',
  '计划完成时间',
  '实际完成时间',
  '进度偏差',
];

/** A team's sheet of the kind (our own table would also report days typed as text). */
function probeGrid(rows: unknown[][]): Grid {
  return grid('探针', [HEADER, ...rows]);
}

const read = (rows: unknown[][]) => readWorkbook([probeGrid(rows)], ZH, [PROBE]);

describe('the template-module contract', () => {
  it('reads a row by its declaration: choices with synonyms, numbers as typed, dates', () => {
    const reading = read([['客户管理系统上线', '重点', '４.５', '2023-09-20', '2023/9/22', '']]);
    expect(reading.issues).toEqual([]);
    expect(reading.records.get('probe' as never)).toEqual([
      {
        sheet: '探针',
        row: 2,
        project: '客户管理系统上线',
        tier: 'vip',
        score: 4.5,
        planned: '2023-09-20',
        actual: '2023-09-22',
      },
    ]);
  });

  it('fillDown: a blank cell under a filled one takes its value (and is not reported)', () => {
    const reading = read([
      ['客户管理系统上线', 'VIP', 4, '2023-09-01', null, null],
      [null, 'VIP', 4, '2023-09-20', null, null],
    ]);
    expect(reading.issues).toEqual([]);
    expect(reading.records.get('probe' as never)?.map((r) => (r as MilestoneLike).project)).toEqual(
      ['客户管理系统上线', '客户管理系统上线'],
    );
  });

  it('reports a choice outside its list with the template’s own code and message', () => {
    const [issue] = read([['A', '金牌', 4, '2023-09-01', null, null]]).issues;
    expect(issue).toMatchObject({ cell: 'B2', code: 'invalid-tier', severity: 'error' });
    expect(issue?.message).toBe('无法识别的客户等级：“金牌”');
  });

  it('reports a number outside its range, and text that is no number', () => {
    const issues = read([
      ['A', 'VIP', 6, '2023-09-01', null, null],
      ['B', 'VIP', '很好', '2023-09-01', null, null],
    ]).issues;
    expect(issues.map(({ cell, code }) => ({ cell, code }))).toEqual([
      { cell: 'C2', code: 'score-out-of-range' },
      { cell: 'C3', code: 'invalid-number' },
    ]);
  });

  it('checks the order of a declared span', () => {
    const [issue] = read([['A', 'VIP', 4, '2023-09-20', '2023-09-01', null]]).issues;
    expect(issue).toMatchObject({ cell: 'E2', field: 'actual', code: 'due-before-start' });
  });

  it('runs the after-all-rows hook with a reporter bound to each row', () => {
    const issues = read([
      ['A', 'VIP', 4, '2023-09-01', null, null],
      ['A', 'VIP', 4, '2023-09-01', null, null],
    ]).issues;
    expect(issues).toEqual([expect.objectContaining({ cell: 'A3', code: 'duplicate-pair' })]);
  });

  it('text-date: a day typed as text in our own table is a warning', () => {
    const ours = grid(
      '探针',
      [HEADER, ['A', 'VIP', 4, '2023.09.01', null, null]],
      undefined,
      'OpsProbe2',
    );
    expect(readWorkbook([ours], ZH, [PROBE]).issues).toEqual([
      expect.objectContaining({ cell: 'D2', code: 'text-date', severity: 'warning' }),
    ]);
  });

  it('never checks a live formula column', () => {
    expect(read([['A', 'VIP', 4, '2023-09-01', null, '#VALUE!']]).issues).toEqual([]);
  });

  it('recognises a team’s sheet of the kind by its header words', () => {
    const team = grid('项目', [['项目进度'], HEADER, ['A', 'VIP', 4, '2023-09-01', null, null]]);
    expect(readWorkbook([team], ZH, [PROBE]).sheets).toEqual([
      { sheet: '项目', kind: 'probe', ours: false, headerRow: 2, rows: 1 },
    ]);
  });
});

interface MatrixRow extends RecordBase {
  readonly task: string;
  readonly roles: readonly string[];
}

/** A RACI-like module: recognised by content, any number of role columns. */
const MATRIX = defineTemplate({
  kind: 'matrix',
  tableName: 'OpsMatrix',
  sheetName: { 'zh-CN': '矩阵', 'en-US': 'Matrix' },
  purpose: { 'zh-CN': '测试', 'en-US': 'Test' },
  group: 'projects',
  columns: [
    {
      key: 'task',
      header: { 'zh-CN': '任务/活动', 'en-US': 'Task' },
      type: 'text',
      required: true,
      width: 20,
      numberFormat: '@',
      blank: { code: 'missing-name', severity: 'error' },
    },
  ],
  binder(cells, searchRows) {
    for (let index = 0; index < searchRows; index += 1) {
      const header = cells.cells[index] ?? [];
      const body = cells.cells.slice(index + 1);
      const dynamic = header
        .map((text, column) => ({ header: String(text ?? ''), column }))
        .filter(
          ({ column }) =>
            column > 0 && body.every((row) => /^[RACI]*$/.test(String(row[column] ?? ''))),
        );
      if (dynamic.length >= 2)
        return {
          headerRowIndex: index,
          columns: new Map([['task', 0]]),
          rangeColumn: null,
          dynamic,
        };
    }
    return null;
  },
  reading: {
    record: ({ sheet, row, binding, cellAt }): MatrixRow => ({
      sheet,
      row,
      task: String(cellAt(0) ?? ''),
      roles: (binding.dynamic ?? []).map(
        ({ header, column }) => `${header}:${String(cellAt(column) ?? '')}`,
      ),
    }),
  },
});

describe('working days in a template', () => {
  const DEADLINES = defineTemplate({
    kind: 'deadlines',
    tableName: 'OpsDeadlines',
    sheetName: PROBE.sheetName,
    purpose: PROBE.purpose,
    group: PROBE.group,
    columns: PROBE.columns,
    recognition: PROBE.recognition,
    reading: {
      record: ({ sheet, row, values, addWorkingDaysAt }) => {
        const planned = values.date('planned');
        return {
          sheet,
          row,
          due: planned === null ? null : addWorkingDaysAt('planned')(planned, 1),
        };
      },
    },
  });

  it('counts Monday–Friday without a calendar and reports the uncovered year once, on the first cell', () => {
    const reading = readWorkbook(
      [
        probeGrid([
          ['A', 'VIP', 4, '2026-02-13', null, null],
          ['B', 'VIP', 4, '2026-02-20', null, null],
        ]),
      ],
      ZH,
      [DEADLINES],
    );
    expect(reading.records.get('deadlines' as never)).toEqual([
      { sheet: '探针', row: 2, due: '2026-02-16' },
      { sheet: '探针', row: 3, due: '2026-02-23' },
    ]);
    expect(reading.issues).toEqual([
      expect.objectContaining({ cell: 'D2', code: 'calendar-not-covered', severity: 'warning' }),
    ]);
  });
});

describe('a template recognised by content', () => {
  it('binds its dynamic columns and reads them', () => {
    const sheet = grid('分工', [
      ['活动', '市场部', '销售总监', '产品部'],
      ['活动策划', 'R', 'A', 'C'],
    ]);
    const reading = readWorkbook([sheet], ZH, [PROBE, MATRIX]);
    expect(reading.sheets).toEqual([
      { sheet: '分工', kind: 'matrix', ours: false, headerRow: 1, rows: 1 },
    ]);
    expect(reading.records.get('matrix' as never)).toEqual([
      { sheet: '分工', row: 2, task: '活动策划', roles: ['市场部:R', '销售总监:A', '产品部:C'] },
    ]);
  });
});

describe('the registry', () => {
  it('lists each kind and table name once', () => {
    const kinds = TEMPLATES.map((template) => template.kind);
    const tables = TEMPLATES.map((template) => template.tableName.toLowerCase());
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(new Set(tables).size).toBe(tables.length);
  });

  it('gives every issue code one owner and a message in both languages', () => {
    const codes = issueCodeOwners().map((owner) => owner.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(issueMessage('zh-CN', code as never)).not.toBe(code);
      expect(issueMessage('en-US', code as never)).not.toBe(code);
    }
  });

  it.each(MODULES.map((template) => [template.kind, template] as const))(
    '%s: its columns have unique keys, both headers, and its recognition names declared fields',
    (_kind, template) => {
      const keys = template.columns.map((column) => column.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const column of template.columns) {
        expect(column.header['zh-CN']).not.toBe('');
        expect(column.header['en-US']).not.toBe('');
      }
      for (const field of template.recognition?.required ?? []) expect(keys).toContain(field);
    },
  );
});

describe('planning a module', () => {
  it('writes each live formula into every data row, with the row’s own references', () => {
    const plan = planSheet({ ...PROBE, sample: { 'zh-CN': [{}, {}], 'en-US': [] } }, 'zh-CN', {
      withSample: true,
    });
    expect(plan.rows.map((row) => row[5])).toEqual([
      { kind: 'formula', formula: '=IF(ISNUMBER($E2),$E2-$D2,"")' },
      { kind: 'formula', formula: '=IF(ISNUMBER($E3),$E3-$D3,"")' },
    ]);
    expect(plan.columns[5]?.validation).toBeUndefined();
  });

  it('leaves out a field that is only read from teams’ sheets (inserted: false)', () => {
    const [first, ...rest] = PROBE.columns;
    const plan = planSheet(
      { ...PROBE, columns: [first!, { ...rest[0]!, inserted: false }, ...rest.slice(1)] },
      'zh-CN',
    );
    expect(plan.columns.map((column) => column.key)).toEqual([
      'project',
      'score',
      'planned',
      'actual',
      'deviation',
    ]);
    expect(plan.rows[0]?.[4]).toEqual({
      kind: 'formula',
      formula: '=IF(ISNUMBER($D2),$D2-$C2,"")',
    });
  });

  it('inserts the handbook sample with days as dates and choices as dropdowns', () => {
    const plan = planSheet(PROBE, 'zh-CN', { withSample: true });
    expect(plan.rows[0]?.slice(0, 4)).toEqual([
      { kind: 'text', text: '客户管理系统上线' },
      { kind: 'text', text: 'VIP' },
      { kind: 'number', value: 4 },
      { kind: 'date', day: '2023-09-20' },
    ]);
    expect(plan.columns[1]?.validation).toMatchObject({ kind: 'list', values: ['VIP', '普通'] });
    expect(planSheet(PROBE, 'zh-CN').rows).toHaveLength(1);
  });
});
