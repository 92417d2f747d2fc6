/**
 * Working days (SPEC §10) over generated rows: `addWorkingDays` for 100k
 * approval-like rows (a start day in 2024–2026, 1–3 working days), and
 * `workingDaysBetween` for the same pairs. `npm run bench calendar` prints one
 * JSON line per measure. Target: 100k rows in ≤ 50 ms median.
 */
import { STATUTORY_CALENDAR } from '../src/calendarData/statutory';
import { buildWorkingCalendar } from '../src/core/calendar';
import { addDays } from '../src/core/values/calendar';

const ROWS = 100_000;
const RUNS = 9;

const calendar = buildWorkingCalendar({
  statutory: STATUTORY_CALENDAR,
  workbook: [{ day: '2026-03-11', kind: 'dayOff', note: '司庆日' }],
});
const starts = Array.from({ length: ROWS }, (_row, r) => addDays('2024-01-01', (r * 7919) % 1096));
const limits = Array.from({ length: ROWS }, (_row, r) => (r % 3) + 1);

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function time(work: () => number): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  if (work() < 0) throw new Error('unreachable: keeps the work observable');
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const deadlines: string[] = new Array<string>(ROWS);
const measures: Record<string, () => number> = {
  'calendar.build': () =>
    buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] }).coveredYears.length,
  'calendar.addWorkingDays': () => {
    let length = 0;
    for (let r = 0; r < ROWS; r += 1) {
      deadlines[r] = calendar.addWorkingDays(starts[r]!, limits[r]!);
      length += deadlines[r]!.length;
    }
    return length;
  },
  'calendar.workingDaysBetween': () => {
    let total = 0;
    for (let r = 0; r < ROWS; r += 1)
      total += calendar.workingDaysBetween(starts[r]!, deadlines[r]!);
    return total;
  },
};

const median = (values: number[]): number =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const [name, work] of Object.entries(measures)) {
  work();
  const times = Array.from({ length: RUNS }, () => time(work));
  const rows = name === 'calendar.build' ? 1 : ROWS;
  const medianMs = median(times.map((t) => t.wallMs));
  console.log(
    JSON.stringify({
      name,
      rows,
      medianMs: Math.round(medianMs * 100) / 100,
      rowsPerSec: Math.round((rows / medianMs) * 1000),
      cpuMs: Math.round(median(times.map((t) => t.cpuMs)) * 100) / 100,
    }),
  );
}
