/**
 * `check` and `review` on a generated 50k-row workbook, each as a whole
 * process of the compiled CLI (the way a pipeline runs it): wall time and peak
 * resident memory. In the same run: `--help` alone (start-up), a floor (node
 * unzipping the sheet part and a `saxes` scan of it), ExcelJS's streaming
 * reader as a peer, files whose declared ranges are huge (validation on
 * A1:XFD1048576, 50,000 merges), and 50 department files of 2,000 rows in one
 * review. `npx tsx bench/cli.bench.ts` prints one JSON line per run.
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

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const DEPARTMENT_ROWS = 2_000;
const DEPARTMENT_FILES = 50;

/** The floor: unzip the sheet part with node's zlib and scan it with saxes, nothing else. */
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
    text(`OP-${String(index + 1).padStart(5, '0')}`),
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

async function generate(file: string, rows = ROWS): Promise<void> {
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

/** GNU time reports the child's own peak RSS; without it, only wall time is known. */
function measure(cli: string, args: readonly string[]): Measured {
  return measureNode([cli, ...args]);
}

/** The same measurement for any node command line (`-e script`, a CLI and its arguments). */
function measureNode(nodeArgs: readonly string[]): Measured {
  const [cli, ...args] = nodeArgs as [string, ...string[]];
  const gnuTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync(process.execPath, [cli, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  const exitLine = /Exit status: (\d+)/.exec(result.stderr ?? '');
  const seconds = (label: string) =>
    Number(
      new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr ?? '')?.[1] ?? NaN,
    );
  const cpu = seconds('User') + seconds('System');
  return {
    exit: gnuTime && exitLine ? Number(exitLine[1]) : result.status,
    wallMs: Math.round(wallMs),
    cpuMs: Number.isFinite(cpu) ? Math.round(cpu * 1000) : null,
    peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
  };
}

async function main(): Promise<void> {
  const cli = builtCli();
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-bench-'));
  const file = path.join(dir, 'tasks-50k.xlsx');
  const started = Date.now();
  await generate(file);
  const fileMb = Math.round((statSync(file).size / 1024 / 1024) * 10) / 10;
  console.log(
    JSON.stringify({
      bench: 'cli',
      step: 'generate',
      rows: ROWS,
      fileMb,
      wallMs: Date.now() - started,
    }),
  );
  const line = (command: string, measured: Measured, extra: object = {}) =>
    console.log(JSON.stringify({ bench: 'cli', command, rows: ROWS, ...extra, ...measured }));
  line('--help', measure(cli, ['--help']), { rows: 0 });
  line('node -e 0 (node start)', measureNode(['-e', '0']), { rows: 0 });
  line('floor: unzip + saxes scan', measureNode(['-e', FLOOR, file]));
  line('peer: ExcelJS streaming reader', measureNode(['-e', EXCELJS_STREAM, file]));
  for (const [kind, zip] of pathologicalFiles()) {
    const pathological = path.join(dir, `${kind}.xlsx`);
    writeFileSync(pathological, zip);
    line(`check --json (${kind})`, measure(cli, ['check', pathological, '--json']), { rows: 1 });
  }
  const departments = path.join(dir, 'departments');
  mkdirSync(departments);
  const one = path.join(dir, 'department.xlsx');
  await generate(one, DEPARTMENT_ROWS);
  for (let index = 1; index <= DEPARTMENT_FILES; index += 1)
    copyFileSync(one, path.join(departments, `部门${String(index).padStart(2, '0')}.xlsx`));
  const reviewArgs = ['--month', '2023-07', '--json', '--today', TODAY];
  line('review --json (one department file)', measure(cli, ['review', one, ...reviewArgs]), {
    rows: DEPARTMENT_ROWS,
  });
  line(
    `review --json (${DEPARTMENT_FILES} department files)`,
    measure(cli, ['review', departments, ...reviewArgs]),
    { rows: DEPARTMENT_ROWS * DEPARTMENT_FILES },
  );
  const runs: [string, string[]][] = [
    ['check --json', ['check', file, '--json', '--today', TODAY]],
    ['review --json', ['review', file, '--month', '2023-07', '--json', '--today', TODAY]],
    [
      'review --write',
      [
        'review',
        file,
        '--month',
        '2023-07',
        '--today',
        TODAY,
        '--write',
        path.join(dir, 'out.xlsx'),
      ],
    ],
  ];
  for (const [command, args] of runs) {
    console.log(JSON.stringify({ bench: 'cli', command, rows: ROWS, ...measure(cli, args) }));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
