/**
 * A workbook in the 1904 date system (Excel's "Use 1904 date system", Mac
 * workbooks): `values` hold serials 1,462 lower than the 1900 ones the core
 * counts. The pane asks the workbook's system in a sync it makes anyway, reads
 * every day as the day the sheet shows, and writes every day as the serial
 * that workbook stores for it: Check, Insert, Fix and the review give what
 * they give in a 1900 workbook holding the same days.
 */
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {
  cellAddress,
  checkWorkbook,
  DAYS_1904,
  dateTimeSerial,
  dayToSerial,
  getTemplate,
  readWorkbook,
  recordsOf,
  serialToDay,
  TABLE_NAMES,
  type DateSystem,
  type Grid,
} from '../../src/core';
import { excelWorkbookPort, type ExcelContext } from '../../src/excel';
import { queueDateSystem } from '../../src/excel/dateSystem';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import type { FakeExcel, FakeSheet } from '../fake-excel';
import { cellsOf, EXCEL_1_8, fillTable, setUp, type Row } from './helpers';

const TODAY = '2023-07-20';
const options = { locale: 'zh-CN' as const, today: TODAY };

/** What a workbook of `system` stores for a day (and a time of day on it). */
const stored = (system: DateSystem, day: string, minutes = 0): number =>
  dateTimeSerial(day, minutes) - (system === 1904 ? DAYS_1904 : 0);

/** The tracker's first eight headers (ID … status), from the template: one source for its words. */
const HEADERS = getTemplate('tracker')
  .columns.slice(0, 8)
  .map((column) => column.header['zh-CN']);

/** A team's tracker with real date cells: overdue, due soon, on time, done, and a date typed as text. */
function trackerRows(system: DateSystem): (string | number)[][] {
  const at = (day: string) => stored(system, day);
  return [
    HEADERS,
    ['OP-001', '调研', '市场部', '张*', at('2023-07-01'), at('2023-07-15'), '高', '进行中'],
    ['OP-002', '培训', '人力资源部', '李*', at('2023-07-10'), at('2023-07-21'), '中', '进行中'],
    ['OP-003', '复盘', '市场部', '王*', at('2023-07-03'), at('2023-08-28'), '低', '未开始'],
    ['OP-004', '总结', '销售部', '赵*', at('2023-06-01'), at('2023-06-30'), '低', '已完成'],
    ['OP-005', '采购', '销售部', '钱*', at('2023-07-05'), '2023.07.12', '高', '进行中'],
  ];
}

function seedTracker(fake: FakeExcel, system: DateSystem): FakeSheet {
  const sheet = fake.workbook.addSheet('运营任务');
  sheet.seed('A1', trackerRows(system));
  return sheet;
}

describe('the fake models a workbook’s date system', () => {
  it('evaluates DATE in the workbook’s system and fails like Excel before 1904 there', async () => {
    const evaluate = async (system: DateSystem, year: number, month: number, day: number) => {
      const { fake } = setUp({ dateSystem: system });
      return fake.run(async (context) => {
        const result = context.workbook.functions.date(year, month, day).load('value,error');
        await context.sync();
        return { value: result.value, error: result.error };
      });
    };
    expect(await evaluate(1900, 1904, 1, 1)).toEqual({ value: 1462, error: undefined });
    expect(await evaluate(1904, 1904, 1, 1)).toEqual({ value: 0, error: undefined });
    expect(await evaluate(1904, 2023, 7, 5)).toEqual({ value: 45112 - 1462, error: undefined });
    expect(await evaluate(1900, 1900, 2, 29)).toEqual({ value: 60, error: undefined });
    expect(await evaluate(1900, 2023, 14, 1)).toEqual({ value: dayToSerial('2024-02-01') });
    // Microsoft KB 175753: =DATE(1902,8,12) is #NUM! in the 1904 system.
    expect(await evaluate(1904, 1902, 8, 12)).toEqual({ value: undefined, error: '#NUM!' });
    expect(await evaluate(1900, 1902, 8, 12)).toEqual({ value: dayToSerial('1902-08-12') });
  });

  it('stores a typed date as the serial of the workbook’s system', () => {
    const { fake } = setUp({ dateSystem: 1904 });
    const sheet = fake.workbook.addSheet('Mac');
    sheet.userTypes('A1', '2023-07-05');
    sheet.userTypes('A2', '1903-12-31');
    expect(sheet.cell('A1').value).toBe(45112 - 1462);
    expect(sheet.cell('A2').value).toBe('1903-12-31');
  });
});

describe('queueDateSystem', () => {
  const answering = (result: { value?: number; error?: string }): ExcelContext =>
    ({
      workbook: { functions: { date: () => ({ ...result, load: () => result }) } },
      sync: async () => undefined,
    }) as unknown as ExcelContext;

  it('reads DATE(1904,1,1): 0 in a 1904 workbook, and 1900 for anything else', () => {
    expect(queueDateSystem(answering({ value: 0 }))()).toBe(1904);
    expect(queueDateSystem(answering({ value: 1462 }))()).toBe(1900);
    // A function Excel could not evaluate says nothing of the system: the default.
    expect(queueDateSystem(answering({ error: '#NAME?' }))()).toBe(1900);
    expect(queueDateSystem(answering({ value: 0, error: '#NUM!' }))()).toBe(1900);
  });
});

describe('a 1904 workbook in the pane', () => {
  it('checks a tracker and figures its month as the same tracker in a 1900 workbook', async () => {
    const results = [];
    const syncs = [];
    for (const system of [1900, 1904] as const) {
      const { fake, ops } = setUp({ dateSystem: system });
      seedTracker(fake, system);
      const check = await ops.checkWorkbook(options);
      syncs.push(fake.stats.syncs);
      const { model } = await ops.recalculateReviewIfDue('2023-07', options);
      results.push({ check, model });
    }
    const [in1900, in1904] = results;
    expect(in1904).toEqual(in1900);
    // Asked in a sync the read makes anyway.
    expect(syncs[1]).toBe(syncs[0]);
    // Read 1,462 days early, every open row would be overdue and July would hold no task.
    expect(in1904!.model.overdue).toEqual(['OP-001', 'OP-005']);
    expect(in1904!.model).toMatchObject({ scope: 3, completed: 0 });
    expect(in1904!.model.delayed.map((task) => [task.id, task.due, task.daysLate])).toEqual([
      ['OP-001', '2023-07-15', 5],
      ['OP-005', '2023-07-12', 8],
    ]);
  });

  it('checks as a file reader reads the same 1904 workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('运营任务');
    trackerRows(1900).forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        const isDay = r > 0 && typeof value === 'number';
        // A date cell as Excel for Mac saves it: a date format over the 1904 serial.
        cell.value = isDay ? new Date(Date.UTC(1899, 11, 30) + value * 86_400_000) : value;
        if (isDay) cell.numFmt = 'yyyy-mm-dd';
      }),
    );
    const zip = Buffer.from(await workbook.xlsx.writeBuffer());
    const grids = await readPackageGrids(zip, (bytes) => inflateRawSync(bytes));

    const { fake, ops } = setUp({ dateSystem: 1904 });
    seedTracker(fake, 1904);
    expect(await ops.checkWorkbook(options)).toEqual(checkWorkbook(grids, options));
    // The same days, not only the same issues.
    const { grids: paneGrids } = await excelWorkbookPort(fake.run, EXCEL_1_8).session((session) =>
      session.read(),
    );
    const dues = (read: readonly Grid[]) =>
      recordsOf(readWorkbook(read, options), 'tracker').map((task) => [task.start, task.due]);
    expect(dues(paneGrids)).toEqual(dues(grids));
  });

  it('still reads a number too small to be a day as no day, and a row of zeros as no row', async () => {
    const { fake, ops } = setUp({ dateSystem: 1904 });
    const sheet = fake.workbook.addSheet('运营任务');
    sheet.seed('A1', [
      HEADERS,
      ['OP-001', '调研', '市场部', '张*', stored(1904, '2023-07-01'), 10.31, '高', '进行中'],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    const result = await ops.checkWorkbook(options);
    expect(result.rowsChecked).toBe(1);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'missing-year', cell: 'F2' }),
    );
  });

  it('reads every day from 1905 to 9999 stored as its 1904 serial as that day', async () => {
    const { fake, ops } = setUp({ dateSystem: 1904 });
    await ops.insertTemplate('tracker', 'en-US');
    const port = excelWorkbookPort(fake.run, EXCEL_1_8);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: dayToSerial('1905-01-02'), max: dayToSerial('9999-12-31') }),
        fc.integer({ min: 0, max: 1439 }),
        async (serial, minutes) => {
          fillTable(fake, 'tracker', [
            { id: 'OP-001', name: 'Launch', due: serial - DAYS_1904 + minutes / 1440 },
          ]);
          const { grids } = await port.session((session) => session.read());
          const [task] = recordsOf(readWorkbook(grids, options), 'tracker');
          expect(task?.due).toBe(serialToDay(serial));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('inserts every template with its samples as the same days a 1900 workbook gets', async () => {
    const written = [];
    const checked = [];
    for (const system of [1900, 1904] as const) {
      const { fake, ops } = setUp({ dateSystem: system });
      await ops.insertAllTemplates('zh-CN', { withSample: true });
      written.push(fake);
      checked.push(await ops.checkWorkbook(options));
    }
    const [in1900, in1904] = written as [FakeExcel, FakeExcel];
    expect(checked[1]).toEqual(checked[0]);

    let days = 0;
    for (const sheet of in1900.workbook.sheets) {
      const before = cellsOf(sheet);
      const after = cellsOf(in1904.workbook.sheetNamed(sheet.name));
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const [address, cell] of Object.entries(before)) {
        const [value, formula, format] = cell as [unknown, unknown, string];
        const [value1904] = after[address] as [unknown];
        if (value1904 === value) continue;
        // Only day cells differ, each by exactly the two systems' distance.
        expect({ address, value1904, formula, format }).toEqual({
          address,
          value1904: (value as number) - DAYS_1904,
          formula: undefined,
          format: expect.stringMatching(/y/),
        });
        days += 1;
      }
    }
    expect(days).toBeGreaterThan(0);

    const actions = in1904.workbook.table(TABLE_NAMES.actions)!;
    const heldOn = getTemplate('actions').columns.findIndex((column) => column.key === 'heldOn');
    expect(actions.sheet.cellAt(actions.rect.row + 1, actions.rect.column + heldOn).value).toBe(
      stored(1904, '2023-09-01', 14 * 60),
    );
  });

  it('bounds date validations by the first day the workbook holds, accepting any date typed', async () => {
    const { fake, ops } = setUp({ dateSystem: 1904 });
    await ops.insertTemplate('tracker', 'zh-CN');
    const table = fake.workbook.table(TABLE_NAMES.tracker)!;
    const due = getTemplate('tracker').columns.findIndex((column) => column.key === 'due');
    const rules = table.sheet.validations.filter((v) => v.rule.date);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.map((v) => v.rule.date?.formula1)).toEqual(rules.map(() => '1904-01-01'));
    const cell = cellAddress(table.rect.row + 1, table.rect.column + due);
    expect(table.sheet.userTypes(cell, '1904-01-01')).toBe('accepted');
    expect(table.sheet.userTypes(cell, '9999-12-31')).toBe('accepted');
  });

  it('knows the years its work calendar states', async () => {
    const years = [];
    for (const system of [1900, 1904] as const) {
      const { fake, ops } = setUp({ dateSystem: system });
      await ops.insertTemplate('calendar', 'zh-CN');
      fillTable(fake, 'calendar', [{ date: stored(system, '2031-10-01'), type: '休' }]);
      years.push((await ops.describeWorkbook()).calendarYears);
    }
    expect(years[1]).toEqual(years[0]);
    expect(years[1]).toContain(2031);
  });

  it('fixes a text date into the 1904 serial of its day', async () => {
    const { fake, ops } = setUp({ dateSystem: 1904 });
    const sheet = seedTracker(fake, 1904);
    const changes = await ops.previewFixes();
    expect(changes).toContainEqual(
      expect.objectContaining({
        cell: 'F6',
        kind: 'textDate',
        after: expect.objectContaining({ day: '2023-07-12' }),
      }),
    );
    await ops.applyFixes(changes, 'zh-CN');
    expect(sheet.cell('F6').value).toBe(stored(1904, '2023-07-12'));

    const { fake: fake1900, ops: ops1900 } = setUp();
    seedTracker(fake1900, 1900);
    await ops1900.applyFixes(await ops1900.previewFixes(), 'zh-CN');
    expect(await ops.checkWorkbook(options)).toEqual(await ops1900.checkWorkbook(options));
  });

  it('finds the review month typed as a date, and inserts the new month in period order', async () => {
    const periods = [];
    for (const system of [1900, 1904] as const) {
      const { fake, ops } = setUp({ dateSystem: system });
      await ops.insertTemplate('tracker', 'zh-CN');
      fillTable(fake, 'tracker', reviewTasks(system));
      await ops.insertTemplate('review', 'zh-CN');
      const period = getTemplate('review').columns.find((column) => column.type === 'period')!;
      // Months typed as dates: Excel stores each as its first day's serial.
      fillTable(fake, 'review', [
        { [period.key]: stored(system, '2023-06-01') },
        { [period.key]: stored(system, '2023-07-01') },
        { [period.key]: stored(system, '2023-09-01') },
      ]);
      const july = await ops.recalculateReview('2023-07', options);
      const august = await ops.recalculateReview('2023-08', options);
      expect(july.model).toMatchObject({ month: '2023-07', scope: 2, completed: 1 });
      periods.push({ july: july.rowAddress, august: august.rowAddress, model: july.model });
    }
    expect(periods[1]).toEqual(periods[0]);
    // July's row is the one typed, the second; August goes between July and September.
    expect(periods[1]!.july).toMatch(/^A3:/);
    expect(periods[1]!.august).toMatch(/^A4:/);
  });
});

function reviewTasks(system: DateSystem): Row[] {
  const at = (day: string) => stored(system, day);
  return [
    {
      id: 'OP-001',
      name: '调研',
      department: '市场部',
      owner: '张*',
      start: at('2023-07-01'),
      due: at('2023-07-15'),
      status: '进行中',
    },
    {
      id: 'OP-002',
      name: '培训',
      department: '人力资源部',
      owner: '李*',
      start: at('2023-07-10'),
      due: at('2023-07-20'),
      status: '已完成',
      completed: at('2023-07-19'),
    },
  ];
}
