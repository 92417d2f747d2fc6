/**
 * The launcher (`src/cli/launch.ts`) runs the bundle through V8's code cache:
 * one cache per command beside the bundle, written once, and never a reason
 * for a command to fail or to answer differently. Each test works on its own
 * copy of the build (inside the project, so `require` still finds
 * node_modules) and never touches the one other tests share.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { builtCli, ROOT } from './support/builtCli';

const scratch = path.join(ROOT, 'test-output');
let copy: string;

beforeEach(() => {
  copy = mkdtempSync(path.join(scratch, 'launch-'));
  cpSync(path.dirname(builtCli()), copy, { recursive: true });
  rmSync(path.join(copy, '.code-cache'), { recursive: true, force: true });
});

afterEach(() => {
  rmSync(copy, { recursive: true, force: true });
});

const caches = () => path.join(copy, '.code-cache');
const cacheFiles = () => (existsSync(caches()) ? readdirSync(caches()).sort() : []);

function run(args: readonly string[], nodeFlags: readonly string[] = []) {
  const result = spawnSync(process.execPath, [...nodeFlags, path.join(copy, 'cli.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('writes one cache per command on the first run and reads it on the next', () => {
  const first = run(['--help']);
  expect(first.status).toBe(0);
  const [helpCache, ...others] = cacheFiles();
  expect(others).toEqual([]);
  expect(helpCache).toMatch(
    new RegExp(`^[0-9a-f]{16}-other-${process.version}-${process.arch}-[0-9a-f]{8}\\.bin$`),
  );
  const written = readFileSync(path.join(caches(), helpCache!));
  expect(written.length).toBeGreaterThan(0);

  // Read, not rewritten: the same bytes, and the same answer.
  expect(run(['--help'])).toEqual(first);
  expect(readFileSync(path.join(caches(), helpCache!)).equals(written)).toBe(true);

  expect(run(['check', '--help']).status).toBe(0);
  expect(cacheFiles().map((name) => name.split('-')[1])).toEqual(['check', 'other']);
});

it('writes no cache after a run that stopped early, so the next full run writes a whole one', () => {
  const missing = run(['check', path.join(copy, 'no such file.xlsx'), '--json']);
  expect(missing.status).toBe(2);
  const typo = run(['review', '--month', 'July']);
  expect(typo.status).toBe(2);
  expect(cacheFiles()).toEqual([]);

  expect(run(['check', '--help']).status).toBe(0);
  expect(cacheFiles().map((name) => name.split('-')[1])).toEqual(['check']);
});

it('keeps one cache per set of Node flags, so alternating runs do not rewrite each other', () => {
  run(['--help']);
  run(['--help'], ['--max-semi-space-size=8']);
  const [one, other] = cacheFiles();
  expect(other).toBeDefined();
  const before = [one, other].map((name) => readFileSync(path.join(caches(), name!)));
  run(['--help']);
  run(['--help'], ['--max-semi-space-size=8']);
  expect(cacheFiles()).toEqual([one, other]);
  [one, other].forEach((name, index) =>
    expect(readFileSync(path.join(caches(), name!)).equals(before[index]!)).toBe(true),
  );
});

it('replaces a damaged cache and answers as without one', () => {
  const first = run(['fix', '--help']);
  const [file] = cacheFiles();
  writeFileSync(path.join(caches(), file!), 'not a code cache');
  expect(run(['fix', '--help'])).toEqual(first);
  expect(readFileSync(path.join(caches(), file!), 'utf8')).not.toBe('not a code cache');
});

it('runs without a cache where it cannot write one', () => {
  // A file where the cache folder would be: mkdir fails as on a read-only install.
  writeFileSync(caches(), '');
  const result = run(['review', '--help']);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('review');
});

it('never names a cache after an argument that is not a command', () => {
  // An unknown command ends with exit status 2, so it writes no cache at all…
  expect(run(['../../outside']).status).toBe(2);
  expect(cacheFiles()).toEqual([]);
  // …and a run whose first word is an option is named as no command.
  expect(run(['--help']).status).toBe(0);
  expect(cacheFiles().map((name) => name.split('-')[1])).toEqual(['other']);
});
