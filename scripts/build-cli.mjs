// Builds the command line: `node scripts/build-cli.mjs [outDir]` (`dist-cli/`
// unless told) writes `<outDir>/cli/main.js`, the whole command line in one
// bundle, and `<outDir>/cli/cli.js`, the entry point that runs it through
// V8's code cache (src/cli/launch.ts says why).
//
// One bundle rather than tsc's ~270 files because Node 20 resolves, stats,
// reads and compiles every CommonJS module separately (it has no module
// compile cache): that cost 80 ms of a 350 ms 1,000-row `check`. esbuild
// rather than webpack: it builds in a fraction of a second (the CLI tests
// rebuild on every source change) and needs no loader or config for
// TypeScript. Types are checked by `tsc --noEmit -p tsconfig.cli.json`,
// never here. Packages stay `require`d from node_modules, as before.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist-cli');
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.cli.json',
  logLevel: 'warning',
};

// Files of an earlier build (and code caches of its bundle) must not linger.
rmSync(outDir, { recursive: true, force: true });
const bundle = path.join(outDir, 'cli', 'main.js');
await build({
  ...common,
  entryPoints: ['src/cli/cli.ts'],
  outfile: bundle,
  // Dynamic `import()`s stay lazy inside the bundle: a command's modules run
  // only when that command does (`--help` must not pay for the reader).
  splitting: false,
});
// The launcher names its code caches by this hash: a cache of another bundle is never read.
const hash = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: ['src/cli/launch.ts'],
  outfile: path.join(outDir, 'cli', 'cli.js'),
  define: { BUNDLE_HASH: JSON.stringify(hash) },
});
