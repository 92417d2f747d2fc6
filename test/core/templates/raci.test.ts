/** SPEC §11.7 the RACI matrix as a template: roles as columns, checks on their cells, recognition, highlight. */
import { planSheet, readWorkbook, type EngineOptions, type Grid } from '../../../src/core';
import { RACI } from '../../../src/core/templates/raci';
import type { RaciRecord } from '../../../src/core/templates/raci/record';

const ZH: EngineOptions = { today: '2026-02-20', locale: 'zh-CN' };
const EN: EngineOptions = { today: '2026-02-20', locale: 'en-US' };
const HEADER_ZH = RACI.columns.map((column) => column.header['zh-CN']);
const HEADER_EN = RACI.columns.map((column) => column.header['en-US']);

const sheet = (cells: unknown[][], tableName?: string, sheetName = '项目责任矩阵'): Grid => ({
  sheetName,
  cells,
  origin: { row: 0, column: 0 },
  ...(tableName ? { tableName } : {}),
});
const ours = (rows: unknown[][], header: unknown[] = HEADER_ZH): Grid =>
  sheet([header, ...rows], 'OpsRaci');
const read = (grids: Grid[], options = ZH) => readWorkbook(grids, options, [RACI]);
const codes = (grids: Grid[], options = ZH) =>
  read(grids, options).issues.map(({ cell, code }) => `${cell} ${code}`);
const records = (grids: Grid[]) =>
  (read(grids).records.get('raci' as never) ?? []) as readonly RaciRecord[];

describe('RACI matrix: the handbook example and its rules', () => {
  it('活动策划: R 市场部, A 销售总监, C 产品部, I 全体员工 passes', () => {
    expect(codes([ours([['活动策划', 'R', 'A', 'C', 'I']])])).toEqual([]);
    expect(records([ours([['活动策划', 'R', 'A', 'C', 'I']])])[0]).toMatchObject({
      task: '活动策划',
      accountable: 1,
      responsible: 1,
      roles: [
        { role: '市场部', letters: ['R'] },
        { role: '销售总监', letters: ['A'] },
        { role: '产品部', letters: ['C'] },
        { role: '全体员工', letters: ['I'] },
      ],
    });
  });

  it('raci-no-accountable, raci-many-accountable, raci-no-responsible on the task cell', () => {
    expect(
      codes([
        ours([
          ['无人审批', 'R', 'C', 'I', 'I'],
          ['两人审批', 'R', 'A', 'A', 'I'],
          ['无人负责', 'C', 'A', 'I', ''],
        ]),
      ]),
    ).toEqual(['A2 raci-no-accountable', 'A3 raci-many-accountable', 'A4 raci-no-responsible']);
  });

  it('messages name the task and, for many A, the roles, in both languages', () => {
    const rows = [['两人审批', 'R', 'A', 'A/R', 'I']];
    expect(read([ours(rows)]).issues[0]?.message).toBe(
      '任务“两人审批”有 2 个审批人（A）：销售总监、产品部，每项任务应恰有一个 A',
    );
    expect(read([ours(rows, HEADER_EN)], EN).issues[0]?.message).toBe(
      'Task "两人审批" has 2 Accountable roles (A): Sales director, Product; each task needs exactly one',
    );
  });

  it('combined cells count for each letter: A/R, R、A, AR, 负责/审批', () => {
    expect(
      codes([
        ours([
          ['自负其责', 'A/R', 'C', '', ''],
          ['顿号', 'R、A', '', 'I', ''],
          ['连写', 'AR', '', '', ''],
          ['中文', '负责', '审批', '咨询', '知会'],
          ['中文组合', '负责/审批', '', '告知', ''],
        ]),
      ]),
    ).toEqual([]);
  });

  it('invalid-raci on the role’s own cell; the task is still judged by its valid cells', () => {
    expect(codes([ours([['活动策划', 'R', 'A', 'X', '待定']])])).toEqual([
      'D2 invalid-raci',
      'E2 invalid-raci',
    ]);
    expect(read([ours([['活动策划', 'R', 'A', 'X', '']])], EN).issues[0]?.field).toBe('role');
  });

  it('missing-name: roles filled on a row without a task', () => {
    expect(codes([ours([[null, 'R', 'A', '', '']])])).toEqual(['A2 missing-name']);
  });
});

describe('RACI matrix: roles are whatever the team names, as many as it has', () => {
  it('our table with renamed and added roles, before any letter is typed', () => {
    const renamed = ours(
      [['季度预算', '', '', '', '', '']],
      ['任务/活动', '运营部', '财务部', '总经理', '法务部', '全体员工'],
    );
    expect(codes([renamed])).toEqual(['A2 raci-no-accountable', 'A2 raci-no-responsible']);
    const [found] = read([renamed]).sheets;
    expect(found).toMatchObject({ kind: 'raci', ours: true });
  });

  it('a team’s matrix recognised by its content (title row, own role names, Traditional)', () => {
    const team = sheet(
      [
        ['專案責任矩陣', null, null, null, null],
        ['工作事項', '營運部', '財務部', '總經理', '備註'],
        ['季度預算', '負責', '諮詢', '審批', '九月前'],
        ['供應商評估', 'A/R', '知會', '', ''],
        ['年會籌備', 'A', 'I', 'A/R', ''],
      ],
      undefined,
      '責任矩陣',
    );
    expect(read([team]).sheets).toEqual([
      { sheet: '責任矩陣', kind: 'raci', ours: false, headerRow: 2, rows: 3 },
    ]);
    expect(codes([team])).toEqual(['A5 raci-many-accountable']);
    expect(records([team])[1]?.roles.map((role) => role.role)).toEqual(['營運部', '財務部']);
  });

  it('an English team matrix with many roles', () => {
    const team = sheet([
      ['Deliverable', 'PM', 'Dev', 'QA', 'Ops', 'Legal', 'Sales', 'CEO'],
      ['Launch plan', 'A', 'R', 'C', 'C', 'I', 'I', 'I'],
      ['Contract', 'C', '', '', '', 'R', 'R', 'A'],
    ]);
    expect(read([team]).sheets[0]?.kind).toBe('raci');
    expect(codes([team])).toEqual([]);
  });
});

describe('RACI matrix: inserted', () => {
  it('task then the handbook’s four roles, the handbook example first, the highlight over the row', () => {
    const plan = planSheet(RACI, 'zh-CN', { withSample: true });
    expect(plan.tableName).toBe('OpsRaci');
    expect(plan.columns.map((column) => column.header)).toEqual([
      '任务/活动',
      '市场部',
      '销售总监',
      '产品部',
      '全体员工',
    ]);
    expect(plan.rows[0]).toEqual(
      ['活动策划', 'R', 'A', 'C', 'I'].map((text) => ({ kind: 'text', text })),
    );
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ kind: 'accountabilityGap', firstColumn: 0, lastColumn: 4 }),
    ]);
    expect(plan.conditionalFormats[0]?.formula).toContain('$B2:$E2');
  });

  it('facts: a task row without exactly one A', () => {
    const [sound, gap] = records([
      ours([
        ['活动策划', 'R', 'A', 'C', 'I'],
        ['无人审批', 'R', '', '', ''],
      ]),
    ]);
    expect(RACI.facts!(sound!, ZH)).toEqual({ accountabilityGap: false });
    expect(RACI.facts!(gap!, ZH)).toEqual({ accountabilityGap: true });
  });
});
