/**
 * The zip writer's checksum comes in as an argument, so the CLI can use
 * Node's native `zlib.crc32` (issue 16: the table loop cost ~100 ms a 25 MB
 * sheet); the bytes written are the same either way.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { crc32, writePackage } from '../../src/xlsx/edit/zipWriter';
import { ZipArchive } from '../../src/xlsx/package/zipArchive';
import { buildPackage } from './support/buildPackage';
import { deflate, inflate, storedEntries } from './support/reviewWrite';

describe('writePackage checksum', () => {
  it('the writer’s own CRC-32 is zlib’s', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (data) => {
        expect(crc32(data)).toBe(zlibCrc32(data));
      }),
    );
  });

  it('writes the same bytes with a checksum given as with its own', () => {
    const zip = buildPackage({ 'a.xml': '<a/>', 'b.xml': '<b>任务</b>' });
    const archive = new ZipArchive(zip, inflate);
    const replaced = new Map([[archive.entry('a.xml')!, new TextEncoder().encode('<a>新</a>')]]);
    const added: [string, Uint8Array][] = [['c.xml', new TextEncoder().encode('<c/>')]];
    const own = writePackage(archive, replaced, added, deflate);
    const given = writePackage(archive, replaced, added, deflate, (data) => zlibCrc32(data));
    expect(Buffer.from(given).equals(Buffer.from(own))).toBe(true);
  });

  it('makes a part’s content when it reaches the part; null keeps the stored entry', () => {
    const zip = buildPackage({ 'a.xml': '<a/>', 'b.xml': '<b/>' });
    const archive = new ZipArchive(zip, inflate);
    const made: string[] = [];
    const content = (name: string, text: string | null) => () => {
      made.push(name);
      return text === null ? null : new TextEncoder().encode(text);
    };
    const written = writePackage(
      archive,
      new Map([
        [archive.entry('b.xml')!, content('b', '<b>2</b>')],
        [archive.entry('a.xml')!, content('a', null)],
      ]),
      [['c.xml', content('c', '<c/>')]],
      deflate,
    );
    expect(made).toEqual(['a', 'b', 'c']);
    const stored = storedEntries(zip);
    const now = storedEntries(written);
    expect(now.get('a.xml')!.equals(stored.get('a.xml')!)).toBe(true);
    const out = new ZipArchive(written, inflate);
    expect(
      Buffer.from(
        inflate(
          out.bytes.subarray(
            out.dataRange(out.entry('b.xml')!).start,
            out.dataRange(out.entry('b.xml')!).end,
          ),
        ),
      ).toString(),
    ).toBe('<b>2</b>');
    expect(out.entries.map((entry) => entry.name)).toEqual(['a.xml', 'b.xml', 'c.xml']);
  });
});
