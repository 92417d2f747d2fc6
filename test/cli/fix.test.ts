/**
 * SPEC §13 `fix <file.xlsx> --write <out.xlsx> [--json]`: each conversion before and after in a
 * real file, the Fix Log sheet, a second Fix finds nothing, the source is never written, and
 * nothing outside the listed cells changes (property over random workbooks).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { runCli } from '../../src/cli/run';

interface Ran {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(args: string[], lang = 'zh_CN.UTF-8'): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(
    args,
    { LANG: lang },
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      now: () => new Date(2024, 4, 20, 9, 30, 5),
    },
  );
  return { status, stdout, stderr };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ops-fix-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A team's weekly plan, with a title row, a merged title and the values Fix converts. */
async function teamWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('周计划');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = '第20周工作计划';
  sheet.addRow(['任务', '负责人', '开始日期', '截止日期', '优先级', '状态']);
  sheet.addRow(['整理需求', '张*', '2024.05.06', '2024-05-10 周五', 'H', '处理中']);
  sheet.addRow(['评审原型', '待定', new Date(Date.UTC(2024, 4, 13)), '2024/5/17', '中', '已完成']);
  sheet.getCell('C4').numFmt = 'yyyy/m/d';
  sheet.addRow(['=SUM(1)', '-', '', '下周', 'P9', 'Doing']);
  workbook.addWorksheet('预算').addRow(['差旅', '2024.05.06', '待定']);
  await workbook.xlsx.writeFile(file);
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('fix on a team tracker', () => {
  it('lists every change without --write and writes nothing', async () => {
    const source = path.join(dir, 'preview.xlsx');
    await teamWorkbook(source);
    const before = await readFile(source);
    const ran = await cli(['fix', source]);
    expect(ran).toMatchObject({ status: 0, stderr: '' });
    expect(ran.stdout.split('\n')).toEqual([
      '周计划!C3  2024.05.06 → 2024-05-06（文本日期转为日期）',
      '周计划!D3  2024-05-10 周五 → 2024-05-10（文本日期转为日期）',
      '周计划!E3  H → 高（优先级统一为下拉值）',
      '周计划!F3  处理中 → 进行中（状态统一为下拉值）',
      '周计划!B4  待定 → （空）（负责人占位符清空）',
      '周计划!D4  2024/5/17 → 2024-05-17（文本日期转为日期）',
      '周计划!B5  - → （空）（负责人占位符清空）',
      '周计划!F5  Doing → 进行中（状态统一为下拉值）',
      '共 8 处可修正。加上 --write <输出.xlsx> 即可写入（并记入“修正记录”工作表）。',
      '',
    ]);
    expect(await readFile(source)).toEqual(before);
  });

  it("speaks the workbook's language on an English system, as check does, unless --lang says otherwise", async () => {
    const source = path.join(dir, 'language.xlsx');
    await teamWorkbook(source);
    const chinese = await cli(['fix', source], 'en_US.UTF-8');
    expect(chinese.stdout).toContain('周计划!E3  H → 高（优先级统一为下拉值）');
    const english = await cli(['fix', source, '--lang', 'en-US'], 'zh_CN.UTF-8');
    expect(english.stdout).toContain('周计划!E3  H → 高 (priority to a dropdown value)');
  });

  it('--write changes exactly those cells, logs each one, and a second fix finds nothing', async () => {
    const source = path.join(dir, 'team.xlsx');
    const out = path.join(dir, 'team-fixed.xlsx');
    await teamWorkbook(source);
    const ran = await cli(['fix', source, '--write', out, '--json']);
    expect(ran.status).toBe(0);
    const document = JSON.parse(ran.stdout);
    expect(document).toMatchObject({ count: 8, log: '修正记录' });
    expect(document.changes[0]).toEqual({
      sheet: '周计划',
      cell: 'C3',
      field: 'start',
      kind: 'textDate',
      before: '2024.05.06',
      after: '2024-05-06',
    });

    const fixed = await load(out);
    const sheet = fixed.getWorksheet('周计划')!;
    expect(sheet.getCell('C3').value).toEqual(new Date(Date.UTC(2024, 4, 6)));
    // The column's own date format (C4 shows yyyy/m/d); a column with none gets the template's.
    expect(sheet.getCell('C3').numFmt).toBe('yyyy/m/d');
    expect(sheet.getCell('D3').value).toEqual(new Date(Date.UTC(2024, 4, 10)));
    expect(sheet.getCell('D3').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('E3').value).toBe('高');
    expect(sheet.getCell('F3').value).toBe('进行中');
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getCell('A5').value).toBe('=SUM(1)');
    expect(sheet.getCell('D5').value).toBe('下周');
    expect(sheet.getCell('E5').value).toBe('P9');
    expect(fixed.getWorksheet('预算')!.getCell('B1').value).toBe('2024.05.06');

    const log = fixed.getWorksheet('修正记录')!;
    expect(log.getRow(1).values).toEqual([
      undefined,
      '时间',
      '工作表',
      '单元格',
      '修改前',
      '修改后',
    ]);
    expect(log.getRow(2).values).toEqual([
      undefined,
      '2024-05-20 09:30:05',
      '周计划',
      'C3',
      '2024.05.06',
      '2024-05-06',
    ]);
    expect(log.rowCount).toBe(9);

    const again = await cli(['fix', out, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ changes: [], count: 0, log: null });
    const check = await cli(['check', out, '--json', '--today', '2024-05-20']);
    const issues = JSON.parse(check.stdout).issues as { cell: string; code: string }[];
    expect(issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual([
      'B5 unassigned',
      'D5 invalid-date',
      'E5 invalid-priority',
    ]);
  });

  it('a second fix --write appends to the same log, in English too', async () => {
    const source = path.join(dir, 'again.xlsx');
    const first = path.join(dir, 'again-1.xlsx');
    await teamWorkbook(source);
    await cli(['fix', source, '--write', first]);
    const workbook = await load(first);
    workbook.getWorksheet('周计划')!.getCell('F4').value = 'Closed';
    await workbook.xlsx.writeFile(first);
    const second = path.join(dir, 'again-2.xlsx');
    const ran = await cli(['fix', first, '--write', second, '--lang', 'en-US']);
    expect(ran.stdout).toBe(
      '周计划!F4  Closed → 已完成 (status to a dropdown value)\nWrote ' +
        second +
        ': 1 cells fixed, each logged on sheet "修正记录"; nothing else changed.\n',
    );
    const log = (await load(second)).getWorksheet('修正记录')!;
    expect(log.rowCount).toBe(10);
    expect(log.getRow(10).values).toEqual([
      undefined,
      '2024-05-20 09:30:05',
      '周计划',
      'F4',
      'Closed',
      '已完成',
    ]);
  });

  it('--write --json in English: the same changes, a "Fix Log" sheet for an English tracker', async () => {
    const source = path.join(dir, 'english.xlsx');
    const out = path.join(dir, 'english-fixed.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Launch plan');
    sheet.addRow(['Task', 'Owner', 'Due', 'Status']);
    sheet.addRow(['Pricing page', 'TBD', '2024.05.17', 'Doing']);
    await workbook.xlsx.writeFile(source);
    const ran = await cli(['fix', source, '--write', out, '--json'], 'en_US.UTF-8');
    expect(ran.status).toBe(0);
    const document = JSON.parse(ran.stdout);
    expect(document).toMatchObject({ count: 3, log: 'Fix Log' });
    expect(
      document.changes.map((change: { cell: string; after: string }) => [
        change.cell,
        change.after,
      ]),
    ).toEqual([
      ['B2', ''],
      ['C2', '2024-05-17'],
      ['D2', 'In progress'],
    ]);
    const fixed = await load(out);
    expect(fixed.getWorksheet('Launch plan')!.getCell('C2').value).toEqual(
      new Date(Date.UTC(2024, 4, 17)),
    );
    expect(fixed.getWorksheet('Fix Log')!.getRow(1).values).toHaveLength(6);
  });

  it('a workbook with no tracker is refused with one line and status 2', async () => {
    const file = path.join(dir, 'none.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('预算').addRow(['差旅', '2024.05.06']);
    await workbook.xlsx.writeFile(file);
    const ran = await cli(['fix', file], 'en_US.UTF-8');
    expect(ran.status).toBe(2);
    expect(ran.stderr.split('\n')).toHaveLength(2);
  });
});

describe('fix data safety (property)', () => {
  const value = fc.oneof(
    fc.constantFrom(
      '2024.05.06',
      '7月5日',
      '处理中',
      'H',
      '待定',
      'TBD',
      '张*',
      '=A1',
      '-',
      '10-05-2024',
      '已完成',
    ),
    fc.integer({ min: 1, max: 60_000 }),
    fc.string({ maxLength: 5 }),
  );
  const grid = fc.array(
    fc.array(fc.option(value, { nil: undefined }), { minLength: 6, maxLength: 6 }),
    {
      minLength: 1,
      maxLength: 5,
    },
  );

  it('every cell not listed keeps its value, on every sheet', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(grid, grid, async (tracker, other) => {
        run += 1;
        const source = path.join(dir, `random-${run}.xlsx`);
        const out = path.join(dir, `random-${run}-fixed.xlsx`);
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('T');
        sheet.addRow(['任务', '负责人', '开始日期', '截止日期', '优先级', '状态']);
        tracker.forEach((line) => sheet.addRow(line.map((cell) => cell ?? null)));
        const extra = workbook.addWorksheet('Other');
        other.forEach((line) => extra.addRow(line.map((cell) => cell ?? null)));
        await workbook.xlsx.writeFile(source);
        const ran = await cli(['fix', source, '--write', out, '--json']);
        if (ran.status !== 0) return; // a sheet without a tracker: refused, nothing written
        const listed = new Set(
          (JSON.parse(ran.stdout).changes as { sheet: string; cell: string }[]).map(
            (c) => `${c.sheet}!${c.cell}`,
          ),
        );
        const before = await load(source);
        const after = await load(out);
        for (const name of ['T', 'Other']) {
          before.getWorksheet(name)!.eachRow({ includeEmpty: true }, (row) =>
            row.eachCell({ includeEmpty: true }, (cell) => {
              if (listed.has(`${name}!${cell.address}`)) return;
              expect(after.getWorksheet(name)!.getCell(cell.address).value).toEqual(cell.value);
            }),
          );
        }
      }),
      { numRuns: 15 },
    );
  });
});
