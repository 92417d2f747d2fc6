/** SPEC §11.7 RACI cells, the per-task rule, and recognising a team's own matrix. */
import { parseRaciCell, parseRaciText } from '../../../src/core/templates/raci/letters';
import { findRaciMatrix } from '../../../src/core/templates/raci/recognise';
import { countRoles, raciTaskProblems } from '../../../src/core/templates/raci/task';

describe('RACI cells', () => {
  it.each([
    ['R', ['R']],
    ['a', ['A']],
    ['A/R', ['R', 'A']],
    ['R、A', ['R', 'A']],
    ['AR', ['R', 'A']],
    ['R，C', ['R', 'C']],
    ['A / R', ['R', 'A']],
    ['负责', ['R']],
    ['審批', ['A']],
    ['批准', ['A']],
    ['咨询', ['C']],
    ['諮詢', ['C']],
    ['知会', ['I']],
    ['知會', ['I']],
    ['告知', ['I']],
    ['负责/审批', ['R', 'A']],
    ['负责审批', ['R', 'A']],
    ['R（负责）', ['R']],
    ['Accountable', ['A']],
    ['Responsible, Informed', ['R', 'I']],
    ['RACI', ['R', 'A', 'C', 'I']],
  ])('%s holds %j', (text, letters) => {
    expect(parseRaciText(text)).toEqual(letters);
  });
  it.each(['X', 'RB', '是', '负责人', 'OK', '审'])(
    'invalid-raci: %s is not a RACI cell',
    (text) => {
      expect(parseRaciCell(text)).toEqual({ ok: false, reason: 'invalid', text });
    },
  );
  it('a blank or a dash means the role has no part', () => {
    for (const value of [null, '', '  ', '-', '—', '/', '无']) {
      expect(parseRaciCell(value)).toEqual({ ok: false, reason: 'blank' });
    }
  });
  it('invalid-raci: a number, a date or a boolean is not a RACI cell', () => {
    expect(parseRaciCell(1).ok).toBe(false);
    expect(parseRaciCell(true)).toEqual({ ok: false, reason: 'invalid', text: 'TRUE' });
  });
});

describe('each task: exactly one A, at least one R', () => {
  const problems = (...cells: string[]): string[] =>
    raciTaskProblems(countRoles(cells.map((cell) => parseRaciText(cell === '' ? 'x' : cell))));
  it('the handbook’s 活动策划 (R 市场部, A 销售总监, C 产品部, I 全体员工) is sound', () => {
    expect(problems('R', 'A', 'C', 'I')).toEqual([]);
  });
  it('raci-no-accountable: no role is accountable', () => {
    expect(problems('R', 'C', 'I')).toEqual(['raci-no-accountable']);
  });
  it('raci-many-accountable: two roles are accountable', () => {
    expect(problems('A/R', 'A', 'I')).toEqual(['raci-many-accountable']);
  });
  it('raci-no-responsible: nobody does the work', () => {
    expect(problems('A', 'C', 'I')).toEqual(['raci-no-responsible']);
  });
  it('a combined A/R cell counts for both', () => {
    expect(problems('A/R', 'C')).toEqual([]);
    expect(problems('R、A', '')).toEqual([]);
  });
  it('an empty row of roles lacks both', () => {
    expect(raciTaskProblems(countRoles([null, null]))).toEqual([
      'raci-no-accountable',
      'raci-no-responsible',
    ]);
  });
});

describe('recognising a team’s matrix by its content', () => {
  it('a title row, a task column and renamed role columns', () => {
    const cells = [
      ['项目责任矩阵', null, null, null, null, null],
      ['序号', '工作事项', '运营部', '财务部', '总经理', '备注'],
      [1, '季度预算', 'R', 'C', 'A', '9月前'],
      [2, '供应商评估', 'A/R', 'I', '', ''],
      [null, null, null, null, null, null],
      [3, '年会筹备', '负责', '咨询', '审批', '待定'],
    ];
    expect(findRaciMatrix(cells)).toEqual({ headerRow: 1, taskColumn: 1, roleColumns: [2, 3, 4] });
  });
  it('any number of roles, and a task column found by position when its header is unusual', () => {
    const roles = Array.from({ length: 9 }, (_, i) => `角色${i + 1}`);
    const cells = [
      ['内容', ...roles],
      ['上线验收', 'A', 'R', 'C', 'I', 'I', 'I', 'C', 'R', ''],
      ['培训', 'R', 'A', '', '', 'I', '', '', '', 'C'],
    ];
    expect(findRaciMatrix(cells)).toEqual({
      headerRow: 0,
      taskColumn: 0,
      roleColumns: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    });
  });
  it('mostly letters is enough: a stray note does not hide a role', () => {
    const cells = [
      ['Task', 'Sales', 'Ops'],
      ['Launch', 'R', 'A'],
      ['Budget', 'A', 'R'],
      ['Audit', 'ask Li', 'R/A'],
    ];
    expect(findRaciMatrix(cells)?.roleColumns).toEqual([1, 2]);
  });
  it('a task tracker is no matrix', () => {
    const cells = [
      ['任务ID', '任务名称', '负责人', '截止日期', '优先级', '当前状态'],
      ['OP-001', '调研', '张*', '2023-07-15', '高', '进行中'],
      ['OP-002', '培训', '李*', '2023-07-20', '中', '待启动'],
    ];
    expect(findRaciMatrix(cells)).toBeNull();
  });
  it('one column of letters is not a matrix; nor are columns of only C and I', () => {
    expect(
      findRaciMatrix([
        ['Task', 'Owner', 'Notes'],
        ['Launch', 'R', 'soon'],
      ]),
    ).toBeNull();
    expect(
      findRaciMatrix([
        ['Task', 'Legal', 'Staff'],
        ['Launch', 'C', 'I'],
        ['Budget', 'I', 'C'],
      ]),
    ).toBeNull();
  });
});
