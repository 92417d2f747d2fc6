/**
 * Issue 15's gallery: each team-style tracker with its expected reading —
 * the header found, the fields bound, each task as a person reads it, and
 * the issues Check reports.
 */
import { readWorkbook, type Grid, type TaskRecord } from '../../../src/core';
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
