/**
 * The command line of SPEC §7, run as the compiled artefact in its own
 * process: each command, each exit status, each error path, the JSON shapes.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { TEMPLATES } from '../../src/core';
import { ZipArchive } from '../../src/xlsx/package/zipArchive';
import { builtCli, runCli, type CliRun } from './support/builtCli';
import { oleCompoundFile } from './support/oleFile';
import { withExtraPart } from './support/zipPart';
import {
  addBudget,
  addTeamTracker,
  HANDBOOK_COLLAB,
  HANDBOOK_TASKS,
  load,
  saveAs,
  typeIntoTable,
} from './support/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-cli-'));
const file = (name: string) => path.join(dir, name);

/** Exit 2 with exactly one line on stderr, nothing on stdout, no stack trace. */
function expectUsageFailure(run: CliRun, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+|Error:/);
}

let handbook: string;

beforeAll(async () => {
  builtCli();
  handbook = file('handbook.xlsx');
  expect(runCli(['template', 'all', '--out', handbook, '--lang', 'zh-CN']).status).toBe(0);
  const workbook = await load(handbook);
  typeIntoTable(workbook, 'OpsTasks', HANDBOOK_TASKS);
  typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
  await saveAs(workbook, handbook);
}, 120_000);

describe('help', () => {
  it('prints the overall usage with every command and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of ['template', 'check', 'review', '--json', '--month', '--write']) {
      expect(run.stdout).toContain(command);
    }
  });

  it.each(['template', 'check', 'review'])(
    'prints the usage of %s with --help and -h',
    (command) => {
      const run = runCli([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: ${command}`));
      expect(runCli([command, '-h']).stdout).toBe(run.stdout);
      expect(runCli(['help', command]).stdout).toBe(run.stdout);
    },
  );

  it('is in Chinese when LANG is zh_*, and --lang wins over the environment', () => {
    expect(runCli(['check', '--help'], { LANG: 'zh_CN.UTF-8' }).stdout).toMatch(/^用法：check/);
    expect(
      runCli(['check', '--help'], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }).stdout,
    ).toMatch(/^用法/);
    expect(runCli(['check', '--help', '--lang', 'en-US'], { LANG: 'zh_CN.UTF-8' }).stdout).toMatch(
      /^Usage/,
    );
  });
});

describe('bad usage exits 2 with one clear line', () => {
  it.each([
    [[], /Missing command/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['check', 'a.xlsx', '--colour'], /check has no option --colour/],
    [['check'], /Name the .xlsx file/],
    [['template', 'tracker', 'collab', '--out', 'x.xlsx'], /Unexpected argument "collab"/],
    [['check', 'a.xlsx', '--today', '2023-02-30'], /--today needs a valid date/],
    [['check', 'a.xlsx', '--today'], /Option --today needs a value/],
    [['template', '--out', 'x.xlsx'], /Name a template/],
    [['template', 'kanban', '--out', 'x.xlsx'], /Unknown template "kanban"/],
    [['template', 'tracker'], /template needs --out/],
    [['template', 'tracker', '--out', 'x.csv'], /must end in .xlsx/],
    [['template', 'tracker', '--out', 'x.xlsx', '--lang', 'fr-FR'], /Unsupported language "fr-FR"/],
    [['review', 'a.xlsx'], /review needs --month/],
    [['review', 'a.xlsx', '--month', '2023-13'], /--month needs a month as YYYY-MM, got "2023-13"/],
    [['review', 'a.xlsx', '--month', '2023-7'], /got "2023-7"/],
  ])('%j', (args, pattern) => {
    expectUsageFailure(runCli(args as string[]), pattern as RegExp);
  });

  it('says it in Chinese under a Chinese locale', () => {
    expectUsageFailure(
      runCli(['review', 'a.xlsx'], { LANG: 'zh_CN.UTF-8' }),
      /review 需要 --month/,
    );
    expectUsageFailure(runCli(['frobnicate'], { LC_ALL: 'zh_CN.UTF-8' }), /未知命令“frobnicate”/);
  });
});

describe('unreadable files exit 2 with one clear line', () => {
  beforeAll(async () => {
    writeFileSync(file('notes.xlsx'), 'not a workbook at all');
    writeFileSync(file('locked.xlsx'), oleCompoundFile(['EncryptionInfo', 'EncryptedPackage']));
    writeFileSync(file('old.xlsx'), oleCompoundFile(['Workbook']));
    mkdirSync(file('folder.xlsx'));
    const budget = new ExcelJS.Workbook();
    addBudget(budget);
    await saveAs(budget, file('budget.xlsx'));
  });

  it.each([
    ['missing.xlsx', /File not found: .*missing\.xlsx/],
    // A folder is read as the .xlsx files in it (SPEC §14); this one holds none.
    ['folder.xlsx', /No \.xlsx files in the folder/],
    ['notes.xlsx', /notes\.xlsx is not an \.xlsx workbook/],
    ['locked.xlsx', /locked\.xlsx is password-protected/],
    ['old.xlsx', /old \.xls format/],
    [
      'budget.xlsx',
      /budget\.xlsx has no sheet Ops Workbook recognises: no header row within the first 30 rows matches any of its templates/,
    ],
  ])('check %s', (name, pattern) => {
    expectUsageFailure(runCli(['check', file(name)]), pattern);
    expectUsageFailure(runCli(['review', file(name), '--month', '2023-07', '--json']), pattern);
  });

  it('reports a password-protected file in Chinese', () => {
    expectUsageFailure(
      runCli(['check', file('locked.xlsx')], { LANG: 'zh_CN.UTF-8' }),
      /locked\.xlsx 受密码保护/,
    );
  });

  it('reports an output it cannot write', () => {
    expectUsageFailure(
      runCli(['template', 'tracker', '--out', file('no/such/dir/t.xlsx')]),
      /Could not write .*t\.xlsx: ENOENT/,
    );
  });
});

describe('saving never drops what the command line does not own', () => {
  let charted: string;

  beforeAll(() => {
    charted = file('charted.xlsx');
    const withChart = withExtraPart(
      readFileSync(handbook),
      'xl/charts/chart1.xml',
      '<chartSpace/>',
    );
    writeFileSync(charted, withChart);
  });

  it('review --write and template into the file keep the chart part byte for byte', () => {
    const before = readFileSync(charted);
    const out = file('charted-reviewed.xlsx');
    const run = runCli([
      'review',
      charted,
      '--month',
      '2023-07',
      '--today',
      '2023-07-25',
      '--write',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const chart = (zip: Buffer) => {
      const archive = new ZipArchive(zip, (bytes) => inflateRawSync(bytes));
      const entry = archive.entry('xl/charts/chart1.xml')!;
      const { start, end } = archive.dataRange(entry);
      return Buffer.from(zip.subarray(start, end));
    };
    expect(chart(readFileSync(out)).equals(chart(before))).toBe(true);
    const appended = file('charted-appended.xlsx');
    writeFileSync(appended, before);
    const template = runCli(['template', 'tracker', '--out', appended], { LANG: 'zh_CN.UTF-8' });
    expect(template.stderr).toBe('');
    expect(template.status).toBe(0);
    expect(chart(readFileSync(appended)).equals(chart(before))).toBe(true);
  });

  it('still reads such a workbook', () => {
    expect(runCli(['review', charted, '--month', '2023-07', '--today', '2023-07-25']).status).toBe(
      0,
    );
  });
});

describe('template', () => {
  it('writes one sheet per template, localised, and never replaces an existing sheet', async () => {
    const out = file('templates.xlsx');
    const first = runCli(['template', 'tracker', '--out', out, '--lang', 'zh-CN']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('任务跟踪表');
    const second = runCli(['template', 'all', '--out', out, '--lang', 'en-US']);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/added as a new sheet/);
    const workbook = await load(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '任务跟踪表',
      ...TEMPLATES.map((template) => template.sheetName['en-US']),
    ]);
    const tables = workbook.worksheets.flatMap((sheet) =>
      (sheet.getTables() as unknown as { model: { name: string } }[]).map((t) => t.model.name),
    );
    expect(tables).toEqual([
      'OpsTasks',
      'OpsTasks2',
      ...TEMPLATES.slice(1).map((template) => template.tableName),
    ]);
  });

  it('writes headers in the language of the environment when --lang is absent', async () => {
    const out = file('env-lang.xlsx');
    expect(runCli(['template', 'tracker', '--out', out], { LANG: 'zh_TW.UTF-8' }).status).toBe(0);
    const sheet = (await load(out)).getWorksheet('任务跟踪表')!;
    expect(sheet.getCell('A1').value).toBe('任务ID');
  });

  it('takes a same-named sheet into account: 任务跟踪表 (2)', () => {
    const out = file('twice.xlsx');
    runCli(['template', 'tracker', '--out', out, '--lang', 'zh-CN']);
    const again = runCli(['template', 'tracker', '--out', out, '--lang', 'zh-CN']);
    expect(again.stdout).toContain('任务跟踪表 (2)');
    expect(again.stdout).toContain('OpsTasks2');
  });
});

describe('check', () => {
  it('finds nothing in a fresh template: exit 0 and an empty JSON report', () => {
    const out = file('fresh.xlsx');
    runCli(['template', 'all', '--out', out]);
    const run = runCli(['check', out, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ issues: [], errors: 0, warnings: 0 });
  });

  it('prints exactly one JSON document in the shape of SPEC §7, exit 1 on errors', async () => {
    const broken = new ExcelJS.Workbook();
    const sheet = broken.addWorksheet('任务跟踪表');
    sheet.addRow([
      '任务ID',
      '任务名称',
      '所属部门',
      '负责人',
      '开始日期',
      '截止日期',
      '优先级',
      '当前状态',
    ]);
    sheet.addRow(['OP-001', '问卷', '市场部', '张*', '2023-07-10', '2023-07-05', '高', '进行中']);
    await saveAs(broken, file('broken.xlsx'));

    const run = runCli([
      'check',
      file('broken.xlsx'),
      '--json',
      '--lang',
      'zh-CN',
      '--today',
      '2023-07-20',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['issues', 'errors', 'warnings']);
    expect(report.issues).toContainEqual({
      sheet: '任务跟踪表',
      cell: 'F2',
      row: 2,
      field: 'due',
      severity: 'error',
      code: 'due-before-start',
      message: expect.stringContaining('截止日期'),
    });
    for (const issue of report.issues) {
      expect(Object.keys(issue)).toEqual([
        'sheet',
        'cell',
        'row',
        'field',
        'severity',
        'code',
        'message',
      ]);
    }
    const human = runCli(['check', file('broken.xlsx'), '--today', '2023-07-20', '--lang', 'en']);
    expect(human.status).toBe(1);
    expect(human.stdout).toMatch(/任务跟踪表!F2 {2}error {2}/);
    expect(human.stdout).toMatch(/1 error\(s\)/);
    expect(report.errors).toBe(
      report.issues.filter((i: { severity: string }) => i.severity === 'error').length,
    );
  });

  it('prints a readable localised summary without --json', () => {
    const zh = runCli(['check', handbook, '--today', '2023-07-25'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toMatch(/已检查 \d+ 张工作表/);
    expect(zh.stdout).toMatch(/任务跟踪表（任务跟踪表，表头在第 1 行，6 行）/);
    const en = runCli(['check', handbook, '--today', '2023-07-25', '--lang', 'en-US']);
    expect(en.stdout).toMatch(/Checked \d+ sheet\(s\)/);
    expect(en.status).toBe(zh.status);
  });

  it("reads a team's own tracker (title row, synonyms, Period ranges)", async () => {
    const workbook = new ExcelJS.Workbook();
    addTeamTracker(workbook);
    await saveAs(workbook, file('team.xlsx'));
    const run = runCli(['check', file('team.xlsx'), '--json', '--today', '2023-07-25']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toBe(0);
    expect(
      report.issues.map((i: { code: string; cell: string }) => `${i.code}@${i.cell}`),
    ).toContain('unassigned@D4');
  });
});

describe('review', () => {
  it('prints the review of SPEC §7 as one JSON document', () => {
    const run = runCli([
      'review',
      handbook,
      '--month',
      '2023-07',
      '--today',
      '2023-07-25',
      '--json',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const review = JSON.parse(run.stdout);
    expect(Object.keys(review)).toEqual([
      'month',
      'today',
      'scope',
      'completed',
      'completionRate',
      'delayed',
      'overdue',
      'unassigned',
      'byDepartment',
      'collaborationProblems',
      // Then the section of every kind the workbook holds (it holds every template).
      ...TEMPLATES.flatMap((template) =>
        template.review && !template.review.topLevel ? [template.review.key] : [],
      ),
    ]);
    expect(review).toMatchObject({ month: '2023-07', today: '2023-07-25', scope: 5, completed: 2 });
    expect(review.completionRate).toBeCloseTo(0.4, 6);
    expect(review.delayed).toEqual([
      {
        id: 'OP-001',
        name: 'Q3客户满意度调研',
        due: '2023-07-15',
        reason: '需产品部*确认调研维度',
        daysLate: 10,
      },
      {
        id: 'OP-002',
        name: '新员工入职培训',
        due: '2023-07-20',
        reason: '行政部*协调培训场地',
        daysLate: 5,
      },
      {
        id: 'OP-005',
        name: '渠道活动复盘',
        due: '2023-07-10',
        reason: '+活动数据晚到',
        daysLate: 2,
      },
    ]);
    expect(review.overdue).toEqual(['OP-001', 'OP-002']);
    expect(review.unassigned).toEqual(['OP-004']);
    expect(review.byDepartment).toContainEqual({
      department: '市场部',
      scope: 3,
      completed: 2,
      completionRate: 0.666666,
    });
    expect(review.collaborationProblems).toEqual([
      {
        id: 'CO-002',
        topic: '季度客户答谢会筹备',
        deadline: '2023-07-22',
        note: '场地已确认，名单待销售部*补充',
      },
    ]);
  });

  it('prints a readable summary with the completion text', () => {
    const run = runCli([
      'review',
      handbook,
      '--month',
      '2023-07',
      '--today',
      '2023-07-25',
      '--lang',
      'en-US',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Monthly review 2023-07 (as of 2023-07-25)');
    expect(run.stdout).toContain('40.0% (2/5)');
    expect(run.stdout).toContain(
      'OP-001 Q3客户满意度调研 (due 2023-07-15) — 需产品部*确认调研维度',
    );
  });

  it('--write updates the review sheet and says the chart is left to the add-in', async () => {
    const out = file('reviewed.xlsx');
    const run = runCli([
      'review',
      handbook,
      '--month',
      '2023-07',
      '--today',
      '2023-07-25',
      '--write',
      out,
      '--lang',
      'en-US',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Wrote .*reviewed\.xlsx/);
    expect(run.stdout).toMatch(/add-in draws the chart/);
    const workbook = await load(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('月度运营复盘表');
  });

  it('--write may name the file it reads: the review lands in the same workbook', async () => {
    const copy = file('in-place.xlsx');
    writeFileSync(copy, readFileSync(handbook));
    const run = runCli([
      'review',
      copy,
      '--month',
      '2023-07',
      '--today',
      '2023-07-25',
      '--write',
      copy,
    ]);
    expect(run.status).toBe(0);
    const workbook = await load(copy);
    const review = workbook.getWorksheet('月度运营复盘表')!;
    expect(review.getCell('A2').value).toBe('2023-07');
    expect(review.getCell('C2').value).toBe('40.0% (2/5)');
    expect(workbook.getWorksheet('任务跟踪表')!.getCell('A2').value).toBe('OP-001');
  });

  it('--write creates the review sheet when the workbook has none, leaving the rest as it was', async () => {
    const team = new ExcelJS.Workbook();
    addTeamTracker(team);
    await saveAs(team, file('team-only.xlsx'));
    const out = file('team-reviewed.xlsx');
    const run = runCli([
      'review',
      file('team-only.xlsx'),
      '--month',
      '2023-07',
      '--today',
      '2023-07-25',
      '--write',
      out,
    ]);
    expect(run.status).toBe(0);
    const workbook = await load(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Team July', 'Monthly Review']);
    const review = workbook.getWorksheet('Monthly Review')!;
    expect(review.getCell('A2').value).toBe('2023-07');
    expect(review.getCell('C2').value).toBe('33.3% (1/3)');
    expect(workbook.getWorksheet('Team July')!.getCell('B3').value).toBe('Partner newsletter');
  });

  it('--format text prints the chat text and --format markdown the tables the pane copies, each delayed task with its days late', () => {
    const args = ['review', handbook, '--month', '2023-07', '--today', '2023-07-25'];
    const text = runCli([...args, '--format', 'text']);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('2023-07 月度运营复盘（截至 2023-07-25）');
    expect(lines[1]).toBe('2023-07 关键任务完成率：40.0% (2/5)');
    expect(lines).toContain(
      '1. OP-001 Q3客户满意度调研（截止 2023-07-15，延期10天） — 需产品部*确认调研维度',
    );
    expect(lines.at(-1)).toMatch(/^全部任务表截至 2023-07-25：逾期 \d+ 个，未分配负责人 \d+ 个$/);
    const markdown = runCli([...args, '--format', 'markdown', '--lang', 'en-US']);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(
      /^## Monthly review 2023-07 \(as of 2023-07-25\)\n\n\| Figure \| Value \|/,
    );
    expect(markdown.stdout).toContain('| Key task completion (2023-07) | 40.0% (2/5) |');
    expect(markdown.stdout).toContain(
      '| OP-001 | Q3客户满意度调研 | 2023-07-15 | 10 | 需产品部\\*确认调研维度 |',
    );
  });

  it.each([
    [['--format', 'csv'], /Unsupported format "csv"/],
    [['--format', 'text', '--json'], /--json and --format text cannot be used together/],
  ])('rejects %j', (extra, pattern) => {
    expectUsageFailure(
      runCli(['review', handbook, '--month', '2023-07', ...(extra as string[])]),
      pattern as RegExp,
    );
  });

  it("speaks --lang, else the workbook's language, not LANG", async () => {
    const args = ['review', handbook, '--month', '2023-07', '--today', '2023-07-25'];
    expect(runCli(args, { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^2023-07 月度复盘/);
    expect(runCli([...args, '--lang', 'en-US'], { LANG: 'zh_CN.UTF-8' }).stdout).toMatch(
      /^Monthly review 2023-07/,
    );
    const team = new ExcelJS.Workbook();
    addTeamTracker(team);
    await saveAs(team, file('team-english.xlsx'));
    const english = runCli(['check', file('team-english.xlsx'), '--today', '2023-07-25'], {
      LANG: 'zh_CN.UTF-8',
    });
    expect(english.stdout).toMatch(/^Checked \d+ sheet/);
  });
});
