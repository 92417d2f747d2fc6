/**
 * Writes a zip package from an existing one: entries a write owns get new
 * content, every other entry is copied byte for byte (local header, data and
 * data descriptor as they were), new entries go at the end. Replaced entries
 * keep their original date stamp and new ones get a fixed one, so the same
 * write on the same input always gives the same bytes.
 */
import type { ZipArchive, ZipEntry } from '../package/zipArchive';

/** Raw DEFLATE compression (zip method 8). */
export type Deflate = (data: Uint8Array) => Uint8Array;

/**
 * The zip CRC-32 of some bytes, carried on from `previous` (the CRC of the
 * bytes before them). `crc32` below unless the caller has a faster one
 * (Node's `zlib.crc32`, native: a 25 MB sheet costs the table loop ~100 ms).
 */
export type Checksum = (data: Uint8Array, previous?: number) => number;

/**
 * Raw DEFLATE of content that comes in pieces, compressed as they come:
 * the same bytes `Deflate` makes of the pieces joined (zlib's output does
 * not depend on how its input is split), without the joined copy.
 */
export type DeflatePieces = (pieces: Iterable<Uint8Array>) => Promise<Uint8Array>;

/**
 * New content made piece by piece as it is written (a sheet's rows: most
 * of them views of the stored part). `same`, asked once the pieces are all
 * taken: whether they made exactly the stored content, which then stays.
 */
export interface PieceContent {
  readonly pieces: Iterable<Uint8Array>;
  readonly same: () => boolean;
}

/**
 * A part's new content, or a function making it when the writer reaches
 * the part (null: the stored entry stays), so one large part at a time is
 * held uncompressed and dropped once deflated.
 */
export type Content = Uint8Array | (() => Uint8Array | PieceContent | null);

export interface Compression {
  readonly deflate: Deflate;
  readonly checksum?: Checksum;
  /** Without it, pieces are joined and given to `deflate`. */
  readonly deflatePieces?: DeflatePieces;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array, previous = 0): number {
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let index = 0; index < data.length; index += 1) {
    crc = CRC_TABLE[(crc ^ data[index]!) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00, the first time a zip can record. */
const FIXED_DOS_TIME = 0;
const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x800;

interface Written {
  readonly local: Uint8Array[];
  readonly central: Uint8Array;
}

const encoder = new TextEncoder();

function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}

interface Compressed {
  readonly compressed: Uint8Array;
  readonly checksum: number;
  readonly size: number;
}

/** The content compressed, with its CRC and size; null when pieces made the stored content. */
async function compress(
  content: Uint8Array | PieceContent,
  compression: Compression,
): Promise<Compressed | null> {
  const checksum = compression.checksum ?? crc32;
  if (content instanceof Uint8Array) {
    return {
      compressed: compression.deflate(content),
      checksum: checksum(content),
      size: content.length,
    };
  }
  let size = 0;
  let crc = 0;
  const counted = (function* () {
    for (const piece of content.pieces) {
      size += piece.length;
      crc = checksum(piece, crc);
      yield piece;
    }
  })();
  const compressed = compression.deflatePieces
    ? await compression.deflatePieces(counted)
    : compression.deflate(joined([...counted]));
  return content.same() ? null : { compressed, checksum: crc, size };
}

function newEntry(
  name: string,
  { compressed, checksum, size }: Compressed,
  offset: number,
  stamp: { time: number; date: number },
): Written {
  const nameBytes = encoder.encode(name);
  const local = new Uint8Array(30);
  const localView = new DataView(local.buffer);
  localView.setUint32(0, 0x04034b50, true);
  localView.setUint16(4, 20, true);
  localView.setUint16(6, UTF8_FLAG, true);
  localView.setUint16(8, 8, true);
  localView.setUint16(10, stamp.time, true);
  localView.setUint16(12, stamp.date, true);
  localView.setUint32(14, checksum, true);
  localView.setUint32(18, compressed.length, true);
  localView.setUint32(22, size, true);
  localView.setUint16(26, nameBytes.length, true);
  const central = new Uint8Array(46 + nameBytes.length);
  const centralView = new DataView(central.buffer);
  centralView.setUint32(0, 0x02014b50, true);
  centralView.setUint16(4, 20, true);
  centralView.setUint16(6, 20, true);
  centralView.setUint16(8, UTF8_FLAG, true);
  centralView.setUint16(10, 8, true);
  centralView.setUint16(12, stamp.time, true);
  centralView.setUint16(14, stamp.date, true);
  centralView.setUint32(16, checksum, true);
  centralView.setUint32(20, compressed.length, true);
  centralView.setUint32(24, size, true);
  centralView.setUint16(28, nameBytes.length, true);
  centralView.setUint32(42, offset, true);
  central.set(nameBytes, 46);
  return { local: [local, nameBytes, compressed], central };
}

/** Where an entry's data (and its data descriptor, when flag bit 3 says there is one) ends. */
function entryEnd(archive: ZipArchive, entry: ZipEntry): number {
  const { end } = archive.dataRange(entry);
  const view = new DataView(archive.bytes.buffer, archive.bytes.byteOffset);
  const flags = view.getUint16(entry.localHeaderOffset + 6, true);
  if (!(flags & 0x8)) return end;
  const signed = end + 4 <= archive.bytes.byteLength && view.getUint32(end, true) === 0x08074b50;
  return end + (signed ? 16 : 12);
}

export async function writePackage(
  archive: ZipArchive,
  replaced: ReadonlyMap<ZipEntry, Content>,
  added: readonly (readonly [string, Content])[],
  compression: Compression,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const made = async (content: Content | undefined) => {
    const value = typeof content === 'function' ? content() : content;
    return value ? compress(value, compression) : null;
  };
  for (const entry of archive.entries) {
    const content = await made(replaced.get(entry));
    if (content) {
      const record = new DataView(entry.centralRecord.buffer, entry.centralRecord.byteOffset);
      const stamp = { time: record.getUint16(12, true), date: record.getUint16(14, true) };
      const written = newEntry(entry.name, content, offset, stamp);
      chunks.push(...written.local);
      offset += written.local.reduce((sum, part) => sum + part.length, 0);
      centrals.push(written.central);
      continue;
    }
    const bytes = archive.bytes.subarray(entry.localHeaderOffset, entryEnd(archive, entry));
    // A copy: `slice` on a Node Buffer would share (and so change) the source bytes.
    const central = new Uint8Array(entry.centralRecord);
    new DataView(central.buffer).setUint32(42, offset, true);
    chunks.push(bytes);
    centrals.push(central);
    offset += bytes.length;
  }
  for (const [name, content] of added) {
    const compressed = (await made(content)) ?? (await compress(new Uint8Array(0), compression))!;
    const written = newEntry(name, compressed, offset, {
      time: FIXED_DOS_TIME,
      date: FIXED_DOS_DATE,
    });
    chunks.push(...written.local);
    offset += written.local.reduce((sum, part) => sum + part.length, 0);
    centrals.push(written.central);
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  const count = archive.entries.length + added.length;
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, count, true);
  endView.setUint16(10, count, true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  const all = [...chunks, ...centrals, end];
  const result = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}
