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

  it('carries a CRC-32 on from the bytes before, as zlib does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.uint8Array({ maxLength: 512 }), (a, b) => {
        expect(crc32(b, crc32(a))).toBe(zlibCrc32(Buffer.concat([a, b])));
      }),
    );
  });

  it('writes the same bytes with a checksum given as with its own', async () => {
    const zip = buildPackage({ 'a.xml': '<a/>', 'b.xml': '<b>任务</b>' });
    const archive = new ZipArchive(zip, inflate);
    const replaced = new Map([[archive.entry('a.xml')!, new TextEncoder().encode('<a>新</a>')]]);
    const added: [string, Uint8Array][] = [['c.xml', new TextEncoder().encode('<c/>')]];
    const own = await writePackage(archive, replaced, added, { deflate });
    const given = await writePackage(archive, replaced, added, {
      deflate,
      checksum: (data, previous) => zlibCrc32(data, previous),
    });
    expect(Buffer.from(given).equals(Buffer.from(own))).toBe(true);
  });

  it('makes a part’s content when it reaches the part; null keeps the stored entry', async () => {
    const zip = buildPackage({ 'a.xml': '<a/>', 'b.xml': '<b/>' });
    const archive = new ZipArchive(zip, inflate);
    const made: string[] = [];
    const content = (name: string, text: string | null) => () => {
      made.push(name);
      return text === null ? null : new TextEncoder().encode(text);
    };
    const written = await writePackage(
      archive,
      new Map([
        [archive.entry('b.xml')!, content('b', '<b>2</b>')],
        [archive.entry('a.xml')!, content('a', null)],
      ]),
      [['c.xml', content('c', '<c/>')]],
      { deflate },
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

  it('writes content given in pieces as the pieces joined, and keeps the stored entry when they are the same', async () => {
    const zip = buildPackage({ 'a.xml': '<a>一二三</a>', 'b.xml': '<b/>' });
    const archive = new ZipArchive(zip, inflate);
    const encode = (text: string) => new TextEncoder().encode(text);
    const pieces = (texts: string[], same: boolean) => () => ({
      pieces: texts.map(encode),
      same: () => same,
    });
    const joined = await writePackage(
      archive,
      new Map([[archive.entry('b.xml')!, encode('<b>新的</b>')]]),
      [],
      { deflate },
    );
    const inPieces = await writePackage(
      archive,
      new Map([
        [archive.entry('a.xml')!, pieces(['<a>一二', '三</a>'], true)],
        [archive.entry('b.xml')!, pieces(['<b>', '新的', '</b>'], false)],
      ]),
      [],
      { deflate },
    );
    expect(Buffer.from(inPieces).equals(Buffer.from(joined))).toBe(true);
  });
});
