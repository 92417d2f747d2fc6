/**
 * `check` and `review` on a generated 50k-row workbook, each as a whole
 * process of the compiled CLI (the way a pipeline runs it): wall time and peak
 * resident memory. `npx tsx bench/cli.bench.ts` prints one JSON line per run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { planTemplate, type PlanCell, type SheetPlan } from '../src/core';
import { writeSheetPlan } from '../src/xlsx/writePlan';
import { builtCli } from '../test/cli/support/builtCli';

const ROWS = 50_000;
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

async function generate(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const template = planTemplate('tracker', 'zh-CN');
  const plan: SheetPlan = { ...template, rows: Array.from({ length: ROWS }, (_, i) => taskRow(i)) };
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
