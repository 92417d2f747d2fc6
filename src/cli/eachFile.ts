/**
 * Runs a use case over several workbooks one after another, so memory holds
 * one file's grids at a time. A file that cannot be read becomes one
 * localised line naming it, and the others are still read (SPEC §14).
 */
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
  take: (file: InputFile) => Promise<T>,
): Promise<{ results: T[]; failures: FileFailure[] }> {
  const results: T[] = [];
  const failures: FileFailure[] = [];
  for (const file of files) {
    try {
      results.push(await withFileFailures(() => take(file), file.path));
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      failures.push({ file: file.label, message: say(error.key, error.params) });
    }
  }
  return { results, failures };
}
