/**
 * A file write reads the source from disk once: the grids a session plans
 * from are read from the bytes its editor holds, and a part both inflate
 * (the sheet a fix edits) is inflated once and handed over.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { DEFLATE_OPTIONS, editWorkbookFile, nodeDeflatePieces } from '../../src/xlsx/editFile';
import { readWorkbookGrids } from '../../src/xlsx/readFile';
import { textRow, workbookPackage } from './support/buildPackage';
import { storedEntries } from './support/reviewWrite';

const HEADER = textRow(1, ['任务名称', '负责人', '截止日期']);
const TASK = textRow(2, ['巡检', '张*', '2023-07-15']);

describe('editWorkbookFile', () => {
  it('gives the edit the grids the file reader reads, and copies an unchanged sheet as stored', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'edit-file-'));
    const source = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    writeFileSync(source, workbookPackage([{ name: '任务', rows: HEADER + TASK }]));
    const grids = await editWorkbookFile(source, out, async (editor, readGrids) => {
      const read = await readGrids();
      // The sheet the reader inflated, now the editor's: asked about, left as it was.
      const sheet = await editor.sheet(editor.sheets[0]!.part);
      expect(sheet.styleAt(1, 2)).toBe(0);
      return read;
    });
    expect(grids).toEqual(await readWorkbookGrids(source));
    expect(storedEntries(readFileSync(out))).toEqual(storedEntries(readFileSync(source)));
  });

  it('deflates pieces as they come into the bytes deflateRawSync makes of them joined', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 3000 }), { maxLength: 20 }),
        async (pieces) => {
          const streamed = await nodeDeflatePieces(pieces);
          expect(
            Buffer.from(streamed).equals(deflateRawSync(Buffer.concat(pieces), DEFLATE_OPTIONS)),
          ).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
    // Past one batch, pieces larger than a batch among small ones: a sheet's rows, its tail.
    const text = new TextEncoder().encode('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(40_000));
    const big = [
      text.subarray(0, 700_000),
      text.subarray(700_000, 2_400_000),
      text.subarray(2_400_000),
    ];
    expect(
      Buffer.from(await nodeDeflatePieces(big)).equals(deflateRawSync(text, DEFLATE_OPTIONS)),
    ).toBe(true);
  });
});
