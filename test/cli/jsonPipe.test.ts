/**
 * `--json` on a pipe (issue 16): the CLI writes a piece, then waits while
 * the pipe is full, so a large document is never queued whole in memory; a
 * reader that stops early (`| head`) neither hangs the command nor changes
 * its exit status.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURE_KINDS } from '../xlsx/support/fixtureKinds';
import { builtCli, ROOT } from './support/builtCli';

const merges = FIXTURE_KINDS.find(([kind]) => kind.includes('50,000 merges'))![1];

describe('check --json on a pipe', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'json-pipe-'));
  const file = path.join(dir, 'merges.xlsx');
  writeFileSync(file, merges());

  it('writes the whole document to a reader slower than the command', () => {
    const whole = spawnSync(process.execPath, [builtCli(), 'check', file, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    // `sleep` first: the pipe fills and the command waits for it to drain.
    const slow = spawnSync(
      'bash',
      [
        '-c',
        `"$0" "$1" check "$2" --json | (sleep 1; cat); exit "\${PIPESTATUS[0]}"`,
        process.execPath,
        builtCli(),
        file,
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    expect(slow.status).toBe(whole.status);
    expect(slow.stdout).toBe(whole.stdout);
    expect(JSON.parse(whole.stdout).issues.length).toBeGreaterThan(1000);
  }, 60_000);

  it('keeps its exit status when the reader stops early', () => {
    const early = spawnSync(
      'bash',
      [
        '-c',
        `"$0" "$1" check "$2" --json | head -c 100 > /dev/null; exit "\${PIPESTATUS[0]}"`,
        process.execPath,
        builtCli(),
        file,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 30_000 },
    );
    // Errors found (every task lacks its due date): 1, as with the whole document read.
    expect(early.status).toBe(1);
  }, 60_000);
});
