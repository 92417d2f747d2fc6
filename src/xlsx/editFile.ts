/**
 * A write that changes only what it owns, from one workbook file to another
 * (or the same): the source is read whole, edited as a package, and written
 * through a temporary file renamed into place, so a failed write never
 * leaves a half-written workbook where a good one was.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'; // sync: readFile.ts says why
import path from 'node:path';
import { crc32 as zlibCrc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import type { Grid } from '../core';
import { newWorkbookBytes } from './edit/newWorkbook';
import { WorkbookEditor } from './edit/workbookEditor';
import type { Inflate } from './package/zipArchive';
import { readPackageGrids } from './read/readPackage';
import { nodeInflate } from './readFile';
import { assertWorkbookFile, removeQuietly, WorkbookFileError } from './workbookFile';

/**
 * zlib's level 4, not its default 6, for the parts a write makes: measured
 * on a 50,000-row fix (its 25 MB sheet and 10 MB Fix Log), level 6 took
 * 260–280 ms and level 4 105–115 ms for 20% more bytes (3.07 → 3.70 MB);
 * level 1 took 64 ms for 44% more. Any level is the same DEFLATE to a
 * reader, and the same input gives the same bytes, so two writes still give
 * the same file. Parts a write copies keep the bytes they came with.
 */
export const DEFLATE_OPTIONS = { level: 4 } as const;

const nodeDeflate = (data: Uint8Array): Uint8Array => deflateRawSync(data, DEFLATE_OPTIONS);
/** Node's native CRC-32 where it has one (20.15 and later); the writer's own otherwise. */
const nodeChecksum =
  typeof zlibCrc32 === 'function'
    ? (data: Uint8Array, previous?: number) => zlibCrc32(data, previous)
    : undefined;

/** What zlib is handed at a time: a write per 500-byte row would cost a thread-pool trip each. */
const BATCH = 1 << 20;
/**
 * Batches handed to zlib and not yet deflated, at most: zlib deflates on
 * Node's thread pool, so the rows of the next batch are made while the last
 * is deflated (one at a time, the two took turns and the deflate of a 50,000-
 * row fix was a fifth of its wall time spent waiting). Bounded, so a 25 MB
 * sheet is still never held whole.
 */
const IN_FLIGHT = 2;

/**
 * DEFLATE of a part given in pieces, through zlib's stream as the pieces
 * come, so a rewritten 25 MB sheet is never joined into one buffer first.
 * The same bytes as `deflateRawSync` of the joined pieces with the same
 * options (zlib's output does not depend on how its input is split).
 */
export async function nodeDeflatePieces(pieces: Iterable<Uint8Array>): Promise<Uint8Array> {
  const stream = createDeflateRaw(DEFLATE_OPTIONS);
  const out: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // Settled as zlib finishes each batch, oldest first; a failed stream settles none, so each wait races the end.
  const pending: Promise<unknown>[] = [];
  const write = async (bytes: Uint8Array) => {
    pending.push(new Promise((resolve) => stream.write(bytes, resolve)));
    if (pending.length >= IN_FLIGHT) await Promise.race([pending.shift(), ended]);
  };
  let batch = new Uint8Array(BATCH);
  let filled = 0;
  for (const piece of pieces) {
    if (filled + piece.length > BATCH && filled > 0) {
      await write(batch.subarray(0, filled));
      // The stream holds the batch until it is deflated: a fresh one for the next.
      batch = new Uint8Array(BATCH);
      filled = 0;
    }
    if (piece.length >= BATCH) await write(piece);
    else {
      batch.set(piece, filled);
      filled += piece.length;
    }
  }
  if (filled > 0) await write(batch.subarray(0, filled));
  stream.end();
  await ended;
  return Buffer.concat(out);
}

/**
 * An inflater for one session, in which the reader and the editor open the
 * same bytes: a part one of them inflated is handed to the other once
 * instead of being inflated again (the sheet a fix edits is the one the plan
 * read: 25 MB and ~150 ms at 50,000 rows). `release` drops what nobody took.
 */
function sharedInflate(): { inflate: Inflate; release: () => void } {
  const kept = new Map<number, { buffer: ArrayBufferLike; length: number; bytes: Uint8Array }>();
  return {
    inflate(compressed, size) {
      const found = kept.get(compressed.byteOffset);
      if (found && found.buffer === compressed.buffer && found.length === compressed.length) {
        kept.delete(compressed.byteOffset);
        return found.bytes;
      }
      const bytes = nodeInflate(compressed, size);
      kept.set(compressed.byteOffset, {
        buffer: compressed.buffer,
        length: compressed.length,
        bytes,
      });
      return bytes;
    },
    release: () => kept.clear(),
  };
}

/**
 * `source` null: a new workbook, for a write into a file that does not exist
 * yet. `edit` gets the editor and the source's grids, read from the bytes
 * the editor holds (the file is read from disk once).
 */
export async function editWorkbookFile<T>(
  source: string | null,
  out: string,
  edit: (editor: WorkbookEditor, readGrids: () => Promise<Grid[]>) => Promise<T>,
): Promise<T> {
  let bytes: Uint8Array;
  if (source === null) bytes = await newWorkbookBytes(nodeInflate, nodeDeflate);
  else {
    await assertWorkbookFile(source);
    bytes = readFileSync(source);
  }
  const shared = sharedInflate();
  let editor: WorkbookEditor;
  try {
    editor = await WorkbookEditor.open(bytes, shared.inflate);
  } catch (cause) {
    throw new WorkbookFileError('damaged', source ?? out, { cause });
  }
  // Every part is copied, macros and the workbook's content type included: an
  // `.xlsm` package written under an `.xlsx` name (or the reverse) is a file
  // Excel refuses to open. Asked before any work, so nothing is written.
  const macros = await editor.isMacroEnabled();
  const extension = path.extname(out).toLowerCase();
  if (macros && extension !== '.xlsm') throw new WorkbookFileError('needs-xlsm', out);
  if (!macros && extension === '.xlsm') throw new WorkbookFileError('needs-xlsx', out);
  const readGrids = async () => {
    if (source === null) return [];
    try {
      return await readPackageGrids(bytes, shared.inflate);
    } catch (cause) {
      throw new WorkbookFileError('damaged', source, { cause });
    }
  };
  const result = await edit(editor, readGrids);
  shared.release();
  const written = await editor.save({
    deflate: nodeDeflate,
    checksum: nodeChecksum,
    deflatePieces: nodeDeflatePieces,
  });
  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, written);
    renameSync(temporary, out);
  } catch (cause) {
    removeQuietly(temporary);
    throw new WorkbookFileError('write-failed', out, { cause });
  }
  return result;
}
