#!/usr/bin/env node
/**
 * Entry point of the built command line (`dist-cli/cli/cli.js`): runs the
 * bundle beside it (`main.js`, built from `cli.ts`) through V8's code cache.
 *
 * Node 20 parses and compiles every function a process calls, from source,
 * in every process (Node 22's `module.enableCompileCache()` does what this
 * file does by hand). For the 580 KB bundle that was about a fifth of an
 * empty workbook's `check` (issue 16: start-up is most of a small file's
 * cost). With the cache V8 takes the compiled functions from the last run.
 *
 * The cache is one file per command (each command calls different
 * functions), named by the bundle's hash (stamped in at build time, so a
 * rebuilt bundle never meets an old cache), Node's version, the
 * architecture and Node's flags. It is written at the end of a run that
 * found none, or whose cache V8 rejected (another V8, other flags, a damaged
 * file), and that did its work: to a temporary name, then renamed, so a run
 * beside it never reads half a file.
 * It lives in `.code-cache/` beside the bundle, never in the system's
 * temporary folder: code read from a folder other users can write to would
 * be theirs to choose. A folder this process cannot write (a read-only
 * install) only means no cache; nothing here ever fails a command.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { COMMAND_NAMES } from './commandNames';

/** The first 16 hex digits of the bundle's SHA-256 (`scripts/build-cli.mjs` defines it). */
declare const BUNDLE_HASH: string;

const BUNDLE = path.join(__dirname, 'main.js');
const CACHE_DIR = path.join(__dirname, '.code-cache');

type ModuleWrapper = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
) => void;

/**
 * Node's and V8's flags, as a short FNV-1a hash: V8 rejects a cache made
 * under other flags, so runs that alternate (`--inspect`, NODE_OPTIONS) keep
 * one cache each rather than rewriting a shared one every time.
 */
function flagsHash(): string {
  let hash = 0x811c9dc5;
  for (const char of `${process.execArgv.join(' ')}|${process.env.NODE_OPTIONS ?? ''}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function cachePath(): string {
  const word = process.argv[2] ?? '';
  const command = (COMMAND_NAMES as readonly string[]).includes(word) ? word : 'other';
  const key = `${BUNDLE_HASH}-${command}-${process.version}-${process.arch}-${flagsHash()}`;
  return path.join(CACHE_DIR, `${key}.bin`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, script: Script): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
  } catch {
    // No cache this time; the next run compiles from source again.
  }
}

/**
 * Two V8 settings, on the V8 they were measured on (11, Node 20); other V8s
 * tier and collect differently, and one without a flag would print an error.
 *
 * TurboFan, V8's optimising compiler, inlines up to 920 bytes of bytecode
 * into each function it optimises. A command runs for a fraction of a second
 * to a few seconds and its hot code is many small functions (a reader per
 * column type, a check per column): compiling such large graphs costs more
 * than their code saves. Capped at 150 bytes. Measured with callgrind under
 * --single-threaded (issue 16): a 1,000-row `check` 795M -> 643M
 * instructions, 10,000 rows 2078M -> 1911M; at 50,000 and 100,000 rows CPU
 * and wall time within the run-to-run spread.
 *
 * The young generation stays at its starting size instead of doubling up to
 * 16 MB semi-spaces: what a command reads lives until it ends (grids, read
 * rows), so a larger nursery only copies the same objects more times before
 * promoting them, and holds more memory. Measured (5–7 interleaved runs,
 * peak RSS, CPU): 50,000-row review 172 -> 120 MB at +1.5% CPU, 100,000-row
 * check 217 -> 167 MB at -3%, 50,000-row fix --write 253 -> 225 MB at +4%,
 * fifty 2,000-row department files 142 -> 123 MB at +18% (many short-lived
 * objects: 1.5 s against its 10 s target). Set here rather than as
 * `--max-semi-space-size`, which V8 reads only when the heap is made.
 */
if (process.versions.v8.startsWith('11.')) {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * The bundle compiled with the cache when there is one; `fresh` says the
 * cache must be written at the end. A function, so the cache's bytes (half a
 * megabyte) are garbage once V8 has read them, not kept for the whole run.
 */
function compileBundle(cacheFile: string): { script: Script; fresh: boolean } {
  const cachedData = readCache(cacheFile);
  // CommonJS's own wrapper, on the bundle's first line so stack traces keep their line numbers.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`,
    { filename: BUNDLE, cachedData },
  );
  return { script, fresh: cachedData === undefined || script.cachedDataRejected === true };
}

const cacheFile = cachePath();
const { script, fresh } = compileBundle(cacheFile);
// After the run, so the cache holds every function the command compiled, not
// just the top level; and only after a run that did its work (exit 0, or 1:
// check found errors). A first run that stopped at a missing file or a typo
// would leave a cache of the few functions it reached, and every later run
// would compile the rest from source again, with no cache to replace.
if (fresh) {
  process.once('exit', (code) => {
    if (code === 0 || code === 1) writeCache(cacheFile, script);
  });
}
const bundle = { exports: {} };
// This file's own `require`: the bundle sits beside it, so packages resolve
// the same (`module.createRequire` would load one more of Node's modules).
(script.runInThisContext() as ModuleWrapper).call(
  bundle.exports,
  bundle.exports,
  require,
  bundle,
  BUNDLE,
  __dirname,
);
