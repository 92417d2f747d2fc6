/**
 * Team-style trackers as teams keep them (issue 15's corpus, by kind): each
 * built here from its layout, and read by `gallery.test.ts` against what a
 * person reading the sheet would say it holds.
 */
import type { CellArea, Grid } from '../../../src/core';
import { HANDBOOK_TASKS, HANDBOOK_TRACKER_HEADERS } from '../../fixtures/handbook';

/** Excel serial of a day, as a date cell holds it. */
export function serial(day: string): number {
  return Math.round(
    (Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) - Date.UTC(1899, 11, 30)) /
      86_400_000,
  );
}

const sheet = (sheetName: string, cells: unknown[][], mergedAreas?: CellArea[]): Grid => ({
  sheetName,
  cells,
  origin: { row: 0, column: 0 },
  ...(mergedAreas ? { mergedAreas } : {}),
});

/** Handbook style: Template 1 exactly as printed, 起止时间 ranges. */
export const handbookStyle = sheet('任务跟踪', [
  ['日常运营任务跟踪表'],
  [...HANDBOOK_TRACKER_HEADERS],
  ...HANDBOOK_TASKS.map((row) => [...row]),
]);

/** A title block and a small dashboard above the header, which sits on row 14. */
export const headerBelowRow10 = sheet('项目计划', [
  ['2024年第二季度项目计划'],
  ['编制部门：运营部'],
  ['更新日期：2024-05-06'],
  [],
  ['概览'],
  ['任务总数', 3],
  ['已完成', 1],
  ['进行中', 1],
  ['未开始', 1],
  ['完成率', 0.33],
  [],
  ['说明：红色为逾期任务'],
  [],
  ['序号', '任务名称', '负责人', '开始日期', '截止日期', '状态'],
  [1, '供应商评估', '王*', serial('2024-04-01'), serial('2024-04-30'), '已完成'],
  [2, '合同续签', '李*', serial('2024-05-01'), serial('2024-05-20'), '进行中'],
  [3, '年中盘点', '赵*', serial('2024-06-01'), serial('2024-06-28'), '未开始'],
]);

/**
 * An owner and a due date merged over several task rows (B3:B5, D3:D5),
 * the department typed once for its group (C6 over C7).
 */
export const mergedOwnerAndDue = sheet(
  '周计划',
  [
    ['任务', '负责人', '部门', '截止日期', '状态'],
    ['', '', '', '', ''],
    ['整理需求', '张*', '产品部', serial('2024-05-17'), '进行中'],
    ['评审原型', '', '', '', '未开始'],
    ['输出排期', '', '', '', '未开始'],
    ['活动复盘', '李*', '市场部', serial('2024-05-24'), '进行中'],
    ['投放报告', '李*', '', serial('2024-05-24'), '未开始'],
  ],
  [
    { top: 2, left: 1, bottom: 4, right: 1 },
    { top: 2, left: 2, bottom: 4, right: 2 },
    { top: 2, left: 3, bottom: 4, right: 3 },
  ],
);

/**
 * 两行表头: a group row (基本信息 · 计划时间 · 执行情况, merged across) over
 * the field row; 任务名称 and 负责人 are merged down both header rows.
 */
export const twoHeaderRows = sheet(
  '两行表头',
  [
    ['任务名称', '负责人', '计划时间', '', '执行情况'],
    ['', '', '开始', '结束', '状态'],
    ['渠道拓展', '周*', serial('2024-05-06'), serial('2024-05-31'), '进行中'],
    ['会员活动', '吴*', serial('2024-05-13'), serial('2024-05-19'), '已完成'],
  ],
  [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 3 },
  ],
);
