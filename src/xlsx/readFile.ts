/**
 * Reads a workbook file's grids with the streaming reader, Node's zlib doing
 * the decompression. Any way the package cannot be read is a
 * `WorkbookFileError` naming the file.
 */
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { Grid } from '../core';
import { readPackageGrids } from './read/readPackage';
import { assertWorkbookFile, WorkbookFileError } from './workbookFile';

export const nodeInflate = (compressed: Uint8Array): Uint8Array => inflateRawSync(compressed);

export async function readWorkbookGrids(filePath: string): Promise<Grid[]> {
  await assertWorkbookFile(filePath);
  const bytes = await readFile(filePath);
  try {
    return await readPackageGrids(bytes, nodeInflate);
  } catch (cause) {
    throw new WorkbookFileError('damaged', filePath, { cause });
  }
}
