/**
 * Workbooks the CLI tests read: the handbooks' own examples typed into our
 * templates (as a person would in Excel), and team trackers with their own
 * headers (title rows, synonyms, Traditional Chinese, `起止时间` ranges).
 */
import ExcelJS from 'exceljs';
import { insertTableRow } from '../../../src/xlsx/insertTableRow';
import { parseBox, tableModels } from '../../../src/xlsx/tables';
import { HANDBOOK_TRACKER_HEADERS } from '../../fixtures/handbook';

export type Row = readonly (string | number | null)[];

/** Serial of a calendar day (1900 system), as Excel stores a typed date. */
export function serial(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000 + 25_569;
}

/**
 * Types rows into a table the way Excel grows a table as people type below
 * it: the first row fills the template's empty row, later rows extend the
 * table, its validations and its highlighting.
 */
export function typeIntoTable(
  workbook: ExcelJS.Workbook,
  tableName: string,
  rows: readonly Row[],
): void {
  for (const worksheet of workbook.worksheets) {
    const model = tableModels(worksheet).find((table) => table.name === tableName);
    if (!model) continue;
    rows.forEach((row, index) => {
      const box = parseBox(model.tableRef)!;
      const dataRows = box.bottom - box.top;
      if (index >= dataRows) insertTableRow(worksheet, model, dataRows);
      row.forEach((value, column) => {
        worksheet.getCell(box.top + 2 + index, box.left + column + 1).value = value;
      });
    });
    return;
  }
  throw new Error(`No table ${tableName}`);
}

/** Handbook template 1, plus rows that exercise every kind of figure (SEED-TEMPLATES.md §A). */
export const HANDBOOK_TASKS: readonly Row[] = [
  [
    'OP-001',
    'Q3客户满意度调研',
    '市场部',
    '张*',
    serial('2023-07-01'),
    serial('2023-07-15'),
    '高',
    '进行中',
    '7月5日完成问卷设计',
    null,
    '问卷初稿已完成',
    '需产品部*确认调研维度',
  ],
  [
    'OP-002',
    '新员工入职培训',
    '人力资源部',
    '李*',
    serial('2023-07-10'),
    serial('2023-07-20'),
    '中',
    '待启动',
    '7月12日确定培训讲师',
    null,
    '-',
    '行政部*协调培训场地',
  ],
  [
    'OP-003',
    '7月运营周报汇总',
    '市场部',
    '王*',
    serial('2023-07-03'),
    serial('2023-07-28'),
    '中',
    '已完成',
    null,
    serial('2023-07-27'),
    '已提交',
    null,
  ],
  [
    'OP-004',
    '供应商对账',
    '财务部',
    '待定',
    serial('2023-07-05'),
    serial('2023-07-31'),
    '低',
    '进行中',
    null,
    null,
    null,
    '=需确认对账口径',
  ],
  [
    'OP-005',
    '渠道活动复盘',
    '市场部',
    '赵*',
    serial('2023-07-01'),
    serial('2023-07-10'),
    '高',
    '已完成',
    null,
    serial('2023-07-12'),
    '延期两天完成',
    '+活动数据晚到',
  ],
  [
    'OP-006',
    '8月活动预热',
    '市场部',
    '陈*',
    serial('2023-08-01'),
    serial('2023-08-15'),
    '中',
    '待启动',
    null,
    null,
    null,
    null,
  ],
];

/** Handbook template 2 (collaboration log), CO-001 done, CO-002 still open. */
export const HANDBOOK_COLLAB: readonly Row[] = [
  [
    'CO-001',
    '产品V2.0版本需求对接',
    '产品部',
    '研发部、市场部',
    '王*',
    serial('2023-07-05'),
    '7月10日前研发部输出开发排期',
    '赵*',
    serial('2023-07-12'),
    '已完成',
    serial('2023-07-11'),
    '排期表已提交',
  ],
  [
    'CO-002',
    '季度客户答谢会筹备',
    '市场部',
    '销售部、行政部',
    '刘*',
    serial('2023-07-08'),
    '7月20日前确定参会客户名单与场地',
    '陈*',
    serial('2023-07-22'),
    '进行中',
    null,
    '场地已确认，名单待销售部*补充',
  ],
];

/** A team's own English tracker: merged title row, synonyms, a `Period` range column. */
export function addTeamTracker(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Team July');
  sheet.mergeCells('A1:H1');
  sheet.getCell('A1').value = 'Operations tasks — July 2023';
  sheet.addRow(['ID', 'Task', 'Dept', 'Assignee', 'Period', 'Priority', 'State', 'Remarks']);
  sheet.addRow([
    'TM-001',
    'Partner newsletter',
    'Marketing',
    'Amy',
    '2023.07.01-07.15',
    'High',
    'Doing',
    'Waiting for legal review',
  ]);
  sheet.addRow([
    'TM-002',
    'Onboarding deck',
    'HR',
    'TBD',
    '2023/07/03-2023/07/21',
    'M',
    'To do',
    '',
  ]);
  sheet.addRow([
    'TM-003',
    'Quarterly survey',
    'Marketing',
    'Bo',
    '2023-07-05~2023-07-26',
    'Low',
    'Completed',
    '',
  ]);
}

/** A team's own tracker with Traditional Chinese headers and `起止時間` ranges. */
export function addTraditionalTracker(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('七月任務');
  sheet.addRow(['任務編號', '任務名稱', '所屬部門', '負責人', '起止時間', '當前狀態', '備註']);
  sheet.addRow(['TW-001', '門市巡檢', '營運部', '林*', '2023.07.01-07.15', '已完成', '']);
  sheet.addRow(['TW-002', '會員活動', '營運部', '', '2023年7月1日至7月15日', '進行中', '等待場地']);
}

/**
 * The handbook's own Template 1 layout, as a team copied it: a merged title,
 * then 任务ID · 任务名称 · 所属部门 · 负责人 · 起止时间 · 优先级 · 当前状态 · 关键节点 · 实际完成情况 · 备注.
 */
export function addHandbookLayoutTracker(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('日常运营任务跟踪表');
  sheet.mergeCells('A1:J1');
  sheet.getCell('A1').value = '日常运营任务跟踪表（2023年7月）';
  sheet.addRow([...HANDBOOK_TRACKER_HEADERS]);
  sheet.addRow([
    'OP-101',
    '7月社群运营活动',
    '市场部',
    '孙*',
    '2023.07.01-07.15',
    '高',
    '已完成',
    '7月8日发布活动',
    '已完成',
    '',
  ]);
  sheet.addRow([
    'OP-102',
    '供应商资质审核',
    '采购部',
    '待定',
    '2023年7月10日至7月31日',
    '中',
    '进行中',
    '7月20日完成初审',
    '',
    '需法务部*支持',
  ]);
}

/** A workbook with nothing the engine recognises. */
export function addBudget(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Budget');
  sheet.addRow(['Item', 'Amount']);
  sheet.addRow(['Rent', 1200]);
}

export async function saveAs(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await workbook.xlsx.writeFile(file);
}

export async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
