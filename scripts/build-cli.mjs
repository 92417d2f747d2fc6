// Builds the command line into one file, `<outDir>/cli/cli.js` (`dist-cli/`
// unless told): `node scripts/build-cli.mjs [outDir]`.
//
// One bundle rather than tsc's ~270 files because Node 20 resolves, stats,
// reads and compiles every CommonJS module separately (it has no module
// compile cache): that cost 80 ms of a 350 ms 1,000-row `check`. esbuild
// rather than webpack: it builds in a fraction of a second (the CLI tests
// rebuild on every source change) and needs no loader or config for
// TypeScript. Types are checked by `tsc --noEmit -p tsconfig.cli.json`,
// never here. Packages stay `require`d from node_modules, as before.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist-cli');

// Files of an earlier (per-module) build must not linger beside the bundle.
rmSync(outDir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/cli.ts'],
  outfile: path.join(outDir, 'cli', 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.cli.json',
  // Dynamic `import()`s stay lazy inside the bundle: a command's modules run
  // only when that command does (`--help` must not pay for the reader).
  splitting: false,
  logLevel: 'warning',
});
