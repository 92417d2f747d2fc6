/**
 * SPEC §14: several department workbooks, one review, as the compiled CLI
 * runs it: per-file figures that add up to the combined ones, `<file>:<id>`
 * names, departments merged across files, folders, a damaged file among
 * good ones, and the summary written into its own workbook only.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { planTemplate, type Grid } from '../../src/core';
import { storedEntries } from '../xlsx/support/reviewWrite';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { tableProblems } from './support/integrity';
import { builtCli, runCli } from './support/builtCli';
import { HANDBOOK_COLLAB, HANDBOOK_TASKS, typeIntoTable, type Row } from './support/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-several-'));
const reports = path.join(dir, 'reports');
const file = (name: string) => path.join(reports, name);
const TODAY = '2023-07-25';

async function departmentFile(name: string, tasks: readonly Row[], collab: boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
  if (collab) writeSheetPlan(workbook, planTemplate('collab', 'zh-CN'));
  typeIntoTable(workbook, 'OpsTasks', tasks);
  if (collab) typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
  await workbook.xlsx.writeFile(file(name));
}

const review = (inputs: string[], extra: string[] = []) =>
  runCli(['review', ...inputs, '--month', '2023-07', '--today', TODAY, '--json', ...extra]);

beforeAll(async () => {
  builtCli();
  mkdirSync(reports);
  // Both files hold OP-001: IDs repeat across departments' files and are not issues.
  await departmentFile('市场部.xlsx', HANDBOOK_TASKS.slice(0, 4), true);
  await departmentFile(
    '销售部.xlsx',
    HANDBOOK_TASKS.slice(0, 1).concat(HANDBOOK_TASKS.slice(4)),
    false,
  );
}, 120_000);

describe('review over several files', () => {
  it('adds up the single-file reviews, names tasks <file>:<id> and merges departments', () => {
    const one = JSON.parse(review([file('市场部.xlsx')]).stdout);
    const two = JSON.parse(review([file('销售部.xlsx')]).stdout);
    const run = review([file('市场部.xlsx'), file('销售部.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const both = JSON.parse(run.stdout);
    expect(both.scope).toBe(one.scope + two.scope);
    expect(both.completed).toBe(one.completed + two.completed);
    expect(both.files).toEqual([
      {
        file: '市场部.xlsx',
        scope: one.scope,
        completed: one.completed,
        completionRate: one.completionRate,
      },
      {
        file: '销售部.xlsx',
        scope: two.scope,
        completed: two.completed,
        completionRate: two.completionRate,
      },
    ]);
    expect(both.overdue).toEqual([
      ...one.overdue.map((id: string) => `市场部.xlsx:${id}`),
      ...two.overdue.map((id: string) => `销售部.xlsx:${id}`),
    ]);
    expect(both.overdue).toContain('市场部.xlsx:OP-001');
    expect(both.overdue).toContain('销售部.xlsx:OP-001');
    const departments = new Map<string, number>();
    for (const row of [...one.byDepartment, ...two.byDepartment])
      departments.set(row.department, (departments.get(row.department) ?? 0) + row.scope);
    expect(
      Object.fromEntries(
        both.byDepartment.map((row: { department: string; scope: number }) => [
          row.department,
          row.scope,
        ]),
      ),
    ).toEqual(Object.fromEntries(departments));
    expect(both.unreadable).toEqual([]);
  });

  it('reads a folder as the .xlsx files in it', () => {
    const run = review([reports]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      '市场部.xlsx',
      '销售部.xlsx',
    ]);
  });

  it('reports a damaged file by name, still counts the others, and exits 2', () => {
    const damaged = path.join(dir, '财务部.xlsx');
    writeFileSync(damaged, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]));
    const run = review([reports, damaged]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('财务部.xlsx');
    const document = JSON.parse(run.stdout);
    expect(document.files).toHaveLength(2);
    expect(document.unreadable).toEqual([
      { file: '财务部.xlsx', message: expect.stringContaining('财务部.xlsx') },
    ]);
  });

  it('writes the combined review and a per-file table into the summary only', async () => {
    const summary = path.join(dir, 'summary.xlsx');
    const sources = [file('市场部.xlsx'), file('销售部.xlsx')];
    const before = sources.map((source) => readFileSync(source));
    const run = runCli([
      'review',
      reports,
      '--month',
      '2023-07',
      '--today',
      TODAY,
      '--write',
      summary,
      '--lang',
      'zh-CN',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('源文件未改动');
    sources.forEach((source, index) =>
      expect(readFileSync(source).equals(before[index]!)).toBe(true),
    );
    const grids = await readPackageGrids(readFileSync(summary), (bytes) => inflateRawSync(bytes));
    const sheet = grids.find((grid) => grid.tableName === 'OpsReview')!;
    expect(sheet.cells[1]?.[0]).toBe('2023-07');
    // Where the plan placed it: after the department block and the sections column.
    const header = sheet.cells[0] ?? [];
    const files = header.indexOf('2023-07 各文件完成情况');
    expect(files).toBeGreaterThan(header.indexOf('2023-07 各部门完成情况') + 5);
    expect(sheet.cells.slice(2, 4).map((row) => row[files])).toEqual([
      '市场部.xlsx',
      '销售部.xlsx',
    ]);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.readFile(summary);
    expect(tableProblems(loaded)).toEqual([]);

    const first = readFileSync(summary);
    runCli([
      'review',
      reports,
      '--month',
      '2023-07',
      '--today',
      TODAY,
      '--write',
      summary,
      '--lang',
      'zh-CN',
    ]);
    // Written again: the same file, but for the time of the update the review sheet records (the
    // built CLI runs on the real clock). Every other part is byte for byte what the first write made.
    const second = readFileSync(summary);
    const firstEntries = storedEntries(first);
    const secondEntries = storedEntries(second);
    expect([...secondEntries.keys()]).toEqual([...firstEntries.keys()]);
    const differing = [...firstEntries]
      .filter(([name, bytes]) => !secondEntries.get(name)?.equals(bytes))
      .map(([name]) => name);
    expect(differing.filter((name) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(name))).toEqual([]);
    const withoutTimes = (grids: Grid[]) =>
      JSON.stringify(grids).replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?/g, 'TIME');
    const unzip = (bytes: Uint8Array) => readPackageGrids(bytes, (data) => inflateRawSync(data));
    expect(withoutTimes(await unzip(second))).toBe(withoutTimes(await unzip(first)));
  });

  it('refuses a summary that is one of the sources', () => {
    const run = runCli(['review', reports, '--month', '2023-07', '--write', file('市场部.xlsx')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /summary file cannot be one of the files read|汇总文件不能是被读取的文件之一/,
    );
  });
});

describe('check over several files', () => {
  it('names each issue by file and does not call an ID repeated across files a duplicate', () => {
    const run = runCli([
      'check',
      file('市场部.xlsx'),
      file('销售部.xlsx'),
      '--today',
      TODAY,
      '--json',
    ]);
    const document = JSON.parse(run.stdout);
    expect(document.files.map((f: { file: string }) => f.file)).toEqual([
      '市场部.xlsx',
      '销售部.xlsx',
    ]);
    expect(document.issues.every((issue: { file: string }) => /部\.xlsx$/.test(issue.file))).toBe(
      true,
    );
    expect(document.issues.some((issue: { code: string }) => issue.code === 'duplicate-id')).toBe(
      false,
    );
    expect(document.errors).toBe(
      document.files.reduce((sum: number, f: { errors: number }) => sum + f.errors, 0),
    );
    expect(run.status).toBe(document.errors > 0 ? 1 : 0);
  });
});

describe('an unreadable file among good ones, in either language (SPEC §14)', () => {
  const WORDS = {
    'zh-CN': {
      damaged: '无法作为工作簿读取，文件可能已损坏。',
      read: '已读取 2 个文件；1 个无法读取。',
    },
    'en-US': {
      damaged: 'cannot be read as a workbook; the file may be damaged.',
      read: 'Read 2 file(s); 1 could not be read.',
    },
  } as const;
  const cases = (['check', 'review'] as const).flatMap((command) =>
    (['zh-CN', 'en-US'] as const).map((lang) => [command, lang] as const),
  );

  it.each(cases)('%s in %s: names it on stderr, counts the others, exits 2', (command, lang) => {
    const damaged = path.join(dir, `损坏-${command}-${lang}.xlsx`);
    writeFileSync(damaged, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]));
    const extra = command === 'review' ? ['--month', '2023-07'] : [];
    const run = runCli([
      command,
      file('市场部.xlsx'),
      damaged,
      file('销售部.xlsx'),
      '--today',
      TODAY,
      '--lang',
      lang,
      ...extra,
    ]);
    expect(run.status).toBe(2);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(path.basename(damaged));
    expect(errors[0]).toContain(WORDS[lang].damaged);
    expect(run.stdout).toContain(WORDS[lang].read);
    if (command === 'check') {
      // Both good files are checked and headed by name.
      expect(run.stdout).toContain('== 市场部.xlsx ==');
      expect(run.stdout).toContain('== 销售部.xlsx ==');
    }
  });

  it.each(['check', 'review'] as const)(
    '%s --json: the good files counted, the bad one under unreadable',
    (command) => {
      const damaged = path.join(dir, `损坏-${command}.xlsx`);
      writeFileSync(damaged, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]));
      const extra = command === 'review' ? ['--month', '2023-07'] : [];
      const alone = [file('市场部.xlsx'), file('销售部.xlsx')];
      const args = ['--today', TODAY, '--json', ...extra];
      const good = JSON.parse(runCli([command, ...alone, ...args]).stdout);
      const run = runCli([command, alone[0]!, damaged, alone[1]!, ...args]);
      expect(run.status).toBe(2);
      const document = JSON.parse(run.stdout);
      expect(document.files).toEqual(good.files);
      expect(document.unreadable).toEqual([
        { file: path.basename(damaged), message: expect.stringContaining(path.basename(damaged)) },
      ]);
      if (command === 'check') expect(document.errors).toBe(good.errors);
      else expect(document.scope).toBe(good.scope);
    },
  );
});
