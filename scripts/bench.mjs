// `npm run bench`: runs every bench/*.bench.ts in its own process (so one
// bench's heap does not skew another's) and passes their JSON lines through.
// Timings live here, never in unit tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
// `--runs N` sets how many runs each whole-process figure is the median of (BENCH_RUNS, default 5).
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const env = { ...process.env };
if (runsAt >= 0) {
  env.BENCH_RUNS = args[runsAt + 1] ?? '5';
  args.splice(runsAt, 2);
}
const only = args;
const benches = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

let failed = 0;
for (const file of benches) {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(benchDir, file)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${file} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed === 0 ? 0 : 1);
