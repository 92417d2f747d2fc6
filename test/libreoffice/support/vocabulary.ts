/**
 * The readers' own vocabulary (status words, no-owner placeholders), taken
 * from the core so that the agreement test draws from exactly what Check
 * reads. The core keeps these words private for now; until it exports them,
 * they are read out of the two modules that declare them, never retyped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const CORE = path.resolve(__dirname, '../../../src/core/values');

function declaredBlock(file: string, opening: RegExp): string {
  const source = readFileSync(path.join(CORE, file), 'utf8');
  const start = opening.exec(source);
  if (!start) throw new Error(`${file}: the vocabulary declaration moved`);
  const end = source.indexOf(')', start.index + start[0].length);
  return source.slice(start.index + start[0].length, end);
}

/** Every status word the reader knows (`src/core/values/status.ts`). */
export function statusWords(): string[] {
  const block = declaredBlock('status.ts', /vocabulary<Status>\(\{/);
  return [...block.matchAll(/^\s*(?:'([^']+)'|([^\s:']+)):\s*'\w+'/gm)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

/** Every placeholder the reader takes for "nobody" (`src/core/values/person.ts`). */
export function noOwnerWords(): string[] {
  const block = declaredBlock('person.ts', /new Set\(\s*\[/);
  return [...new Set([...block.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? ''))];
}
