/**
 * The built command line is one bundle (Node 20 pays per module it resolves
 * and compiles: issue 16's start-up cost) and the launcher that runs it
 * through V8's code cache, and needs nothing from node_modules but the
 * packages a deployment installs (`dependencies`, never `devDependencies`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { builtCli, ROOT } from './support/builtCli';

const cli = builtCli();
const outDir = path.dirname(path.dirname(cli));

/** Built files; the code caches runs leave in `.code-cache/` are not (launch.test.ts has them). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.name === '.code-cache'
      ? []
      : entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name))
        : [path.relative(outDir, path.join(dir, entry.name))],
  );
}

it('is the launcher and one bundle', () => {
  expect(filesUnder(outDir).sort()).toEqual([
    path.join('cli', 'cli.js'),
    path.join('cli', 'main.js'),
  ]);
});

it('requires only Node built-ins and runtime dependencies', () => {
  const source = ['cli.js', 'main.js']
    .map((file) => readFileSync(path.join(path.dirname(cli), file), 'utf8'))
    .join('\n');
  const required = [...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!);
  const { dependencies } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const packageOf = (id: string) =>
    id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]!;
  const outside = required.filter(
    (id) =>
      !builtinModules.includes(id.replace(/^node:/, '')) &&
      !Object.hasOwn(dependencies, packageOf(id)),
  );
  expect(required.length).toBeGreaterThan(0);
  expect(outside).toEqual([]);
});
