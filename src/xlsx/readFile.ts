/**
 * Reads a workbook file's grids with the streaming reader, Node's zlib doing
 * the decompression. Any way the package cannot be read is a
 * `WorkbookFileError` naming the file.
 */
// Synchronous `node:fs`, here and in every file the command line reads or
// writes through: `node:fs/promises` loads eight more of Node's own modules
// (readline's among them), 33 million instructions or about 8 ms of every
// run (issue 16: start-up is most of a small file's cost), and a command
// reads its files one after another anyway.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type { Grid } from '../core';
import { readPackageGrids } from './read/readPackage';
import { assertWorkbookFile, WorkbookFileError } from './workbookFile';

/** DEFLATE expands at most 1032 to 1: a declared size beyond that is a lie, not a buffer to allocate. */
const MAX_RATIO = 1032;

/**
 * Decompresses into one buffer of the declared size when it is believable:
 * zlib otherwise grows a list of 16 KB chunks and copies them into one,
 * holding the content twice (50 MB for a 25 MB sheet).
 */
export const nodeInflate = (compressed: Uint8Array, size?: number): Uint8Array => {
  const believable =
    size !== undefined && size >= 64 && size <= compressed.byteLength * MAX_RATIO + 64;
  return inflateRawSync(compressed, believable ? { chunkSize: size } : {});
};

export async function readWorkbookGrids(filePath: string): Promise<Grid[]> {
  await assertWorkbookFile(filePath);
  const bytes = readFileSync(filePath);
  try {
    return await readPackageGrids(bytes, nodeInflate);
  } catch (cause) {
    throw new WorkbookFileError('damaged', filePath, { cause });
  }
}
