/**
 * SPEC §10 through the compiled command line: `check` and `review` over a file
 * count working days with the package's arrangement plus the file's own
 * 工作日历 rows, which beat the package (a company that does not work the
 * 2026-02-14 make-up Saturday).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtCli, runCli } from './support/builtCli';
import { saveAs, serial } from './support/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-cli-calendar-'));

/** 采购合同, submitted Friday 2026-02-13, waiting for the department head (1 working day). */
function addApprovals(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('文件审批');
  sheet.addRow([
    '审批编号',
    '文件名称',
    '文件类型',
    '申请人',
    '申请日期',
    '审批层级',
    '部门负责人意见',
  ]);
  sheet.addRow([
    '合同-2026-002',
    '采购合同',
    '合同',
    '*专员',
    serial('2026-02-13'),
    '部门负责人',
    '',
  ]);
}

function addCalendar(workbook: ExcelJS.Workbook, rows: readonly [string, string, string][]): void {
  const sheet = workbook.addWorksheet('工作日历');
  sheet.addRow(['日期', '类型', '说明']);
  for (const [day, type, note] of rows) sheet.addRow([serial(day), type, note]);
}

let statutoryOnly: string;
let companyCalendar: string;

beforeAll(async () => {
  builtCli();
  const plain = new ExcelJS.Workbook();
  addApprovals(plain);
  statutoryOnly = path.join(dir, 'statutory.xlsx');
  await saveAs(plain, statutoryOnly);
  const own = new ExcelJS.Workbook();
  addApprovals(own);
  addCalendar(own, [
    ['2026-02-14', '休', '公司不补班'],
    ['2026-02-28', '休', '公司不补班'],
    ['2026-03-02', '班', '盘点'],
  ]);
  companyCalendar = path.join(dir, 'company.xlsx');
  await saveAs(own, companyCalendar);
}, 120_000);

const overdue = (file: string, today: string) => {
  const run = runCli(['review', file, '--json', '--month', '2026-02', '--today', today]);
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { approvals: { overdue: unknown[] } }).approvals.overdue;
};

describe('the command line counts working days with the file’s own work calendar', () => {
  it('without a calendar sheet, the package: due on the make-up Saturday 2026-02-14', () => {
    expect(overdue(statutoryOnly, '2026-02-20')).toEqual([
      {
        id: '合同-2026-002',
        document: '采购合同',
        level: 'departmentHead',
        deadline: '2026-02-14',
      },
    ]);
  });

  it('the file’s 休 on 2026-02-14 beats the package: due 2026-02-24, after the Spring Festival', () => {
    expect(overdue(companyCalendar, '2026-02-20')).toEqual([]);
    expect(overdue(companyCalendar, '2026-02-25')).toEqual([
      {
        id: '合同-2026-002',
        document: '采购合同',
        level: 'departmentHead',
        deadline: '2026-02-24',
      },
    ]);
  });
});
