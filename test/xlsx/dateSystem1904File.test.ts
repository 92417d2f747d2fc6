/**
 * Files that use the 1904 date system, read and written. Reads: a stored
 * number below 1901-01-01's serial stays as stored (no day in either system,
 * as the pane leaves it), so 10.31 reports its missing year and a row of
 * formula zeros is no row. Writes into a workbook that uses the 1904 date system (`workbookPr
 * date1904="1"`, the default of Excel 2008 for Mac and earlier): a day is
 * stored as that system counts it, 1462 lower than the 1900 system's serial
 * (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 * Before this, `fix --write` stored 1900-system serials there, so a text
 * date 2023.07.05 it converted showed as 2027-07-06 in Excel.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { dayToSerial, DAYS_1904, planTemplate, type Grid } from '../../src/core';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { inflate } from './support/reviewWrite';

async function cli(args: readonly string[]): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const status = await runCli(
    args,
    {},
    {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      now: () => new Date(2023, 6, 25, 9, 30),
    },
  );
  return { status, stderr };
}

/** Where the collaboration log's meeting time is (its template's column order). */
let meetingCell = '';

/** A team's tracker and collaboration log with text dates Fix converts, in either date system. */
async function teamWorkbook(date1904: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const tasks = workbook.addWorksheet('任务');
  tasks.addRow(['任务名称', '负责人', '开始日期', '截止日期', '状态']);
  // ExcelJS stores a Date in the workbook's own system: C2 is a real date either way.
  tasks.addRow(['写周报', '张三', new Date(Date.UTC(2023, 6, 1)), '2023.07.05', '进行中']);
  tasks.getCell('C2').numFmt = 'yyyy-mm-dd';
  const log = workbook.addWorksheet('沟通');
  const headers = planTemplate('collab', 'zh-CN').columns.map((column) => column.header);
  log.addRow(headers);
  const row: Record<string, string> = {
    协作事项编号: 'XZ-001',
    协作事项描述: '对齐排期',
    发起部门: '运营部',
    总负责人: '李四',
    沟通时间: '2023-07-05 14:30',
    状态: '进行中',
  };
  log.addRow(headers.map((header) => row[header] ?? ''));
  meetingCell = `${String.fromCharCode(65 + headers.indexOf('沟通时间'))}2`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'ops-date-system-'));
}

/** The `<v>` a sheet part stores for a cell, as written (no date system applied). */
async function storedValue(bytes: Buffer, sheet: number, cell: string): Promise<number> {
  const archive = new ZipArchive(bytes, inflate);
  const xml = xmlText(await archive.read(archive.entry(`xl/worksheets/sheet${sheet}.xml`)!));
  const match = new RegExp(`<c r="${cell}"[^>]*><v>([^<]*)</v>`).exec(xml);
  if (!match) throw new Error(`no value stored for ${cell}`);
  return Number(match[1]);
}

const cellOf = (grids: readonly Grid[], sheet: string, row: number, column: number) =>
  grids.find((grid) => grid.sheetName === sheet)?.cells[row]?.[column];

describe.each([
  [1900, false],
  [1904, true],
])('fix --write in a %s workbook', (system, date1904) => {
  const offset = date1904 ? DAYS_1904 : 0;
  let fixed: Buffer;

  beforeAll(async () => {
    const dir = tempDir();
    const source = path.join(dir, 'team.xlsx');
    const out = path.join(dir, 'team-fixed.xlsx');
    writeFileSync(source, await teamWorkbook(date1904));
    expect(await cli(['fix', source, '--write', out])).toEqual({ status: 0, stderr: '' });
    fixed = readFileSync(out);
  });

  it('stores a converted date as the workbook counts days', async () => {
    expect(await storedValue(fixed, 1, 'D2')).toBe(dayToSerial('2023-07-05') - offset);
    // A date and time keeps its time on the same day.
    const meeting = await storedValue(fixed, 2, meetingCell);
    expect(meeting).toBeCloseTo(dayToSerial('2023-07-05') - offset + (14 * 60 + 30) / 1440, 9);
  });

  it('reads back as the day the text said, beside the date the team typed', async () => {
    const grids = await readPackageGrids(fixed, inflate);
    expect(cellOf(grids, '任务', 1, 3)).toBe(dayToSerial('2023-07-05'));
    expect(cellOf(grids, '任务', 1, 2)).toBe(dayToSerial('2023-07-01'));
  });
});

describe('template --out into an existing workbook', () => {
  /** The work calendar (its rows hold days) `template` adds to a workbook of each system, read back (1900 serials in the core). */
  async function addedCalendar(date1904: boolean): Promise<{ grid: Grid; bytes: Buffer }> {
    const dir = tempDir();
    const out = path.join(dir, 'team.xlsx');
    writeFileSync(out, await teamWorkbook(date1904));
    expect(await cli(['template', 'calendar', '--out', out, '--lang', 'zh-CN'])).toMatchObject({
      status: 0,
    });
    const bytes = readFileSync(out);
    const grid = (await readPackageGrids(bytes, inflate)).find((one) => one.tableName);
    if (!grid) throw new Error('no calendar table was added');
    return { grid, bytes };
  }

  it('gives the calendar rows the same days in a 1904 workbook as in a 1900 one', async () => {
    const [standard, mac] = await Promise.all([addedCalendar(false), addedCalendar(true)]);
    expect(mac.grid.cells).toEqual(standard.grid.cells);
    // The comparison holds dates: the calendar's rows are days.
    const days = standard.grid.cells
      .flat()
      .filter((value) => typeof value === 'number' && value > 40_000);
    expect(days.length).toBeGreaterThan(0);
  });

  it("bounds the date validation by the 1904 system's first and last day", async () => {
    const { bytes } = await addedCalendar(true);
    const archive = new ZipArchive(bytes, inflate);
    const sheets = archive.entries.filter((entry) =>
      /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name),
    );
    const xml = (await Promise.all(sheets.map(async (entry) => xmlText(await archive.read(entry)))))
      .filter((text) => text.includes('type="date"'))
      .join('');
    expect(xml).toContain('<formula1>0</formula1><formula2>2957003</formula2>');
    expect(xml).not.toContain('2958465');
  });
});

describe('check of a 1904 workbook', () => {
  /** A tracker whose due dates are date-formatted: a real day, 10.31 typed for 10月31日, and 0. */
  async function tracker(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('任务');
    sheet.addRow(['任务名称', '负责人', '截止日期', '状态']);
    sheet.addRow(['写周报', '张三', new Date(Date.UTC(2023, 6, 5)), '进行中']);
    sheet.addRow(['排期', '李四', 10.31, '进行中']);
    // A report row copied down from blank cells: formulas showing 0, the date cell as 1904-01-01.
    sheet.addRow([0, 0, 0, 0]);
    sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
    const file = path.join(tempDir(), 'mac.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('reads the day it shows, reports 10.31 without its year, and counts no row of zeros', async () => {
    let stdout = '';
    const status = await runCli(
      ['check', await tracker(), '--json', '--today', '2023-07-20'],
      {},
      { stdout: (text) => (stdout += text), stderr: () => undefined, now: () => new Date() },
    );
    expect(status).toBe(1);
    // The zeros' row would bring issues of its own (its task name 0, its owner 0) if it counted.
    const document = JSON.parse(stdout) as { issues: { cell: string; code: string }[] };
    expect(document.issues.map((issue) => [issue.cell, issue.code])).toEqual([
      ['C3', 'missing-year'],
    ]);
  });
});
