/**
 * The core over generated trackers: read + check every row, derive facts and
 * build the monthly review. `node --expose-gc --import tsx bench/core.bench.ts`
 * (or `npm run bench core`) prints one JSON line per size.
 * Target: 100k rows in ≤ 0.5 s median and ≤ 200 MB heap growth.
 */
import { buildReview, dayToSerial, getTemplate, readWorkbook, type Grid } from '../src/core';

const TODAY = '2023-07-20';
const OPTIONS = { today: TODAY, locale: 'zh-CN' as const };
const SIZES = [1_000, 10_000, 100_000];
const RUNS = 7;

const HEADER = getTemplate('tracker').columns.map((column) => column.header['zh-CN']);
const STATUSES = ['进行中', '已完成', '待启动', '已暂停', 'Done', '進行中', '已取消', ''];
const PRIORITIES = ['高', '中', '低', 'High', '', '中'];
const OWNERS = ['张*', '李*', '王*', '待定', '', 'Alice'];
const DEPARTMENTS = ['市场部', '销售部', '人力资源部', '产品部', '行政部', ''];
const BASE = dayToSerial('2023-06-01');

/** Mostly clean rows in the shapes Excel hands over, with the usual mess mixed in. */
function tracker(rows: number): Grid {
  const cells: unknown[][] = [['日常运营任务跟踪表'], HEADER];
  for (let r = 0; r < rows; r += 1) {
    const start = BASE + (r % 60);
    const due: unknown = r % 50 === 7 ? '2023/7/15' : r % 97 === 3 ? '下周' : start + (r % 20) - 3;
    const status = STATUSES[r % STATUSES.length]!;
    cells.push([
      r % 211 === 5 ? '' : `OP-${String((r % 99_000) + 1).padStart(5, '0')}`,
      `任务 ${r}`,
      DEPARTMENTS[r % DEPARTMENTS.length],
      OWNERS[r % OWNERS.length],
      r % 13 === 0 ? '2023.06.01' : start,
      due,
      PRIORITIES[r % PRIORITIES.length],
      status,
      r % 3 === 0 ? '7月5日完成问卷设计' : null,
      status === '已完成' ? start + 10 : null,
      r % 4 === 0 ? '问卷初稿已完成' : '',
      r % 5 === 0 ? '需产品部确认调研维度' : null,
    ]);
  }
  return { sheetName: '任务跟踪表', cells, origin: { row: 0, column: 0 } };
}

interface Timing {
  readonly wallMs: number;
  /** CPU time of this process: tells the work apart from waiting on a shared, busy machine. */
  readonly cpuMs: number;
}

function once(grid: Grid): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const reading = readWorkbook([grid], OPTIONS);
  let errors = 0;
  for (const issue of reading.issues) if (issue.severity === 'error') errors += 1;
  const review = buildReview(reading, '2023-07', OPTIONS);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (review.scope + errors < 0) throw new Error('unreachable: keeps the work observable');
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const gc = (globalThis as { gc?: () => void }).gc;

for (const rows of SIZES) {
  const grid = tracker(rows);
  once(grid);
  const times: Timing[] = [];
  let heapGrowth = 0;
  for (let run = 0; run < RUNS; run += 1) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    times.push(once(grid));
    heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - before);
  }
  const median = (values: number[]): number =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const medianMs = median(times.map((t) => t.wallMs));
  const cpuMs = median(times.map((t) => t.cpuMs));
  console.log(
    JSON.stringify({
      name: 'core.check+facts+review',
      rows,
      medianMs: Math.round(medianMs * 10) / 10,
      rowsPerSec: Math.round((rows / medianMs) * 1000),
      cpuMs: Math.round(cpuMs * 10) / 10,
      heapMB: Math.round((heapGrowth / 2 ** 20) * 10) / 10,
      gc: gc !== undefined,
    }),
  );
}
