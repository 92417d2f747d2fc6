/**
 * Issue 16's performance targets, each command a whole process of the
 * compiled CLI (the way a pipeline runs it): wall time, CPU and peak resident
 * memory, the median of BENCH_RUNS runs (5 unless told); commands compared
 * with one another run in interleaved rounds (`measureTogether`). At 1k, 10k,
 * 50k and 100k rows (BENCH_SIZES to choose): a floor (node unzipping the
 * sheet parts and a `saxes` scan of them) and the peers (ExcelJS's streaming
 * reader, SheetJS to arrays, openpyxl read-only when this machine has it);
 * files whose declared ranges are huge (the ≤ 5 s / ≤ 300 MB bound is
 * theirs: real rows cost linearly and are held to the floor and the peers
 * instead); `--help` alone; 50 department files of 2,000 rows in one review.
 * One JSON line per measurement, then one per target with `met` (and, beside
 * a CPU ratio, the same ratio in wall time). `npx tsx bench/cli.bench.ts`;
 * BENCH_ONLY picks groups (below).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { planTemplate, type PlanCell, type SheetPlan } from '../src/core';
import { writeSheetPlan } from '../src/xlsx/writePlan';
import { builtCli } from '../test/cli/support/builtCli';
import { textRow, workbookPackage } from '../test/xlsx/support/buildPackage';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/**
 * BENCH_ONLY: a comma-separated choice of `help`, `ranges` (the huge declared
 * ranges), `read` (floor, peers, check and review at each size), `write`
 * (review and fix --write at 50k rows, against that size's check) and
 * `departments`; every group unless told. A short run while working on one.
 */
const ONLY = process.env.BENCH_ONLY?.split(',').map((group) => group.trim());
const only = (group: 'help' | 'ranges' | 'read' | 'write' | 'departments') =>
  ONLY === undefined || ONLY.includes(group);
const WRITE_ROWS = 50_000;
const DEPARTMENT_ROWS = 2_000;
const DEPARTMENT_FILES = 50;
const PYTHON = '/usr/bin/python3';

/** The floor: unzip the sheet parts with node's zlib and scan them with saxes, nothing else. */
const FLOOR = `
const { readFileSync } = require('node:fs');
const { inflateRawSync } = require('node:zlib');
const { SaxesParser } = require('saxes');
const zip = readFileSync(process.argv[1]);
const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
let at = zip.readUInt32LE(end + 16);
for (let i = 0; i < zip.readUInt16LE(end + 10); i += 1) {
  const n = zip.readUInt16LE(at + 28), x = zip.readUInt16LE(at + 30), c = zip.readUInt16LE(at + 32);
  const name = zip.toString('utf8', at + 46, at + 46 + n);
  if (/^xl\\/(worksheets\\/sheet|sharedStrings)/.test(name)) {
    const off = zip.readUInt32LE(at + 42), size = zip.readUInt32LE(at + 20);
    const start = off + 30 + zip.readUInt16LE(off + 26) + zip.readUInt16LE(off + 28);
    const parser = new SaxesParser();
    let tags = 0;
    parser.on('opentag', () => { tags += 1; });
    parser.write(inflateRawSync(zip.subarray(start, start + size)).toString('utf8')).close();
  }
  at += 46 + n + x + c;
}`;

/** A peer: ExcelJS's streaming reader, every row's values. */
const EXCELJS_STREAM = `
const ExcelJS = require('exceljs');
(async () => {
  let rows = 0;
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], {})) {
    for await (const row of sheet) { rows += row.values.length > 0 ? 1 : 0; }
  }
})();`;

/** A peer: SheetJS reading every sheet to arrays of values. */
const SHEETJS = `
const XLSX = require('xlsx');
const workbook = XLSX.readFile(process.argv[1], { dense: true, cellDates: true });
let rows = 0;
for (const name of workbook.SheetNames)
  rows += XLSX.utils.sheet_to_json(workbook.Sheets[name], { header: 1 }).length;`;

/** A peer: openpyxl's read-only mode, every row's values. */
const OPENPYXL = `
import sys, openpyxl
workbook = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = sum(1 for sheet in workbook.worksheets for _ in sheet.iter_rows(values_only=True))`;

/** Files whose declared ranges are huge and whose cells are few (issue 16's hangs). */
function pathologicalFiles(): [string, Buffer][] {
  const header = textRow(1, ['任务名称', '负责人', '截止日期']);
  const task = textRow(2, ['巡检', '张*', '2023-07-15']);
  const merges: string[] = [];
  const rows: string[] = [header];
  for (let row = 3; row <= 50_002; row += 1) {
    rows.push(textRow(row, ['T', 'x']));
    merges.push(`<mergeCell ref="A${row}:B${row}"/>`);
  }
  const columns = 'ABCDEFGHIJ'.split('');
  return [
    [
      'validation on A1:XFD1048576',
      workbookPackage([
        {
          name: 'S',
          rows: header + task,
          after:
            '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
        },
      ]),
    ],
    [
      'dropdowns on ten whole columns',
      workbookPackage([
        {
          name: 'S',
          rows: header + task,
          after: `<dataValidations count="10">${columns
            .map(
              (column) =>
                `<dataValidation type="list" sqref="${column}1:${column}1048576"><formula1>"a,b"</formula1></dataValidation>`,
            )
            .join('')}</dataValidations>`,
        },
      ]),
    ],
    [
      'four merged whole columns',
      workbookPackage([
        {
          name: 'S',
          rows: header + task,
          after:
            '<mergeCells count="2"><mergeCell ref="D1:E1048576"/><mergeCell ref="F1:G1048576"/></mergeCells>',
        },
      ]),
    ],
    [
      'whole-row formats to XFD',
      workbookPackage([
        {
          name: 'S',
          rows: header + task,
          after: `<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>`,
        },
      ]),
    ],
    [
      '50,000 merges',
      workbookPackage([
        {
          name: 'S',
          rows: rows.join(''),
          after: `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`,
        },
      ]),
    ],
  ];
}

const TODAY = '2023-07-20';
const STATUSES = ['进行中', '已完成', '待启动', '已暂停', '处理中', 'Done'];
const DEPARTMENTS = ['市场部', '销售部', '人力资源部', '产品部', '行政部'];
const OWNERS = ['张*', '李*', '王*', '', '待定'];

function day(offset: number): PlanCell {
  const date = new Date(Date.UTC(2023, 5, 1 + offset));
  return { kind: 'date', day: date.toISOString().slice(0, 10) };
}

function taskRow(index: number): PlanCell[] {
  const text = (value: string): PlanCell => ({ kind: 'text', text: value });
  const status = STATUSES[index % STATUSES.length]!;
  return [
    text(`OP-${String(index + 1).padStart(6, '0')}`),
    text(`任务 ${index + 1}`),
    text(DEPARTMENTS[index % DEPARTMENTS.length]!),
    text(OWNERS[index % OWNERS.length]!),
    day(index % 60),
    day((index % 60) + 5 + (index % 11)),
    text(['高', '中', '低'][index % 3]!),
    text(status),
    text(''),
    status === '已完成' || status === 'Done' ? day((index % 60) + 7) : { kind: 'empty' },
    text(index % 7 === 0 ? '进度滞后' : ''),
    text(index % 5 === 0 ? '需协调资源' : ''),
  ];
}

async function generate(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const template = planTemplate('tracker', 'zh-CN');
  const plan: SheetPlan = { ...template, rows: Array.from({ length: rows }, (_, i) => taskRow(i)) };
  writeSheetPlan(workbook, plan);
  writeSheetPlan(workbook, planTemplate('collab', 'zh-CN'));
  writeSheetPlan(workbook, planTemplate('review', 'zh-CN'));
  await workbook.xlsx.writeFile(file);
}

interface Measured {
  readonly exit: number | null;
  readonly wallMs: number;
  /** User + system CPU of the child: steadier than wall time on a shared machine. */
  readonly cpuMs: number | null;
  readonly peakRssMb: number | null;
}

const GNU_TIME = existsSync('/usr/bin/time');
/**
 * The child runs under bash, whose `times` prints its children's user and
 * system CPU to the millisecond (GNU time's own figures are in hundredths:
 * ±5% of a 1,000-row file). GNU time still gives the peak RSS (the largest
 * of bash's and the child's: the child's) and the exit status.
 */
const TIMES = `"$0" "$@" >/dev/null; status=$?; times >&2; exit $status`;

/** `0m0.123s` (bash's `times`) in seconds. */
function timesSeconds(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

/** One run of a program; GNU time reports the child's peak RSS, bash's `times` its CPU. */
function runOnce(program: string, args: readonly string[]): Measured {
  const started = process.hrtime.bigint();
  const result = GNU_TIME
    ? spawnSync('/usr/bin/time', ['-v', 'bash', '-c', TIMES, program, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync(program, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const stderr = result.stderr ?? '';
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const exitLine = /Exit status: (\d+)/.exec(stderr);
  // `times` prints the shell's own line, then its children's: the second is the child.
  const children = [...stderr.matchAll(/^(\d+m[\d.]+s) (\d+m[\d.]+s)$/gm)][1];
  const cpu = children ? timesSeconds(children[1]!) + timesSeconds(children[2]!) : NaN;
  return {
    exit: GNU_TIME && exitLine ? Number(exitLine[1]) : result.status,
    wallMs: Math.round(wallMs),
    cpuMs: Number.isFinite(cpu) ? Math.round(cpu * 1000) : null,
    peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median of each figure over some runs (figures taken separately, as medians are). */
function summarise(all: readonly Measured[]): Measured {
  const figure = (pick: (one: Measured) => number | null) => {
    const known = all.map(pick).filter((value): value is number => value !== null);
    return known.length === 0 ? null : median(known);
  };
  return {
    exit: all.find((one) => one.exit !== 0)?.exit ?? 0,
    wallMs: figure((one) => one.wallMs)!,
    cpuMs: figure((one) => one.cpuMs),
    peakRssMb: figure((one) => one.peakRssMb),
  };
}

type Command = readonly [program: string, args: readonly string[]];

/**
 * Commands measured side by side: `runs` rounds, each running every command
 * once (in an order that turns by one each round), so a machine that slows
 * down or speeds up part-way (a shared one does) weighs on all of them
 * alike, and the ratios the targets take hold still.
 */
function measureTogether(commands: readonly Command[], runs = RUNS): Measured[] {
  const all: Measured[][] = commands.map(() => []);
  for (let round = 0; round < runs; round += 1) {
    for (let step = 0; step < commands.length; step += 1) {
      const index = (step + round) % commands.length;
      const [program, args] = commands[index]!;
      all[index]!.push(runOnce(program, args));
    }
  }
  return all.map(summarise);
}

const measure = (program: string, args: readonly string[], runs = RUNS): Measured =>
  measureTogether([[program, args]], runs)[0]!;

const node = (args: readonly string[], runs?: number) => measure(process.execPath, args, runs);

function openpyxlAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
}

function print(line: object): void {
  console.log(JSON.stringify({ bench: 'cli', ...line }));
}

/** A target of issue 16 as one line: the figure, its limit and whether it is met. */
function target(
  name: string,
  value: number | null,
  limit: number,
  unit: string,
  also: object = {},
): void {
  print({ target: name, value, limit, unit, met: value !== null && value <= limit, ...also });
}

/** The same ratio in wall time, printed beside a CPU target: what a person waiting sees. */
const wallRatio = (measured: Measured, other: Measured) => ({
  wallRatio: Math.round((measured.wallMs / other.wallMs) * 100) / 100,
});

/** Time as the target compares it: CPU when GNU time gave it (steadier when the machine is shared). */
const seconds = (measured: Measured) => (measured.cpuMs ?? measured.wallMs) / 1000;

/**
 * At one size: check, review, the floor and the peers measured side by side
 * (`measureTogether`), then check and review against the floor and each peer.
 */
function readTargets(cli: string, file: string, rows: number): void {
  const candidates: [string, Command][] = [
    ['ExcelJS streaming reader', [process.execPath, ['-e', EXCELJS_STREAM, file]]],
    ['SheetJS to arrays', [process.execPath, ['-e', SHEETJS, file]]],
  ];
  if (openpyxlAvailable())
    candidates.push(['openpyxl read-only', [PYTHON, ['-c', OPENPYXL, file]]]);
  const [check, floor, review, ...others] = measureTogether([
    [process.execPath, [cli, 'check', file, '--json', '--today', TODAY]],
    [process.execPath, ['-e', FLOOR, file]],
    [process.execPath, [cli, 'review', file, '--month', '2023-07', '--json', '--today', TODAY]],
    ...candidates.map(([, command]) => command),
  ]) as [Measured, Measured, Measured, ...Measured[]];
  const peers: [string, Measured][] = candidates.map(([peer], index) => [peer, others[index]!]);
  print({ command: 'check --json', rows, ...check });
  print({ command: 'floor: unzip + saxes scan', rows, ...floor });
  for (const [peer, measured] of peers) print({ command: `peer: ${peer}`, rows, ...measured });
  print({ command: 'review --json', rows, ...review });
  for (const [command, measured] of [
    ['check --json', check],
    ['review --json', review],
  ] as const) {
    target(
      `${command} ${rows} rows ≤ 1.5× floor`,
      seconds(measured) / seconds(floor),
      1.5,
      '×',
      wallRatio(measured, floor),
    );
    const [, fastest] = peers.reduce((best, peer) =>
      seconds(peer[1]) < seconds(best[1]) ? peer : best,
    );
    target(
      `${command} ${rows} rows faster than every peer`,
      seconds(measured) / seconds(fastest),
      1,
      '×',
      wallRatio(measured, fastest),
    );
    // Each peer's ratio too, so a report names which one is ahead (time and memory).
    for (const [peer, other] of peers) {
      print({
        ratio: `${command} / ${peer}`,
        rows,
        time: Math.round((seconds(measured) / seconds(other)) * 100) / 100,
        memory:
          measured.peakRssMb !== null && other.peakRssMb !== null
            ? Math.round((measured.peakRssMb / other.peakRssMb) * 100) / 100
            : null,
      });
    }
    if (rows === 50_000) target(`${command} peak at 50k rows`, measured.peakRssMb, 250, 'MB');
  }
}

/** `review --write` and `fix --write` of the same file, each against its `check` measured beside them. */
function writeTargets(cli: string, dir: string, file: string, rows: number): void {
  const writes: [string, string[]][] = [
    [
      'review --write',
      ['review', file, '--month', '2023-07', '--today', TODAY, '--write', path.join(dir, 'r.xlsx')],
    ],
    ['fix --write', ['fix', file, '--write', path.join(dir, 'f.xlsx')]],
  ];
  const [check, ...measured] = measureTogether([
    [process.execPath, [cli, 'check', file, '--json', '--today', TODAY]],
    ...writes.map(([, args]): Command => [process.execPath, [cli, ...args]]),
  ]) as [Measured, ...Measured[]];
  print({ command: 'check --json (beside the writes)', rows, ...check });
  writes.forEach(([command], index) => {
    const write = measured[index]!;
    print({ command, rows, ...write });
    target(
      `${command} time ≤ 2× check`,
      seconds(write) / seconds(check),
      2,
      '×',
      wallRatio(write, check),
    );
    target(`${command} memory ≤ 2× check`, write.peakRssMb! / check.peakRssMb!, 2, '×');
  });
}

async function departmentTargets(cli: string, dir: string): Promise<void> {
  const departments = path.join(dir, 'departments');
  mkdirSync(departments);
  const one = path.join(dir, 'department.xlsx');
  await generate(one, DEPARTMENT_ROWS);
  for (let index = 1; index <= DEPARTMENT_FILES; index += 1)
    copyFileSync(one, path.join(departments, `部门${String(index).padStart(2, '0')}.xlsx`));
  const reviewArgs = ['--month', '2023-07', '--json', '--today', TODAY];
  const [single, fifty] = measureTogether(
    [
      [process.execPath, [cli, 'review', one, ...reviewArgs]],
      [process.execPath, [cli, 'review', departments, ...reviewArgs]],
    ],
    Math.min(RUNS, 3),
  ) as [Measured, Measured];
  print({ command: 'review --json (one department file)', rows: DEPARTMENT_ROWS, ...single });
  print({
    command: `review --json (${DEPARTMENT_FILES} department files)`,
    rows: DEPARTMENT_ROWS * DEPARTMENT_FILES,
    ...fifty,
  });
  target(`${DEPARTMENT_FILES} department files ≤ 10 s`, seconds(fifty), 10, 's');
  target(
    `${DEPARTMENT_FILES} department files peak ≤ 2× one file's`,
    fifty.peakRssMb! / single.peakRssMb!,
    2,
    '×',
  );
}

async function main(): Promise<void> {
  const cli = builtCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-bench-'));
  print({
    runs: RUNS,
    sizes: SIZES,
    only: ONLY ?? 'all',
    timeIs: GNU_TIME ? 'user+system CPU, median' : 'wall, median',
  });
  if (only('read') && !openpyxlAvailable())
    print({ peer: 'openpyxl', unavailable: `${PYTHON} cannot import openpyxl on this machine` });

  if (only('help')) {
    const help = node([cli, '--help']);
    print({ command: '--help', ...help });
    print({ command: 'node -e 0 (node start)', ...node(['-e', '0']) });
    target('--help wall time', help.wallMs / 1000, 0.2, 's');
  }

  for (const [kind, zip] of only('ranges') ? pathologicalFiles() : []) {
    const file = path.join(dir, `${kind}.xlsx`);
    writeFileSync(file, zip);
    const measured = node([cli, 'check', file, '--json'], 3);
    print({ command: `check --json (${kind})`, ...measured });
    target(`any single file ≤ 5 s (${kind})`, seconds(measured), 5, 's');
    target(`any single file ≤ 300 MB (${kind})`, measured.peakRssMb, 300, 'MB');
  }

  for (const rows of SIZES) {
    const writes = only('write') && rows === WRITE_ROWS;
    if (!only('read') && !writes) continue;
    const file = path.join(dir, `tasks-${rows}.xlsx`);
    const started = Date.now();
    await generate(file, rows);
    print({
      step: 'generate',
      rows,
      fileMb: Math.round((statSync(file).size / 1024 / 1024) * 10) / 10,
      wallMs: Date.now() - started,
    });
    if (only('read')) readTargets(cli, file, rows);
    if (writes) writeTargets(cli, dir, file, rows);
  }

  if (only('departments')) await departmentTargets(cli, dir);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
