/**
 * Adds one stored (uncompressed) part to a zip package, e.g. a chart part to
 * a workbook ExcelJS wrote, to stand for features ExcelJS cannot write itself.
 */
import { crc32 } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

export function withExtraPart(zip: Buffer, name: string, content: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) throw new Error('not a zip');
  const entries = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryOffset = zip.readUInt32LE(end + 16);
  const fileName = Buffer.from(name, 'utf8');
  const data = Buffer.from(content, 'utf8');
  const checksum = crc32(data);

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(checksum, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(checksum, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(directoryOffset, 42);

  const addedLocal = Buffer.concat([local, fileName, data]);
  const addedCentral = Buffer.concat([central, fileName]);
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  record.writeUInt16LE(entries + 1, 8);
  record.writeUInt16LE(entries + 1, 10);
  record.writeUInt32LE(directorySize + addedCentral.length, 12);
  record.writeUInt32LE(directoryOffset + addedLocal.length, 16);
  return Buffer.concat([
    zip.subarray(0, directoryOffset),
    addedLocal,
    zip.subarray(directoryOffset, directoryOffset + directorySize),
    addedCentral,
    record,
  ]);
}
