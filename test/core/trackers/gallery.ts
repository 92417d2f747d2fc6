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

/** English: Activity · Task Owner · Planned Start · Planned End · Status, with Resolved. */
export const english = sheet('Launch plan', [
  ['Activity', 'Task Owner', 'Planned Start', 'Planned End', 'Status', 'Remarks'],
  ['Vendor shortlist', 'Ann', serial('2024-05-01'), serial('2024-05-08'), 'Resolved', ''],
  ['Pricing page', 'Bob', serial('2024-05-06'), serial('2024-05-17'), 'Doing', 'waiting for legal'],
  ['Press kit', 'TBD', '2024-05-10 (Fri)', '2024-05-24 (Fri)', 'To do', ''],
]);

/** Simplified, as a WPS export: 具体事项 · 执行人员 · 计划开始 · 计划结束 · 处理状态 · 完成率. */
export const simplified = sheet('研发排期', [
  ['具体事项', '执行人员', '计划开始', '计划结束', '处理状态', '完成率'],
  ['登录改版', '开发A', '2024-05-06 周一', '2024-05-10 周五', '已完成', '100%'],
  ['支付对接', '开发B', '2024-05-06 周一', '2024-05-17 周五', '已完成', '80%'],
  ['埋点上报', '待定', '2024-05-13 周一', '2024-05-24 周五', '处理中', '30%'],
]);

/** Traditional: 具體事項 · 負責人 · 開始日期 · 結束日期 · 狀態 · 進度 (percentages). */
export const traditional = sheet('專案進度', [
  ['具體事項', '負責人', '開始日期', '結束日期', '狀態', '進度'],
  ['門市盤點', '陳*', serial('2024-05-02'), serial('2024-05-09'), '已完成', 1],
  ['會員活動', '林*', serial('2024-05-06'), serial('2024-05-20'), '進行中', 0.5],
  ['年中報告', '黃*', serial('2024-05-20'), serial('2024-06-07'), '待啟動', 0],
]);

/** Progress written as a percentage and no status column: 100% is done, 0 is no reason. */
export const progressWithoutStatus = sheet('进度表', [
  ['任务', '负责人', '截止日期', '进度', '备注'],
  ['选题策划', '张*', serial('2024-05-06'), 1, ''],
  ['稿件撰写', '李*', serial('2024-05-08'), 0.6, ''],
  ['排版发布', '王*', serial('2024-05-09'), 0, ''],
]);

/** A 进度 column that is mostly percentages, with three cells that are none (`abc`, `150%`, `-5%`). */
export const badPercentages = sheet('进度登记', [
  ['任务', '负责人', '截止日期', '状态', '进度'],
  ['需求评审', '张*', serial('2024-05-06'), '已完成', '100%'],
  ['接口联调', '李*', serial('2024-05-08'), '进行中', 'abc'],
  ['回归测试', '王*', serial('2024-05-09'), '进行中', '150%'],
  ['上线准备', '赵*', serial('2024-05-10'), '未开始', '-5%'],
  ['复盘', '钱*', serial('2024-05-13'), '未开始', '0%'],
  ['归档', '孙*', serial('2024-05-14'), '未开始', '20%'],
  ['周报', '周*', serial('2024-05-15'), '进行中', '40%'],
]);

/** A done column of ✓ marks. */
export const doneMarks = sheet('Checklist', [
  ['Task', 'Owner', 'Due', 'Done'],
  ['Book venue', 'Ann', serial('2024-05-03'), '✓'],
  ['Send invites', 'Bob', serial('2024-05-07'), '✗'],
  ['Print badges', 'Cat', serial('2024-05-09'), ''],
  ['Order catering', 'Dan', serial('2024-05-09'), '√'],
]);

/** `Completed` holding dates: the report done three days late is delayed. */
export const completedDates = sheet('Deliverables', [
  ['Task', 'Owner', 'Due', 'Completed'],
  ['Monthly report', 'Ann', serial('2024-05-10'), serial('2024-05-13')],
  ['Budget review', 'Bob', serial('2024-05-15'), serial('2024-05-14')],
  ['Team offsite', 'Cat', serial('2024-05-28'), ''],
]);

/** Two teams, each numbering its own sheet from OP-001. */
export const teamNumbering = (sheetName: string, owner: string): Grid =>
  sheet(sheetName, [
    ['任务编号', '任务名称', '负责人', '截止日期', '状态'],
    ['OP-001', `${sheetName}周报`, owner, serial('2024-05-10'), '已完成'],
    ['OP-002', `${sheetName}月报`, owner, serial('2024-05-31'), '进行中'],
  ]);

/*
 * Chinese public workbooks (the zh corpus, 2026-12): layouts the corpus showed
 * us missing, rebuilt as cells with made-up rows.
 */

/** A project list: each row a project (项目名称), 预计/计划 dates, no 任务名称 column. */
export const projectList = sheet('项目总表', [
  ['序号', '项目名称', '优先级', '状态', '负责人', '预计开始日期', '预计结束日期', '实际完成时间'],
  [1, '订餐系统', '中', '进行中', '伍*', serial('2019-06-13'), serial('2019-06-18'), null],
  [2, '行政OA系统', '高', '已开始', '陈*', serial('2019-06-20'), serial('2019-06-28'), null],
  [
    3,
    '报备系统',
    '低',
    '已交付',
    '陈*',
    serial('2019-06-01'),
    serial('2019-06-10'),
    serial('2019-06-09'),
  ],
]);

/** Beside a 任务名称 column, 项目名称 is the project the tasks belong to, never the task. */
export const projectBesideTask = sheet('项目任务', [
  ['项目名称', '任务名称', '负责人', '截止日期'],
  ['客户系统', '需求确认', '王*', serial('2024-05-10')],
  ['客户系统', '原型设计', '李*', serial('2024-05-20')],
]);

/** A weekly report's task log: 人员姓名 · 任务描述 · 任务状态 written as `正常-已完成`. */
export const weeklyTaskLog = sheet('周报', [
  ['周报'],
  ['项目', '序号', '人员姓名', '开始日期', '结束日期', '任务类型', '任务描述', '任务状态', '工时'],
  [
    '数据报送',
    1,
    '闫*',
    serial('2018-08-07'),
    serial('2018-08-07'),
    '上报数据',
    '交接工作',
    '正常-已完成',
    4,
  ],
  [
    '数据报送',
    2,
    '闫*',
    serial('2018-08-08'),
    serial('2018-08-09'),
    '运行维护',
    '升级程序',
    '延期-进行中',
    3,
  ],
]);

/** A schedule plan: 明细 the item, 开始/截至时间 one cell of `10.30/10.31`, 未完成 and 新增. */
export const schedulePlan = sheet('进度管理计划文件', [
  ['进度管理计划'],
  ['版本', '阶段', '类别', '明细', '责任人', '开始/截至时间', '状态'],
  ['V1.0', '启动阶段', '总体', '构思升级方案', '雷*', '2018.10.30/10.31', '完成'],
  ['V1.0', '开发阶段', '爬虫', '抓取估值', '吴*', '10.31/11.01', '未完成'],
  ['V1.0', '开发阶段', '爬虫', '整理结果', '吴*', '2018.11.02-11.09', '新增'],
]);

/** A meeting-action list: 需求发起人 · 项目 · 内容; 内容 is the action, not 项目. */
export const requestList = sheet('需求整理', [
  ['需求发起人', '项目', '内容', '约束', '截止时间', '状态'],
  ['雷*', '估值', '新车指导价随地区变化', '无', serial('2018-08-20'), '进行中'],
]);

/** The PMBOK risk register: 风险说明书 is the risk. */
export const pmbokRiskRegister = sheet('风险登记册', [
  ['风险登记册'],
  ['项目名称：', null, null, '准备日期：'],
  ['风险编号', '风险说明书', '概率', '影响', '等级', '责任方', '状态'],
  ['R-001', '供应商延期交付', 3, 4, '高', '王*', '监控中'],
]);
