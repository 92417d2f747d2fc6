/**
 * A minimal OLE compound file (the container of encrypted Office packages and
 * of legacy `.xls`), built in memory so tests need no binary fixtures: one FAT
 * sector and one directory sector naming the given streams.
 */
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;

function directoryEntry(name: string, type: 1 | 2 | 5, child: number, right: number): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(name, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 64);
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67); // black node
  entry.writeUInt32LE(FREE, 68); // left sibling
  entry.writeUInt32LE(right, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(END_OF_CHAIN, 116); // empty stream
  return entry;
}

export function oleCompoundFile(streamNames: readonly string[]): Buffer {
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift: 512-byte sectors
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const entries = [
    directoryEntry('Root Entry', 5, streamNames.length > 0 ? 1 : FREE, FREE),
    ...streamNames.map((name, index) =>
      directoryEntry(name, 2, FREE, index + 1 < streamNames.length ? index + 2 : FREE),
    ),
  ];
  const directory = Buffer.alloc(SECTOR);
  Buffer.concat(entries).copy(directory, 0, 0, Math.min(SECTOR, entries.length * 128));
  return Buffer.concat([header, fat, directory]);
}
