/**
 * Reads several workbooks one after another, so memory holds one file's
 * grids at a time. A file that cannot be read becomes one localised line
 * naming it, and the others are still read (SPEC §14).
 */
import type { Grid } from '../core';
import { readWorkbookGrids } from '../xlsx/readFile';
import { CliFailure } from './failure';
import { withFileFailures } from './fileFailure';
import type { InputFile } from './inputs';
import type { Say } from './io';

export interface FileFailure {
  readonly file: string;
  readonly message: string;
}

export async function eachWorkbook<T>(
  files: readonly InputFile[],
  say: Say,
  take: (file: InputFile, grids: Grid[]) => T,
): Promise<{ results: T[]; failures: FileFailure[] }> {
  const results: T[] = [];
  const failures: FileFailure[] = [];
  for (const file of files) {
    try {
      const grids = await withFileFailures(() => readWorkbookGrids(file.path));
      results.push(take(file, grids));
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      failures.push({ file: file.label, message: say(error.key, error.params) });
    }
  }
  return { results, failures };
}
