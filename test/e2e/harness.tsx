/**
 * The end-to-end test page: the real pane (`bootPane`, the real gateway)
 * over the in-memory Excel, in place of Office.js. `?lang=en-US` sets Office's
 * display language. The workbook is exposed on `window.opsE2E` for the test.
 */
import { currentMonth, dayToSerial, localDay } from '../../src/core';
import { createOpsWorkbook } from '../../src/excel';
import { bootPane } from '../../src/taskpane/boot';
import { createFakeExcel, installFakeOffice, type FakeExcel } from '../fake-excel';

declare global {
  interface Window {
    opsE2E: { fake: FakeExcel; month: string; ready: boolean };
  }
}

/** A team's own tracker (title row, its own headers) with a few of the usual mistakes. */
function seedTeamTracker(fake: FakeExcel, month: string): void {
  const day = (n: number) => dayToSerial(`${month}-${String(n).padStart(2, '0')}`);
  const sheet = fake.workbook.addSheet('市场部台账');
  sheet.seed('A1', [
    ['2026 市场部任务台账', '', '', '', '', '', '', ''],
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

const params = new URLSearchParams(window.location.search);
const fake = createFakeExcel();
const month = currentMonth(localDay(new Date()));
seedTeamTracker(fake, month);
installFakeOffice(fake, { displayLanguage: params.get('lang') ?? 'zh-CN' });
window.opsE2E = { fake, month, ready: false };

const container = document.getElementById('root');
if (container) {
  void bootPane(container, () => createOpsWorkbook()).then(() => {
    window.opsE2E.ready = true;
  });
}
