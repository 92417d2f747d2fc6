/** Shared set-up for gateway tests: a fake workbook and the gateway over it. */
import { createOpsWorkbook, type OfficeHost, type OpsWorkbook } from '../../src/excel';
import { HANDBOOK_TASKS, HANDBOOK_TRACKER_HEADERS } from '../fixtures/handbook';
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
  [...HANDBOOK_TRACKER_HEADERS],
  ...HANDBOOK_TASKS.map((row) => [...row]),
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
