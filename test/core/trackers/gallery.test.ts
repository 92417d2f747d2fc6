/**
 * Issue 15's gallery: each team-style tracker with its expected reading —
 * the header found, the fields bound, each task as a person reads it, and
 * the issues Check reports.
 */
import {
  buildReview,
  checkWorkbook,
  readWorkbook,
  type Grid,
  type TaskRecord,
} from '../../../src/core';
import { EN, ZH } from '../grids';
import * as gallery from './gallery';

const read = (grid: Grid, options = ZH) => readWorkbook([grid], options);
const pick = (tasks: readonly TaskRecord[], keys: readonly (keyof TaskRecord)[]) =>
  tasks.map((task) => Object.fromEntries(keys.map((key) => [key, task[key]])));
const codes = (grid: Grid, options = ZH) =>
  read(grid, options).issues.map(({ cell, code }) => `${cell} ${code}`);

describe('gallery: handbook style', () => {
  it('Template 1 as printed reads both tasks with their 起止时间 ranges', () => {
    const reading = read(gallery.handbookStyle);
    expect(reading.sheets).toEqual([
      { sheet: '任务跟踪', kind: 'tracker', ours: false, headerRow: 2, rows: 2 },
    ]);
    expect(pick(reading.tasks, ['id', 'owner', 'start', 'due', 'status'])).toEqual([
      { id: 'OP-001', owner: '张*', start: '2023-07-01', due: '2023-07-15', status: 'inProgress' },
      { id: 'OP-002', owner: '李*', start: '2023-07-10', due: '2023-07-20', status: 'notStarted' },
    ]);
  });
});

describe('gallery: a header below row 10', () => {
  it('a title block and a small dashboard above are skipped; the header on row 14 binds', () => {
    const reading = read(gallery.headerBelowRow10);
    expect(reading.sheets).toEqual([
      { sheet: '项目计划', kind: 'tracker', ours: false, headerRow: 14, rows: 3 },
    ]);
    expect(pick(reading.tasks, ['name', 'due', 'status'])).toEqual([
      { name: '供应商评估', due: '2024-04-30', status: 'done' },
      { name: '合同续签', due: '2024-05-20', status: 'inProgress' },
      { name: '年中盘点', due: '2024-06-28', status: 'notStarted' },
    ]);
    expect(reading.issues).toEqual([]);
  });
});

describe('gallery: vertically merged owner and due, a department typed once', () => {
  it('every row under a merged owner or due date has it; no false blank due or no owner', () => {
    const reading = read(gallery.mergedOwnerAndDue);
    expect(pick(reading.tasks, ['name', 'owner', 'department', 'due'])).toEqual([
      { name: '整理需求', owner: '张*', department: '产品部', due: '2024-05-17' },
      { name: '评审原型', owner: '张*', department: '产品部', due: '2024-05-17' },
      { name: '输出排期', owner: '张*', department: '产品部', due: '2024-05-17' },
      { name: '活动复盘', owner: '李*', department: '市场部', due: '2024-05-24' },
      { name: '投放报告', owner: '李*', department: '市场部', due: '2024-05-24' },
    ]);
    expect(reading.issues).toEqual([]);
  });

  it('without the merged areas the same sheet reads blanks (what the edges must pass)', () => {
    const { mergedAreas: _merged, ...plain } = gallery.mergedOwnerAndDue;
    expect(codes(plain)).toEqual([
      'B4 unassigned',
      'D4 missing-due',
      'B5 unassigned',
      'D5 missing-due',
    ]);
  });
});

describe('gallery: two header rows', () => {
  it('a group row over the field row binds to the field row; merged-down headers still bind', () => {
    const reading = read(gallery.twoHeaderRows, EN);
    expect(reading.sheets).toEqual([
      { sheet: '两行表头', kind: 'tracker', ours: false, headerRow: 2, rows: 2 },
    ]);
    expect(pick(reading.tasks, ['name', 'owner', 'start', 'due', 'status'])).toEqual([
      {
        name: '渠道拓展',
        owner: '周*',
        start: '2024-05-06',
        due: '2024-05-31',
        status: 'inProgress',
      },
      { name: '会员活动', owner: '吴*', start: '2024-05-13', due: '2024-05-19', status: 'done' },
    ]);
  });
});

const MAY = { today: '2024-05-20', locale: 'en-US' } as const;

describe('gallery: English', () => {
  it('Activity, Task Owner, Planned Start, Planned End and Resolved bind; (Fri) is ignored', () => {
    const reading = read(gallery.english, MAY);
    expect(pick(reading.tasks, ['name', 'owner', 'start', 'due', 'status', 'notes'])).toEqual([
      {
        name: 'Vendor shortlist',
        owner: 'Ann',
        start: '2024-05-01',
        due: '2024-05-08',
        status: 'done',
        notes: '',
      },
      {
        name: 'Pricing page',
        owner: 'Bob',
        start: '2024-05-06',
        due: '2024-05-17',
        status: 'inProgress',
        notes: 'waiting for legal',
      },
      {
        name: 'Press kit',
        owner: null,
        start: '2024-05-10',
        due: '2024-05-24',
        status: 'notStarted',
        notes: '',
      },
    ]);
    expect(codes(gallery.english, MAY)).toEqual(['B4 unassigned']);
  });
});

describe('gallery: Simplified (WPS export)', () => {
  it('具体事项, 执行人员, 计划开始, 计划结束, 处理状态 and 完成率 bind; 周五 is ignored', () => {
    const reading = read(gallery.simplified, MAY);
    expect(
      pick(reading.tasks, ['name', 'owner', 'start', 'due', 'status', 'percentComplete']),
    ).toEqual([
      {
        name: '登录改版',
        owner: '开发A',
        start: '2024-05-06',
        due: '2024-05-10',
        status: 'done',
        percentComplete: 1,
      },
      {
        name: '支付对接',
        owner: '开发B',
        start: '2024-05-06',
        due: '2024-05-17',
        status: 'done',
        percentComplete: 0.8,
      },
      {
        name: '埋点上报',
        owner: null,
        start: '2024-05-13',
        due: '2024-05-24',
        status: 'inProgress',
        percentComplete: 0.3,
      },
    ]);
  });

  it('a status of done with less than 100% is a progress-mismatch warning', () => {
    const issues = read(gallery.simplified).issues;
    expect(issues.map(({ cell, severity, code }) => `${cell} ${severity} ${code}`)).toEqual([
      'F3 warning progress-mismatch',
      'B4 warning unassigned',
    ]);
    expect(issues[0]?.message).toBe('状态为已完成，但完成进度只有 80%');
  });
});

describe('gallery: Traditional', () => {
  it('具體事項, 負責人, 結束日期, 狀態 bind; 進度 holding percentages is percent complete', () => {
    const reading = read(gallery.traditional, MAY);
    expect(
      pick(reading.tasks, ['name', 'owner', 'due', 'status', 'percentComplete', 'progress']),
    ).toEqual([
      {
        name: '門市盤點',
        owner: '陳*',
        due: '2024-05-09',
        status: 'done',
        percentComplete: 1,
        progress: '',
      },
      {
        name: '會員活動',
        owner: '林*',
        due: '2024-05-20',
        status: 'inProgress',
        percentComplete: 0.5,
        progress: '',
      },
      {
        name: '年中報告',
        owner: '黃*',
        due: '2024-06-07',
        status: 'notStarted',
        percentComplete: 0,
        progress: '',
      },
    ]);
    expect(read(gallery.traditional, MAY).issues).toEqual([]);
  });
});

describe('gallery: progress 100% with no status column', () => {
  it('100% is done, part-way is in progress, 0 is not started', () => {
    const reading = read(gallery.progressWithoutStatus, MAY);
    expect(pick(reading.tasks, ['name', 'status', 'percentComplete'])).toEqual([
      { name: '选题策划', status: 'done', percentComplete: 1 },
      { name: '稿件撰写', status: 'inProgress', percentComplete: 0.6 },
      { name: '排版发布', status: 'notStarted', percentComplete: 0 },
    ]);
  });

  it('finished work counts as done and a number is never printed as a delay reason', () => {
    const review = buildReview(read(gallery.progressWithoutStatus, MAY), '2024-05', MAY);
    expect(review).toMatchObject({ scope: 3, completed: 1 });
    expect(review.delayed.map(({ name, reason }) => [name, reason])).toEqual([
      ['稿件撰写', ''],
      ['排版发布', ''],
    ]);
  });
});

describe('gallery: percent complete that is no percentage', () => {
  it('abc, 150% and -5% are each an invalid-percent error on their cell; the rows still read', () => {
    const reading = read(gallery.badPercentages, MAY);
    expect(reading.tasks.map((task) => task.percentComplete)).toEqual([
      1,
      null,
      null,
      null,
      0,
      0.2,
      0.4,
    ]);
    const invalid = reading.issues.filter((issue) => issue.code === 'invalid-percent');
    expect(invalid.map(({ cell, severity }) => `${cell} ${severity}`)).toEqual([
      'E3 error',
      'E4 error',
      'E5 error',
    ]);
    expect(invalid[0]?.message).toBe('Not a valid percent complete: "abc" (expected 0%–100%)');
    const zh = read(gallery.badPercentages, { ...MAY, locale: 'zh-CN' }).issues;
    expect(zh.find((issue) => issue.code === 'invalid-percent')?.message).toBe(
      '不是有效的完成进度：“abc”（应为 0%–100%）',
    );
  });
});

describe('gallery: every header word of the corpus misses binds', () => {
  // Issue 15's list, each word in a sheet of its own: name · owner · due, then a status.
  it.each([
    ['标题', '处理人', '结束时间'],
    ['具体事项', '开发人员', '结束日期'],
    ['Title', '执行人员', '预计完成时间'],
    ['Activity', 'Task Owner', 'End'],
    ['Task', 'Owner', 'Planned End'],
  ])('%s · %s · %s bind as name, owner and due', (name, owner, due) => {
    const grid: Grid = {
      sheetName: 'words',
      origin: { row: 0, column: 0 },
      cells: [
        [name, owner, due, '状态'],
        ['周报', '张*', gallery.serial('2024-05-10'), '进行中'],
      ],
    };
    const reading = read(grid, MAY);
    expect(pick(reading.tasks, ['name', 'owner', 'due', 'status'])).toEqual([
      { name: '周报', owner: '张*', due: '2024-05-10', status: 'inProgress' },
    ]);
  });
});

describe('gallery: a done column of ✓ marks', () => {
  it('✓ and √ are done, ✗ and blank are open', () => {
    const reading = read(gallery.doneMarks, MAY);
    expect(reading.tasks.map((task) => task.status)).toEqual([
      'done',
      'notStarted',
      'notStarted',
      'done',
    ]);
  });
});

describe('gallery: Completed holding dates', () => {
  it('binds as the completion date, so the task done three days late is delayed', () => {
    const reading = read(gallery.completedDates, MAY);
    expect(pick(reading.tasks, ['name', 'status', 'completed'])).toEqual([
      { name: 'Monthly report', status: 'done', completed: '2024-05-13' },
      { name: 'Budget review', status: 'done', completed: '2024-05-14' },
      { name: 'Team offsite', status: 'notStarted', completed: null },
    ]);
    const review = buildReview(reading, '2024-05', MAY);
    expect(review.delayed.map((task) => task.name)).toEqual(['Monthly report']);
  });

  it('the same header holding Yes/No is a done flag, and holding percentages is percent complete', () => {
    const flags = gallery.completedDates.cells.map((row, index) =>
      index === 0 ? row : [...row.slice(0, 3), index === 1 ? 'Yes' : 'No'],
    );
    expect(
      read({ ...gallery.completedDates, cells: flags }, MAY).tasks.map((task) => task.status),
    ).toEqual(['done', 'notStarted', 'notStarted']);
    const percents = gallery.completedDates.cells.map((row, index) =>
      index === 0 ? row : [...row.slice(0, 3), `${index * 50}%`],
    );
    expect(
      read({ ...gallery.completedDates, cells: percents }, MAY).tasks.map(
        (task) => task.percentComplete,
      ),
    ).toEqual([0.5, 1, null]);
  });
});

describe('gallery: two teams both numbering from OP-001', () => {
  it('their repeats across sheets are warnings, not errors', () => {
    const result = checkWorkbook(
      [gallery.teamNumbering('市场部', '张*'), gallery.teamNumbering('销售部', '李*')],
      { today: '2024-05-20', locale: 'zh-CN' },
    );
    expect(result.errors).toBe(0);
    expect(
      result.issues.map(
        ({ sheet, cell, severity, code }) => `${sheet}!${cell} ${severity} ${code}`,
      ),
    ).toEqual(['销售部!A2 warning duplicate-id', '销售部!A3 warning duplicate-id']);
  });
});

describe('gallery: Chinese public workbooks (zh corpus)', () => {
  it('a project list binds 项目名称 as the task, 预计开始/结束日期 as start and due', () => {
    const reading = read(gallery.projectList);
    expect(reading.sheets).toEqual([
      { sheet: '项目总表', kind: 'tracker', ours: false, headerRow: 1, rows: 3 },
    ]);
    expect(pick(reading.tasks, ['name', 'owner', 'start', 'due', 'status'])).toEqual([
      {
        name: '订餐系统',
        owner: '伍*',
        start: '2019-06-13',
        due: '2019-06-18',
        status: 'inProgress',
      },
      {
        name: '行政OA系统',
        owner: '陈*',
        start: '2019-06-20',
        due: '2019-06-28',
        status: 'inProgress',
      },
      { name: '报备系统', owner: '陈*', start: '2019-06-01', due: '2019-06-10', status: 'done' },
    ]);
    expect(codes(gallery.projectList)).toEqual([]);
  });

  it('beside 任务名称, 项目名称 is not the task', () => {
    const reading = read(gallery.projectBesideTask);
    expect(reading.tasks.map((task) => task.name)).toEqual(['需求确认', '原型设计']);
  });

  it('a weekly task log reads 人员姓名, 任务描述 and `正常-已完成` style statuses', () => {
    const reading = read(gallery.weeklyTaskLog);
    expect(reading.sheets).toEqual([
      { sheet: '周报', kind: 'tracker', ours: false, headerRow: 2, rows: 2 },
    ]);
    expect(pick(reading.tasks, ['name', 'owner', 'due', 'status'])).toEqual([
      { name: '交接工作', owner: '闫*', due: '2018-08-07', status: 'done' },
      { name: '升级程序', owner: '闫*', due: '2018-08-09', status: 'inProgress' },
    ]);
    expect(codes(gallery.weeklyTaskLog)).toEqual([]);
  });

  it('a schedule plan reads 开始/截至时间 ranges; a year-less `10.31/11.01` is missing its year', () => {
    const reading = read(gallery.schedulePlan);
    expect(reading.sheets).toEqual([
      { sheet: '进度管理计划文件', kind: 'tracker', ours: false, headerRow: 2, rows: 3 },
    ]);
    expect(pick(reading.tasks, ['name', 'owner', 'start', 'due', 'status'])).toEqual([
      {
        name: '构思升级方案',
        owner: '雷*',
        start: '2018-10-30',
        due: '2018-10-31',
        status: 'done',
      },
      { name: '抓取估值', owner: '吴*', start: null, due: null, status: 'inProgress' },
      {
        name: '整理结果',
        owner: '吴*',
        start: '2018-11-02',
        due: '2018-11-09',
        status: 'notStarted',
      },
    ]);
    expect(codes(gallery.schedulePlan)).toEqual(['F4 missing-year']);
  });

  it('需求发起人 · 项目 · 内容 stays a meeting-action list: its own words beat a fallback', () => {
    expect(read(gallery.requestList).sheets).toEqual([
      { sheet: '需求整理', kind: 'actions', ours: false, headerRow: 1, rows: 1 },
    ]);
  });

  it('the PMBOK risk register (风险说明书 · 概率 · 影响) is a risk register', () => {
    expect(read(gallery.pmbokRiskRegister).sheets).toEqual([
      { sheet: '风险登记册', kind: 'risks', ours: false, headerRow: 3, rows: 1 },
    ]);
  });
});
