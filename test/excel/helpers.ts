/** Shared set-up for gateway tests: a fake workbook and the gateway over it. */
import { createOpsWorkbook, type OfficeHost, type OpsWorkbook } from '../../src/excel';
import {
  createFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
  type FakeSheet,
} from '../fake-excel';

export const EXCEL_1_8: OfficeHost = {
  isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 8,
};

export function setUp(options: FakeExcelOptions & { host?: OfficeHost } = {}): {
  fake: FakeExcel;
  ops: OpsWorkbook;
} {
  const fake = createFakeExcel(options);
  return { fake, ops: createOpsWorkbook(fake.run, options.host ?? EXCEL_1_8) };
}

/** The handbook's own tracker (SEED-TEMPLATES.md), as a team keeps it: a title row above the headers. */
export const TEAM_TRACKER: (string | number)[][] = [
  ['2023年7月 日常运营任务跟踪表'],
  [
    '任务ID',
    '任务名称',
    '所属部门',
    '负责人',
    '起止时间',
    '优先级',
    '当前状态',
    '关键节点',
    '实际完成情况',
    '备注（风险/支持需求）',
  ],
  [
    'OP-001',
    'Q3客户满意度调研',
    '市场部',
    '张*',
    '2023.07.01-07.15',
    '高',
    '进行中',
    '7月5日完成问卷设计',
    '问卷初稿已完成',
    '需产品部*确认调研维度',
  ],
  [
    'OP-002',
    '新员工入职培训',
    '人力资源部',
    '李*',
    '2023.07.10-07.20',
    '中',
    '待启动',
    '7月12日确定培训讲师',
    '-',
    '行政部*协调培训场地',
  ],
  ['OP-002', '渠道复盘', '销售部', '', '2023.07.03-07.08', '低', '做梦中', '', '', ''],
];

export function seedTeamTracker(fake: FakeExcel, name = '运营任务'): FakeSheet {
  const sheet = fake.workbook.addSheet(name);
  sheet.seed('A1', TEAM_TRACKER);
  return sheet;
}

/** Every cell of a sheet as `{address: [value, formula, format, fill]}`, for exact comparisons. */
export function cellsOf(sheet: FakeSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const used = sheet.usedRect(false);
  if (!used) return out;
  for (let r = used.row; r < used.row + used.rowCount; r++) {
    for (let c = used.column; c < used.column + used.columnCount; c++) {
      const cell = sheet.cellAt(r, c);
      if (cell.value !== '' || cell.formula || cell.numberFormat !== 'General' || cell.fill) {
        out[`${r},${c}`] = [cell.value, cell.formula, cell.numberFormat, cell.fill];
      }
    }
  }
  return out;
}
