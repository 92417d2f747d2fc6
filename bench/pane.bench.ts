/**
 * Pane bench (`npm run bench pane`), JSON lines on stdout:
 * - the pane's initial JavaScript, gzipped, from a production build in dist/
 *   (the scripts taskpane.html loads; lazily loaded screens listed apart);
 * - time from navigation to an interactive pane in headless Chromium
 *   (the production-built test page over the in-memory Excel), median of 5.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  buildHarness,
  chromiumAvailable,
  HARNESS_DIST,
  launchChromium,
  ROOT,
  serveFolder,
} from '../test/e2e/chromium';
import { paneTranslator } from '../src/taskpane/messages';

const DIST = path.join(ROOT, 'dist');
const BUDGET_KB = 250;
const RUNS = 5;
const INSERT_ALL_LABEL = paneTranslator('zh-CN')('insertAll');

function emit(line: Record<string, unknown>): void {
  console.log(JSON.stringify({ bench: 'pane', ...line }));
}

function gzippedKB(file: string): number {
  return gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;
}

function buildPane(): void {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
}

/** Returns whether the first screen's JavaScript is within budget. */
function measureInitialJs(): boolean {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // The minified page may leave attribute values unquoted.
  const initial = [...html.matchAll(/<script\b[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
    .filter((src) => !/^https?:/.test(src));
  const initialKB = initial.reduce((total, file) => total + gzippedKB(file), 0);
  emit({
    metric: 'initial_js_gzip_kb',
    value: Number(initialKB.toFixed(1)),
    budget: BUDGET_KB,
    withinBudget: initialKB <= BUDGET_KB,
    files: initial,
  });
  const lazy = readdirSync(DIST).filter(
    (file) => file.endsWith('.js') && !initial.includes(file) && !file.startsWith('commands.'),
  );
  emit({
    metric: 'lazy_js_gzip_kb',
    value: Number(lazy.reduce((total, file) => total + gzippedKB(file), 0).toFixed(1)),
    files: lazy,
  });
  return initialKB <= BUDGET_KB;
}

async function measureTimeToInteractive(): Promise<void> {
  if (!chromiumAvailable()) {
    emit({ metric: 'time_to_interactive_ms', skipped: '/usr/bin/chromium is absent' });
    return;
  }
  buildHarness('production');
  const { server, baseUrl } = await serveFolder(HARNESS_DIST);
  const chromium = await launchChromium(baseUrl);
  const samples: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await chromium.context.newPage();
      await page.goto(baseUrl, { waitUntil: 'commit' });
      // Interactive: the first screen's primary button is rendered and enabled.
      const handle = await page.waitForFunction(
        (label) => {
          const insertAll = [...document.querySelectorAll('button')].find(
            (button) => button.textContent === label && !button.disabled,
          );
          return insertAll ? performance.now() : 0;
        },
        INSERT_ALL_LABEL,
        { polling: 'raf', timeout: 30_000 },
      );
      samples.push(Number(await handle.jsonValue()));
      await page.close();
    }
  } finally {
    await chromium.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const sorted = [...samples].sort((a, b) => a - b);
  emit({
    metric: 'time_to_interactive_ms',
    value: Math.round(sorted[Math.floor(RUNS / 2)] ?? 0),
    runs: samples.map(Math.round),
  });
}

async function main(): Promise<void> {
  buildPane();
  const withinBudget = measureInitialJs();
  await measureTimeToInteractive();
  if (!withinBudget) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
