/**
 * The files a `check` or `review` reads: each argument is a file, or a
 * folder standing for the `.xlsx` files in it (Excel's `~$` lock files and
 * hidden files left out), in name order. Each file gets the label the output
 * names it by: its file name, or its path as given when two share a name.
 */
import { readdirSync, statSync } from 'node:fs'; // sync: src/xlsx/readFile.ts says why
import path from 'node:path';
import { CliFailure } from './failure';

export interface InputFile {
  readonly path: string;
  readonly label: string;
}

function isFolder(entry: string): boolean {
  try {
    return statSync(entry).isDirectory();
  } catch {
    return false;
  }
}

function workbooksIn(folder: string): string[] {
  const names = readdirSync(folder)
    .filter((name) => /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.'))
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  if (names.length === 0) throw new CliFailure('noXlsxInFolder', { path: folder });
  return names.map((name) => path.join(folder, name));
}

export async function expandInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (isFolder(input)) files.push(...workbooksIn(input));
    else files.push(input);
  }
  const unique = [...new Set(files)];
  const counts = new Map<string, number>();
  for (const file of unique) {
    const name = path.basename(file);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return unique.map((file) => {
    const name = path.basename(file);
    return { path: file, label: (counts.get(name) ?? 0) > 1 ? file : name };
  });
}
