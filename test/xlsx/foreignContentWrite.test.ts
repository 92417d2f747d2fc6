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
import { HANDBOOK_TASKS } from '../cli/support/workbooks';
import { rewriteParts } from './support/buildPackage';
import { richWorkbook } from './support/richWorkbook';
import { inflate, reviewWrite, storedEntries } from './support/reviewWrite';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const dir = mkdtempSync(path.join(tmpdir(), 'ops-foreign-write-'));

/** A cell holding a linked data type: `vm` points into xl/metadata.xml; its cached value is #VALUE!. */
const LINKED_CELL = (ref: string) => `<c r="${ref}" t="e" vm="1"><v>#VALUE!</v></c>`;
/** An empty row formatted as a whole (Excel's "format the row"). */
const ROW_FORMAT = '<row r="40" s="1" customFormat="1" ht="24" customHeight="1"/>';
/** Page breaks, a note's VML and a header/footer picture, in CT_Worksheet order. */
const SHEET_TAIL =
  '<headerFooter><oddHeader>&amp;C&amp;G</oddHeader></headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks><legacyDrawing r:id="rIdVml"/><legacyDrawingHF r:id="rIdHF"/>';
const SHEET_RELS = `<Relationship Id="rIdVml" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rIdHF" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawingHF1.vml"/><Relationship Id="rIdComments" Type="${REL}/comments" Target="../comments1.xml"/>`;

const ADDED_PARTS = {
  'xl/comments1.xml':
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>张*</author></authors><commentList><comment ref="P30" authorId="0"><text><t>空单元格上的批注</t></text></comment></commentList></comments>',
  'xl/drawings/vmlDrawing1.vml':
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape type="#_x0000_t202"><x:ClientData xmlns:x="urn:schemas-microsoft-com:office:excel" ObjectType="Note"><x:Row>29</x:Row><x:Column>15</x:Column></x:ClientData></v:shape></xml>',
  'xl/drawings/vmlDrawingHF1.vml':
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="CH"><v:imagedata o:relid="rId1" xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape></xml>',
  'xl/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]),
  'xl/webextensions/taskpanes.xml':
    '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350"/></wetp:taskpanes>',
  'xl/webextensions/webextension1.xml':
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6F1A0B3C-0000-4000-8000-000000000001}"><we:reference id="wa000000000" version="1.0.0.0" store="zh-CN" storeType="OMEX"/></we:webextension>',
  'xl/richData/rdrichvalue.xml':
    '<rvData xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" count="1"><rv s="0"><v>5</v><v>上海</v></rv></rvData>',
  'xl/metadata.xml':
    '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><valueMetadata count="1"><bk><rc t="1" v="0"/></bk></valueMetadata></metadata>',
  'xl/queryTables/queryTable1.xml':
    '<queryTable xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="外部数据_1" connectionId="1"/>',
};

/** The two sheets the writes own: the tracker (Fix) and the review (Review). */
const OWNED_SHEETS = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml'];

async function workbookWithForeignContent(): Promise<Buffer> {
  // One status Fix normalises (row 3), so Fix rebuilds the row holding the linked cell.
  const tasks = HANDBOOK_TASKS.map((row, index) =>
    index === 1 ? row.map((value, column) => (column === 7 ? 'Doing' : value)) : row,
  );
  return rewriteParts(
    await richWorkbook(true, tasks),
    (name, text) => {
      if (OWNED_SHEETS.includes(name)) {
        const row = name.endsWith('sheet1.xml') ? 3 : 2;
        const withCell = text.replace(
          new RegExp(`(<row r="${row}"[^>]*>[^]*?)</row>`),
          `$1${LINKED_CELL(`Z${row}`)}</row>`,
        );
        return [
          name,
          withCell
            .replace('</sheetData>', `${ROW_FORMAT}</sheetData>`)
            .replace('<tableParts', `${SHEET_TAIL}<tableParts`),
        ];
      }
      if (/^xl\/worksheets\/_rels\/sheet[13]\.xml\.rels$/.test(name))
        return [name, text.replace('</Relationships>', `${SHEET_RELS}</Relationships>`)];
      return [name, text];
    },
    ADDED_PARTS,
  );
}

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
