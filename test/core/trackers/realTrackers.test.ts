/**
 * Classes of miss found by reading public trackers, project plans and issue
 * logs with the CLI (see /work/coord/trackers.md): each test is named for the
 * class, with a sheet laid out the way those workbooks are.
 */
import { bindGrid } from '../../../src/core/headers/bind';
import { checkWorkbook, type Grid, type Issue } from '../../../src/core';
import { parsePriority } from '../../../src/core/values/priority';
import { parseStatus } from '../../../src/core/values/status';
import { EN, grid, ZH } from '../grids';

const codes = (issues: readonly Issue[]) =>
  issues.map(({ cell, severity, code }) => ({ cell, severity, code }));

function fields(sheet: Grid): Record<string, number> {
  const binding = bindGrid(sheet);
  return Object.fromEntries(binding ? [...binding.columns] : []);
}

describe('a header naming alternatives binds by its first', () => {
  it('Task / Deliverable is the name, Owner (Role) the owner', () => {
    const plan = grid('PP', [
      ['ID', 'Workstream', 'Task / Deliverable', 'Owner (Role)', 'Start', 'Finish', 'Status'],
      ['T-1', 'Design', 'Game design doc', 'Carlos (Designer)', '2030-09-01', '2030-09-15', 'Done'],
    ]);
    expect(fields(plan)).toMatchObject({ name: 2, owner: 3, start: 4, due: 5, status: 6 });
  });

  it('负责人/执行人 binds as the owner', () => {
    const sheet = grid('计划', [
      ['任务', '负责人/执行人', '截止日期', '状态'],
      ['问卷设计', '张*', '2030-07-15', '进行中'],
    ]);
    expect(fields(sheet)).toMatchObject({ name: 0, owner: 1, due: 2 });
  });

  it('a long header with a slash further on is not bound by its last part', () => {
    const helper = grid('Helper', [
      ['Task', 'Data prep - project start/end', 'Due date', 'Status'],
      ['Launch', 45_000, '2030-07-15', 'Done'],
    ]);
    const bound = fields(helper);
    expect(bound).toMatchObject({ name: 0, due: 2 });
    expect(Object.values(bound)).not.toContain(1);
  });
});

describe('project-plan and issue-log dates: finish, target, opened, actual finish', () => {
  it('Finish is the due date, Estimated start the start, Actual finish the completion date', () => {
    const plan = grid('Plan', [
      ['Task', 'Assigned to', 'Estimated start', 'Finish', 'Actual finish', 'Status'],
      ['Build', 'Ann', '2030-07-01', '2030-07-15', '2030-07-14', 'Done'],
    ]);
    expect(fields(plan)).toMatchObject({ name: 0, owner: 1, start: 2, due: 3, completed: 4 });
  });

  it('an issue log (Title, Opened, Target fix, Closed on) reads as a tracker', () => {
    const log = grid('Issues', [
      ['ID', 'Title', 'Priority (P1-P4)', 'Owner', 'Opened', 'Target Fix', 'Status', 'Closed on'],
      ['BUG-101', 'Crash on load', 'P1', 'Eng', '2030-07-01', '2030-07-02', 'Open', ''],
      [
        'BUG-104',
        'Music loop cuts early',
        'P4',
        'Audio',
        '2030-07-01',
        '2030-07-09',
        'Resolved',
        '2030-07-05',
      ],
    ]);
    expect(fields(log)).toMatchObject({
      name: 1,
      priority: 2,
      owner: 3,
      start: 4,
      due: 5,
      completed: 7,
    });
    expect(checkWorkbook([log], { ...EN, today: '2030-07-01' }).issues).toEqual([]);
  });

  it('目标完成时间 and 提出时间 in a Chinese issue list', () => {
    const log = grid('问题清单', [
      ['问题', '负责人', '提出时间', '目标完成时间', '状态', '解决时间'],
      ['登录失败', '王*', '2030-07-01', '2030-07-10', '已解决', '2030-07-08'],
    ]);
    expect(fields(log)).toMatchObject({ owner: 1, start: 2, due: 3, status: 4, completed: 5 });
  });
});

describe('review and rework statuses are open work, not unknown words', () => {
  it.each([
    'Ready for review',
    'Ready for Final Review',
    'In review',
    'Change is Needed',
    'Changes requested',
    '待审核',
    '评审中',
    '待修改',
    '延期',
    'Delayed',
  ])('%p is in progress', (word) => {
    expect(parseStatus(word)).toEqual({ ok: true, value: 'inProgress' });
  });

  it('a team sheet using them has no invalid-status', () => {
    const sheet = grid('Sheet1', [
      ['Task', 'Status', 'Start date', 'Deadline'],
      ['Intro video', 'Ready for review', '2030-07-01', '2030-07-10'],
      ['Thumbnail', 'Change is Needed', '2030-07-01', '2030-07-10'],
    ]);
    const result = checkWorkbook([sheet], { ...EN, today: '2030-07-02' });
    expect(result.issues.filter((issue) => issue.code === 'invalid-status')).toEqual([]);
  });
});

describe('P0–P4 priority scales', () => {
  it.each([
    ['P0', 'high'],
    ['P1', 'high'],
    ['P2', 'medium'],
    ['P3', 'low'],
    ['P4', 'low'],
  ])('%p is %p', (word, priority) => {
    expect(parsePriority(word)).toEqual({ ok: true, value: priority });
  });
});

describe('a row of formula zeros is no task', () => {
  it('a helper sheet whose copied-down formulas show 0 reports only its real rows', () => {
    const helper = grid('Gantt_Helper', [
      ['TASK', 'ID', 'ASSIGNEE', 'START DATE', 'DUE DATE', 'STATUS'],
      ['Kick-off', 'OP-001', '张*', '2030-07-01', '2030-07-05', 'Done'],
      ...Array.from({ length: 50 }, () => ['', '', '', 0, 0, 0]),
    ]);
    expect(checkWorkbook([helper], { ...ZH, today: '2030-07-02' }).issues).toEqual([]);
  });

  it('a row with a name and zeros is still a task, its zero due date reported', () => {
    const sheet = grid('计划', [
      ['任务', '负责人', '截止日期', '状态'],
      ['问卷设计', '张*', 0, '进行中'],
    ]);
    const found = codes(checkWorkbook([sheet], ZH).issues);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((issue) => issue.cell === 'C2')).toBe(true);
  });
});

describe('issue-tracker exports: their priority scales and queue statuses', () => {
  it.each([
    ['Highest', 'high'],
    ['Blocker', 'high'],
    ['Critical', 'high'],
    ['Urgent', 'high'],
    ['Unbreak Now!', 'high'],
    ['最高', 'high'],
    ['较高', 'high'],
    ['Major', 'medium'],
    ['普通', 'medium'],
    ['Minor', 'low'],
    ['Trivial', 'low'],
    ['Lowest', 'low'],
    ['Wishlist', 'low'],
    ['较低', 'low'],
  ])('priority %p is %p', (word, priority) => {
    expect(parsePriority(word)).toEqual({ ok: true, value: priority });
  });

  it.each([
    ['Backlog', 'notStarted'],
    ['待处理', 'notStarted'],
    ['未处理', 'notStarted'],
    ['Testing', 'inProgress'],
    ['In QA', 'inProgress'],
    ['Reopened', 'inProgress'],
    ['测试中', 'inProgress'],
    ['待验证', 'inProgress'],
    ['重新打开', 'inProgress'],
  ])('status %p is %p', (word, status) => {
    expect(parseStatus(word)).toEqual({ ok: true, value: status });
  });

  it('a 任务清单 exported from an issue tracker has no invalid priority or status', () => {
    const sheet = grid('工作表1', [
      ['任务编号', '任务名称', '负责人', '状态', '优先级', '截止时间', '人员'],
      ['T-1', '登录接口', '王*', 'Backlog', 'Unbreak Now!', '2030-07-10', '王*'],
      ['T-2', '导出报表', '李*', '测试中', 'Wishlist', '2030-07-12', '李*'],
    ]);
    const result = checkWorkbook([sheet], { ...ZH, today: '2030-07-01' });
    expect(result.issues).toEqual([]);
  });
});

describe('人员 and 任务进展 in a Chinese plan', () => {
  it('bind as the owner and the progress note', () => {
    const sheet = grid('开发计划', [
      ['任务名称', '人员', '截止日期', '任务进展'],
      ['需求分析', '荣*', '2030-07-10', '已完成初稿'],
    ]);
    expect(fields(sheet)).toMatchObject({ name: 0, owner: 1, due: 2, progress: 3 });
  });
});
