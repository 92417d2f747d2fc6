/**
 * A team's own tracker for the pane tests and the end-to-end page: a title
 * row, the handbook's headers, and a few of the usual mistakes (a repeated
 * ID, an owner 待定, a due date 下周, a priority 紧急), due in `month`.
 */
import { dayToSerial, type MonthKey } from '../../src/core';
import type { FakeExcel } from '../fake-excel';

export const TEAM_SHEET = '市场部台账';

export function seedTeamTracker(fake: FakeExcel, month: MonthKey): void {
  const day = (n: number) => dayToSerial(`${month}-${String(n).padStart(2, '0')}`);
  fake.workbook.addSheet(TEAM_SHEET).seed('A1', [
    ['市场部任务台账', '', '', '', '', '', '', ''],
    [
      '任务ID',
      '任务名称',
      '所属部门',
      '负责人',
      '截止日期',
      '优先级',
      '当前状态',
      '备注（风险/支持需求）',
    ],
    ['OP-001', 'Q3客户满意度调研', '市场部', '张*', day(2), '高', '进行中', '需产品部确认调研维度'],
    [
      'OP-002',
      '新员工入职培训',
      '人力资源部',
      '待定',
      day(3),
      '中',
      '待启动',
      '行政部协调培训场地',
    ],
    ['OP-002', '渠道活动复盘', '市场部', '李*', day(1), '低', '已完成', ''],
    ['OP-004', '竞品分析报告', '市场部', '王*', '下周', '紧急', '进行中', ''],
  ]);
}
