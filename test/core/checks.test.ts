/** SPEC §3 checks: each code, its severity, its cell and its message. */
import { checkWorkbook, readWorkbook, type Issue } from '../../src/core';
import {
  CLEAN_ITEM,
  CLEAN_TASK,
  EN,
  grid,
  headers,
  letterOf,
  teamCollabLog,
  tracker,
  teamTracker,
  ZH,
} from './grids';

const issuesOf = (rows: Record<string, unknown>[], options = ZH): Issue[] =>
  checkWorkbook([teamTracker(rows)], options).issues as Issue[];
const only = (issues: readonly Issue[]) =>
  issues.map(({ cell, field, severity, code }) => ({ cell, field, severity, code }));
const T = (key: string) => letterOf('tracker', key);
const C = (key: string) => letterOf('collab', key);

describe('task tracker checks', () => {
  it('a clean task has no issue', () => {
    expect(issuesOf([CLEAN_TASK])).toEqual([]);
  });

  it('missing-id: a blank ID is a warning on the ID cell', () => {
    expect(only(issuesOf([{ ...CLEAN_TASK, id: '' }]))).toEqual([
      { cell: `${T('id')}2`, field: 'id', severity: 'warning', code: 'missing-id' },
    ]);
  });

  it('duplicate-id: every repeat after the first is an error', () => {
    const issues = issuesOf([CLEAN_TASK, { ...CLEAN_TASK }, { ...CLEAN_TASK, id: 'op-001' }]);
    expect(only(issues)).toEqual([
      { cell: 'A3', field: 'id', severity: 'error', code: 'duplicate-id' },
      { cell: 'A4', field: 'id', severity: 'error', code: 'duplicate-id' },
    ]);
    expect(issues[0]?.message).toBe('ID“OP-001”与第 2 行重复');
  });

  it('duplicate-id: a repeat on another task sheet of the workbook is a warning', () => {
    const result = checkWorkbook(
      [teamTracker([CLEAN_TASK], '一组'), teamTracker([CLEAN_TASK, CLEAN_TASK], '二组')],
      ZH,
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        sheet: '二组',
        cell: 'A2',
        severity: 'warning',
        code: 'duplicate-id',
        message: 'ID“OP-001”与“一组”第 2 行重复',
      }),
      expect.objectContaining({
        sheet: '二组',
        cell: 'A3',
        severity: 'error',
        code: 'duplicate-id',
        message: 'ID“OP-001”与第 2 行重复',
      }),
    ]);
  });

  it('id-format: an ID that is not PREFIX-NNN is a warning; full-width IDs are normalised first', () => {
    expect(only(issuesOf([{ ...CLEAN_TASK, id: '001' }]))).toEqual([
      { cell: 'A2', field: 'id', severity: 'warning', code: 'id-format' },
    ]);
    expect(issuesOf([{ ...CLEAN_TASK, id: 'ＯＰ－００２' }])).toEqual([]);
  });

  it('missing-name: a blank task name is an error', () => {
    expect(only(issuesOf([{ ...CLEAN_TASK, name: ' ' }]))).toEqual([
      { cell: `${T('name')}2`, field: 'name', severity: 'error', code: 'missing-name' },
    ]);
  });

  it('missing-department: a blank department is a warning', () => {
    expect(only(issuesOf([{ ...CLEAN_TASK, department: null }]))).toEqual([
      {
        cell: `${T('department')}2`,
        field: 'department',
        severity: 'warning',
        code: 'missing-department',
      },
    ]);
  });

  it('unassigned: an open task with no owner (blank or placeholder) is a warning', () => {
    for (const owner of ['', '待定', 'TBD', '-', 'N/A']) {
      expect(only(issuesOf([{ ...CLEAN_TASK, owner }]))).toEqual([
        { cell: `${T('owner')}2`, field: 'owner', severity: 'warning', code: 'unassigned' },
      ]);
    }
  });

  it('unassigned: a done or cancelled task needs no owner', () => {
    expect(issuesOf([{ ...CLEAN_TASK, owner: '', status: '已取消' }])).toEqual([]);
    expect(
      issuesOf([{ ...CLEAN_TASK, owner: '', status: '已完成', completed: '2023-07-20' }]),
    ).toEqual([]);
  });

  it('invalid-date: an unparseable start is an error on the start cell', () => {
    const issues = issuesOf([{ ...CLEAN_TASK, start: '下周' }]);
    expect(only(issues)).toEqual([
      { cell: `${T('start')}2`, field: 'start', severity: 'error', code: 'invalid-date' },
    ]);
    expect(issues[0]?.message).toBe('无法识别的日期：“下周”');
  });

  it('invalid-date: an unparseable due date is an error (2023-02-30, 下周)', () => {
    for (const due of ['2023-02-30', '下周']) {
      expect(only(issuesOf([{ ...CLEAN_TASK, due }]))).toEqual([
        { cell: `${T('due')}2`, field: 'due', severity: 'error', code: 'invalid-date' },
      ]);
    }
  });

  it('missing-due: a blank due date is an error, and so is one not set yet (待定, TBD)', () => {
    for (const due of [null, '待定', 'TBD'])
      expect(only(issuesOf([{ ...CLEAN_TASK, due }]))).toEqual([
        { cell: `${T('due')}2`, field: 'due', severity: 'error', code: 'missing-due' },
      ]);
  });

  it('due-before-start: due earlier than start is an error on the due cell', () => {
    const issues = issuesOf([{ ...CLEAN_TASK, start: '2023-07-10', due: '2023-07-09' }]);
    expect(only(issues)).toEqual([
      { cell: `${T('due')}2`, field: 'due', severity: 'error', code: 'due-before-start' },
    ]);
    expect(issues[0]?.message).toBe('截止日期早于开始日期');
  });

  it('invalid-priority: other text is an error; missing-priority: blank is a warning', () => {
    expect(only(issuesOf([{ ...CLEAN_TASK, priority: '超高' }]))).toEqual([
      { cell: `${T('priority')}2`, field: 'priority', severity: 'error', code: 'invalid-priority' },
    ]);
    expect(only(issuesOf([{ ...CLEAN_TASK, priority: '' }]))).toEqual([
      {
        cell: `${T('priority')}2`,
        field: 'priority',
        severity: 'warning',
        code: 'missing-priority',
      },
    ]);
  });

  it('invalid-status: other text is an error; missing-status: blank is a warning', () => {
    expect(only(issuesOf([{ ...CLEAN_TASK, status: '搞定' }]))).toEqual([
      { cell: `${T('status')}2`, field: 'status', severity: 'error', code: 'invalid-status' },
    ]);
    expect(only(issuesOf([{ ...CLEAN_TASK, status: '' }]))).toEqual([
      { cell: `${T('status')}2`, field: 'status', severity: 'warning', code: 'missing-status' },
    ]);
  });

  it('missing-status: a blank status is treated as not started (so the task is open)', () => {
    const [task] = readWorkbook(
      [teamTracker([{ ...CLEAN_TASK, status: '', owner: '' }])],
      ZH,
    ).tasks;
    expect(task?.status).toBe('notStarted');
    expect(
      only(issuesOf([{ ...CLEAN_TASK, status: '', owner: '' }])).map((issue) => issue.code),
    ).toEqual(['missing-status', 'unassigned']);
  });

  it('missing-completed-date: a done task without a completion date is a warning', () => {
    expect(only(issuesOf([{ ...CLEAN_TASK, status: '已完成' }]))).toEqual([
      {
        cell: `${T('completed')}2`,
        field: 'completed',
        severity: 'warning',
        code: 'missing-completed-date',
      },
    ]);
  });

  it('invalid-date: an unparseable completion date is an error', () => {
    expect(only(issuesOf([{ ...CLEAN_TASK, status: '已完成', completed: '昨天' }]))).toEqual([
      { cell: `${T('completed')}2`, field: 'completed', severity: 'error', code: 'invalid-date' },
    ]);
  });

  it('a row whose cells are all empty is not a row (no issue, not counted)', () => {
    const result = checkWorkbook(
      [teamTracker([CLEAN_TASK, {}, { ...CLEAN_TASK, id: 'OP-002' }])],
      ZH,
    );
    expect(result.issues).toEqual([]);
    expect(result.rowsChecked).toBe(2);
  });

  it('messages follow the locale', () => {
    const [issue] = issuesOf([{ ...CLEAN_TASK, start: '2023-07-10', due: '2023-07-09' }], EN);
    expect(issue?.message).toBe('Due date is before the start date');
  });

  it('issues name the sheet, the A1 cell and the one-based row, using the grid origin', () => {
    const cells = [headers('tracker'), headers('tracker').map(() => null)];
    cells[1] = [...Object.values({ ...CLEAN_TASK, due: '下周' })];
    const result = checkWorkbook([grid('表', cells, { row: 4, column: 2 })], ZH);
    expect(result.issues).toEqual([
      expect.objectContaining({
        sheet: '表',
        cell: 'H6',
        row: 6,
        field: 'due',
        code: 'invalid-date',
      }),
    ]);
  });

  it('counts errors and warnings and lists the recognised sheets', () => {
    // 45108 is 2023-07-01 as a real date: a text date in our table would be one more warning.
    const task = { ...CLEAN_TASK, id: '', due: null, start: 45108 };
    const result = checkWorkbook([tracker([task])], ZH);
    expect(result).toMatchObject({ errors: 1, warnings: 1, rowsChecked: 1 });
    expect(result.sheets).toEqual([
      { sheet: '任务跟踪表', kind: 'tracker', ours: true, headerRow: 1, rows: 1 },
    ]);
  });
});

describe('collaboration log checks', () => {
  const issuesOfItems = (rows: Record<string, unknown>[]) =>
    only(checkWorkbook([teamCollabLog(rows)], ZH).issues);

  it('a clean item has no issue', () => {
    expect(issuesOfItems([CLEAN_ITEM])).toEqual([]);
  });

  it('missing-name: a blank topic is an error', () => {
    expect(issuesOfItems([{ ...CLEAN_ITEM, topic: '' }])).toEqual([
      { cell: `${C('topic')}2`, field: 'topic', severity: 'error', code: 'missing-name' },
    ]);
  });

  it('missing-department: a blank initiating department is a warning', () => {
    expect(issuesOfItems([{ ...CLEAN_ITEM, initiator: '' }])).toEqual([
      {
        cell: `${C('initiator')}2`,
        field: 'initiator',
        severity: 'warning',
        code: 'missing-department',
      },
    ]);
  });

  it('missing-partners: blank partner departments are a warning', () => {
    expect(issuesOfItems([{ ...CLEAN_ITEM, partners: '' }])).toEqual([
      {
        cell: `${C('partners')}2`,
        field: 'partners',
        severity: 'warning',
        code: 'missing-partners',
      },
    ]);
  });

  it('partner-is-initiator: partners that include the initiator are a warning (any separator)', () => {
    for (const partners of [
      '研发部、产品部',
      '研发部,产品部',
      '研发部；产品部',
      '研发部/产品部',
      '研发部，产品部',
    ]) {
      expect(issuesOfItems([{ ...CLEAN_ITEM, partners }])).toEqual([
        {
          cell: `${C('partners')}2`,
          field: 'partners',
          severity: 'warning',
          code: 'partner-is-initiator',
        },
      ]);
    }
  });

  it('unassigned: an open item with no lead or no follow-up owner is a warning on that cell', () => {
    expect(issuesOfItems([{ ...CLEAN_ITEM, lead: '待定', follower: '' }])).toEqual([
      { cell: `${C('lead')}2`, field: 'lead', severity: 'warning', code: 'unassigned' },
      { cell: `${C('follower')}2`, field: 'follower', severity: 'warning', code: 'unassigned' },
    ]);
  });

  it('invalid-date: an unparseable meeting date is an error; a time is allowed', () => {
    expect(issuesOfItems([{ ...CLEAN_ITEM, meetingDate: '上周' }])).toEqual([
      {
        cell: `${C('meetingDate')}2`,
        field: 'meetingDate',
        severity: 'error',
        code: 'invalid-date',
      },
    ]);
    expect(issuesOfItems([{ ...CLEAN_ITEM, meetingDate: '2023-07-05 14:00' }])).toEqual([]);
  });

  it('missing-due: a blank deadline is an error', () => {
    expect(issuesOfItems([{ ...CLEAN_ITEM, deadline: null }])).toEqual([
      { cell: `${C('deadline')}2`, field: 'deadline', severity: 'error', code: 'missing-due' },
    ]);
  });

  it('due-before-start: a deadline before the meeting date is an error on the deadline', () => {
    expect(
      issuesOfItems([{ ...CLEAN_ITEM, meetingDate: '2023-07-05', deadline: '2023-07-01' }]),
    ).toEqual([
      { cell: `${C('deadline')}2`, field: 'deadline', severity: 'error', code: 'due-before-start' },
    ]);
  });

  it('duplicate-id and id-format apply as for tasks', () => {
    expect(issuesOfItems([CLEAN_ITEM, CLEAN_ITEM, { ...CLEAN_ITEM, id: 'CO_3' }])).toEqual([
      { cell: 'A3', field: 'id', severity: 'error', code: 'duplicate-id' },
      { cell: 'A4', field: 'id', severity: 'warning', code: 'id-format' },
    ]);
  });

  it('status and completion date are checked as for tasks', () => {
    expect(issuesOfItems([{ ...CLEAN_ITEM, status: '完成' }])).toEqual([
      {
        cell: `${C('completed')}2`,
        field: 'completed',
        severity: 'warning',
        code: 'missing-completed-date',
      },
    ]);
    expect(issuesOfItems([{ ...CLEAN_ITEM, status: '??' }])).toEqual([
      { cell: `${C('status')}2`, field: 'status', severity: 'error', code: 'invalid-status' },
    ]);
  });

  it('task and collaboration IDs are counted separately', () => {
    const result = checkWorkbook(
      [teamTracker([{ ...CLEAN_TASK, id: 'X-1' }]), teamCollabLog([{ ...CLEAN_ITEM, id: 'X-1' }])],
      ZH,
    );
    expect(result.issues).toEqual([]);
  });

  it('the review sheet is not checked', () => {
    const review = grid('复盘', [headers('review'), ['2023年7月', '', 'x', 'y']]);
    expect(checkWorkbook([review], ZH)).toMatchObject({ issues: [], sheets: [], rowsChecked: 0 });
  });
});
