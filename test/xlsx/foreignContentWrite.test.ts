/**
 * Issue 16, what `review --write` and `fix --write` lost: content inside the
 * sheets they rewrite and parts beside them. The rich workbook gets, on the
 * tracker sheet (which Fix rewrites) and on the review sheet (which Review
 * rewrites): a linked-data-type cell (`vm`, which Excel shows as `#VALUE!`
 * when the metadata is lost), a whole-row format on an empty row, a note on
 * an empty cell (comments + VML), page breaks and a header/footer picture
 * (`legacyDrawingHF`); and beside them the parts of an add-in task pane
 * (webextensions), linked data types (richData, metadata), a query table and
 * a picture. Both writes copy every part they do not own byte for byte and
 * keep all of this inside the sheets they own.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { LINKED_CELL, ROW_FORMAT, workbookWithForeignContent } from './support/foreignContent';
import { inflate, reviewWrite, storedEntries } from './support/reviewWrite';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-foreign-write-'));

async function partText(zip: Uint8Array, name: string): Promise<string> {
  const archive = new ZipArchive(zip, inflate);
  return xmlText(await archive.read(archive.entry(name)!));
}

/** The names of the entries whose stored bytes differ; fails when an entry went missing. */
function rewritten(before: Uint8Array, after: Uint8Array): string[] {
  const old = storedEntries(before);
  const now = storedEntries(after);
  expect([...old.keys()].filter((name) => !now.has(name))).toEqual([]);
  return [...old].filter(([name, bytes]) => !now.get(name)?.equals(bytes)).map(([name]) => name);
}

/** What a rewritten sheet must still hold of what the user's workbook had in it. */
async function expectSheetKeeps(zip: Uint8Array, name: string, row: number): Promise<void> {
  const sheet = await partText(zip, name);
  expect(sheet).toContain(LINKED_CELL(`Z${row}`));
  expect(sheet).toContain(ROW_FORMAT);
  expect(sheet).toContain('<headerFooter><oddHeader>&amp;C&amp;G</oddHeader></headerFooter>');
  expect(sheet).toContain(
    '<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks>',
  );
  expect(sheet).toContain('<legacyDrawing r:id="rIdVml"/><legacyDrawingHF r:id="rIdHF"/>');
}

async function cli(args: readonly string[]): Promise<number> {
  let stderr = '';
  const status = await runCli(
    args,
    {},
    {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      now: () => new Date(2023, 6, 25, 9, 30),
    },
  );
  expect(stderr).toBe('');
  return status;
}

describe('review --write keeps what it does not own', () => {
  it('copies every other part byte for byte and keeps the review sheet’s foreign content', async () => {
    const before = await workbookWithForeignContent();
    const after = await reviewWrite(before, '2023-07');
    expect(rewritten(before, after).sort()).toEqual(
      ['xl/styles.xml', 'xl/worksheets/sheet3.xml'].sort(),
    );
    await expectSheetKeeps(after, 'xl/worksheets/sheet3.xml', 2);
    expect(await partText(after, 'xl/styles.xml')).not.toContain('Calibri');
    const twice = await reviewWrite(after, '2023-07');
    expect(Buffer.from(twice).equals(Buffer.from(after))).toBe(true);
  });
});

describe('fix --write keeps what it does not own', () => {
  it('copies every part but the fixed sheet and the index parts byte for byte; the fixed sheet keeps its foreign content', async () => {
    const source = path.join(dir, 'foreign.xlsx');
    const fixed = path.join(dir, 'foreign-fixed.xlsx');
    const before = await workbookWithForeignContent();
    writeFileSync(source, before);
    expect(await cli(['fix', source, '--write', fixed])).toBe(0);
    const after = readFileSync(fixed);
    expect(readFileSync(source).equals(before)).toBe(true);
    const changed = rewritten(before, after);
    // The tracker's cells and the index parts naming the Fix Log sheet it adds; nothing else.
    expect(changed.sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ].sort(),
    );
    expect(storedEntries(after).size).toBeGreaterThan(storedEntries(before).size);
    // Fix rebuilt the row holding the linked cell (its status normalised) and kept that cell.
    const [tracker] = await readPackageGrids(after, inflate);
    expect(tracker?.cells[2]?.[7]).not.toBe('Doing');
    expect(tracker?.cells[2]?.[7]).toBeTruthy();
    await expectSheetKeeps(after, 'xl/worksheets/sheet1.xml', 3);
    // The review sheet Fix does not own is copied as stored, its own foreign content with it.
    await expectSheetKeeps(after, 'xl/worksheets/sheet3.xml', 2);
    const styles = await partText(after, 'xl/styles.xml');
    expect(styles).toContain('<name val="等线"/>');
    expect(styles).not.toContain('Calibri');
    // The same source fixed again gives the same file.
    const again = path.join(dir, 'foreign-fixed-again.xlsx');
    expect(await cli(['fix', source, '--write', again])).toBe(0);
    expect(readFileSync(again).equals(after)).toBe(true);
  });
});
