/**
 * The entries of a zip package, read from its central directory (APPNOTE
 * 4.3.12), so an entry is found without reading the others and can be
 * copied byte for byte. No Node imports: the pane reads files with it too,
 * and decompression comes in as an argument (Node's zlib in the CLI, the
 * browser's `DecompressionStream` in the pane).
 */

/**
 * Raw DEFLATE (zip method 8) decompression. `size` is what the zip directory
 * declares the content to be: a hint to decompress into one buffer of that
 * size rather than growing one (the directory may lie; the content decides).
 */
export type Inflate = (compressed: Uint8Array, size?: number) => Uint8Array | Promise<Uint8Array>;

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

export interface ZipEntry {
  /** As stored in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  /** The entry's central directory record, kept so a copy can reuse it as it is. */
  readonly centralRecord: Uint8Array;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UNSET_32 = 0xffffffff;
const UNSET_16 = 0xffff;
/** The end record is 22 bytes plus a comment of at most 65535. */
const END_RECORD_SEARCH = 22 + 0xffff;

const utf8 = new TextDecoder('utf-8');
/** Names without the UTF-8 flag are CP437 in the spec; every real xlsx name is ASCII anyway. */
const latin1 = new TextDecoder('latin1');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A part name as OPC compares them: case-insensitive, `/` separated, percent-decoded. */
export function partKey(name: string): string {
  let decoded = name.replace(/\\/g, '/').replace(/^\/+/, '');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A stray `%` is part of the name itself.
  }
  return decoded.toLowerCase();
}

function findEnd(data: DataView): number {
  const last = data.byteLength - 22;
  for (let at = last; at >= Math.max(0, data.byteLength - END_RECORD_SEARCH); at -= 1) {
    if (data.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipFormatError('no end of central directory');
}

interface DirectoryPlace {
  readonly count: number;
  readonly offset: number;
}

function directoryPlace(data: DataView, end: number): DirectoryPlace {
  let count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  const locator = end - 20;
  if ((count === UNSET_16 || offset === UNSET_32) && locator >= 0) {
    if (data.getUint32(locator, true) === ZIP64_END_LOCATOR) {
      const record = Number(data.getBigUint64(locator + 8, true));
      if (data.getUint32(record, true) !== ZIP64_END_RECORD)
        throw new ZipFormatError('bad zip64 end record');
      count = Number(data.getBigUint64(record + 32, true));
      offset = Number(data.getBigUint64(record + 48, true));
    }
  }
  return { count, offset };
}

/** Sizes and offset from the zip64 extra field, for the fields the record leaves at 0xFFFFFFFF. */
function zip64Values(
  data: DataView,
  extraStart: number,
  extraLength: number,
  wanted: { size: boolean; compressed: boolean; offset: boolean },
): { size?: number; compressed?: number; offset?: number } {
  let at = extraStart;
  while (at + 4 <= extraStart + extraLength) {
    const id = data.getUint16(at, true);
    const length = data.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const take = () => {
        const value = Number(data.getBigUint64(field, true));
        field += 8;
        return value;
      };
      const values: { size?: number; compressed?: number; offset?: number } = {};
      if (wanted.size) values.size = take();
      if (wanted.compressed) values.compressed = take();
      if (wanted.offset) values.offset = take();
      return values;
    }
    at += 4 + length;
  }
  return {};
}

export class ZipArchive {
  private readonly byKey = new Map<string, ZipEntry>();
  readonly entries: readonly ZipEntry[];

  constructor(
    readonly bytes: Uint8Array,
    private readonly inflate: Inflate,
  ) {
    const data = view(bytes);
    if (bytes.byteLength < 22) throw new ZipFormatError('too short for a zip');
    const { count, offset } = directoryPlace(data, findEnd(data));
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let index = 0; index < count; index += 1) {
      if (at + 46 > bytes.byteLength || data.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) {
        throw new ZipFormatError('bad central directory');
      }
      const flags = data.getUint16(at + 8, true);
      const nameLength = data.getUint16(at + 28, true);
      const extraLength = data.getUint16(at + 30, true);
      const commentLength = data.getUint16(at + 32, true);
      const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
      // Bit 11: the name is UTF-8.
      const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
      let size = data.getUint32(at + 24, true);
      let compressedSize = data.getUint32(at + 20, true);
      let localHeaderOffset = data.getUint32(at + 42, true);
      if (size === UNSET_32 || compressedSize === UNSET_32 || localHeaderOffset === UNSET_32) {
        const wide = zip64Values(data, at + 46 + nameLength, extraLength, {
          size: size === UNSET_32,
          compressed: compressedSize === UNSET_32,
          offset: localHeaderOffset === UNSET_32,
        });
        size = wide.size ?? size;
        compressedSize = wide.compressed ?? compressedSize;
        localHeaderOffset = wide.offset ?? localHeaderOffset;
      }
      const recordEnd = at + 46 + nameLength + extraLength + commentLength;
      const entry: ZipEntry = {
        name,
        method: data.getUint16(at + 10, true),
        crc32: data.getUint32(at + 16, true),
        compressedSize,
        size,
        localHeaderOffset,
        centralRecord: bytes.subarray(at, recordEnd),
      };
      entries.push(entry);
      const key = partKey(name);
      if (!this.byKey.has(key)) this.byKey.set(key, entry);
      at = recordEnd;
    }
    this.entries = entries;
  }

  /** The entry of a part name (`/xl/workbook.xml` or `xl/workbook.xml`, any case). */
  entry(partName: string): ZipEntry | undefined {
    return this.byKey.get(partKey(partName));
  }

  has(partName: string): boolean {
    return this.byKey.has(partKey(partName));
  }

  /** Where the entry's stored bytes start and end (after its local header). */
  dataRange(entry: ZipEntry): { start: number; end: number } {
    const data = view(this.bytes);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.byteLength || data.getUint32(at, true) !== LOCAL_FILE_HEADER) {
      throw new ZipFormatError(`bad local header for ${entry.name}`);
    }
    const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.byteLength) throw new ZipFormatError(`${entry.name} is cut short`);
    return { start, end };
  }

  /** The entry's content, decompressed. */
  async read(entry: ZipEntry): Promise<Uint8Array> {
    const { start, end } = this.dataRange(entry);
    const stored = this.bytes.subarray(start, end);
    if (entry.method === 0) return stored;
    if (entry.method !== 8) {
      throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
    }
    return this.inflate(stored, entry.size);
  }
}

/**
 * A part's UTF-16 encoding: by its byte order mark, or without one by how
 * `<?` begins (XML 1.0 Appendix F; PhpSpreadsheet utf16be.xlsx has no mark).
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0 && c === 0x3f && d === 0))
    return 'utf-16le';
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c && c === 0 && d === 0x3f))
    return 'utf-16be';
  return null;
}

/**
 * Text of an XML part: UTF-8 unless it is UTF-16. A UTF-16 part's text says
 * `encoding="UTF-8"` in its declaration, because that is how a write stores
 * the text it changes: a UTF-8 part declaring UTF-16 is one no reader opens.
 */
export function xmlText(bytes: Uint8Array): string {
  const encoding = utf16Encoding(bytes);
  if (!encoding) return utf8.decode(bytes);
  return new TextDecoder(encoding)
    .decode(bytes)
    .replace(/^(\uFEFF?<\?xml\s[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}
