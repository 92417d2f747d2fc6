/** Shared set-up for gateway tests: a fake workbook and the gateway over it. */
import { getTemplate, TABLE_NAMES, type TemplateKind } from '../../src/core';
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

/** A host with ExcelApi 1.9 (and 1.13): print settings through `worksheet.pageLayout`. */
export const EXCEL_1_13: OfficeHost = {
  isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 13,
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

export type Row = Readonly<Record<string, string | number>>;

/** Writes rows into one of our tables by column key, growing the table like typing below it would. */
export function fillTable(fake: FakeExcel, kind: TemplateKind, rows: readonly Row[]): void {
  const table = fake.workbook.table(TABLE_NAMES[kind]);
  if (!table) throw new Error(`no ${kind} table`);
  const keys = getTemplate(kind).columns.map((column) => column.key);
  rows.forEach((row, r) =>
    keys.forEach((key, c) => {
      const value = row[key];
      if (value !== undefined) {
        table.sheet.mutable(table.rect.row + 1 + r, table.rect.column + c).value = value;
      }
    }),
  );
  table.rect = { ...table.rect, rowCount: Math.max(table.rect.rowCount, rows.length + 1) };
}
