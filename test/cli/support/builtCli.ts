/**
 * The built command line, exactly as `npm run build` produces it (the one-file
 * bundle of `scripts/build-cli.mjs`), built once per source state into
 * `test-output/` so parallel test files share one build and never race the
 * real `dist-cli/`. Types are not checked here (`tsc --noEmit -p
 * tsconfig.cli.json` does that, in `npm run build` and CI).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const SOURCES = [
  'src/cli',
  'src/app',
  'src/core',
  'src/xlsx',
  'src/calendarData',
  'tsconfig.cli.json',
  'tsconfig.json',
  'scripts/build-cli.mjs',
];

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(filesUnder)) {
    hash.update(path.relative(ROOT, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes builds of earlier source states once they are an hour old: a test
 * run started before a source edit may still be using its build.
 */
function pruneOlderBuilds(buildsDir: string, current: string): void {
  for (const name of readdirSync(buildsDir)) {
    const build = path.join(buildsDir, name);
    if (name !== current && Date.now() - statSync(build).mtimeMs > STALE_AFTER_MS) {
      rmSync(build, { recursive: true, force: true });
    }
  }
}

/** Path of the compiled `cli.js`, building it first when the sources changed. */
export function builtCli(): string {
  const outDir = path.join(ROOT, 'test-output', 'cli-build', sourceHash());
  const entry = path.join(outDir, 'cli', 'cli.js');
  if (existsSync(entry)) return entry;
  const staging = `${outDir}.${process.pid}`;
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs'), staging], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0)
    throw new Error(`scripts/build-cli.mjs failed:\n${build.stdout}${build.stderr}`);
  try {
    renameSync(staging, outDir);
  } catch {
    // Another test file finished the same build first.
    rmSync(staging, { recursive: true, force: true });
  }
  pruneOlderBuilds(path.dirname(outDir), path.basename(outDir));
  return entry;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the compiled CLI as its own process, in English unless `env` says otherwise. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [builtCli(), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
