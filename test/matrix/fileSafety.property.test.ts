/**
 * Data safety of the file port, for every template: inserting any kind into a
 * user's workbook file (`template <kind> --out existing.xlsx`) goes through the
 * package editor, so every zip entry it does not own — the user's sheets,
 * shared strings, a chart part ExcelJS would have dropped — is byte-identical
 * afterwards, and what the user typed still reads the same (fast-check over
 * user cells and kinds).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { insertTemplates } from '../../src/app';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { TEMPLATE_KINDS, type Locale } from '../../src/core';
import { ZipArchive } from '../../src/xlsx/package/zipArchive';
import { readWorkbookGrids } from '../../src/xlsx/readFile';
import { workbookFilePort } from '../../src/xlsx/workbookPort';
import { withExtraPart } from '../cli/support/zipPart';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-file-safety-'));
/** The index parts a new sheet must be named in (and styles, for its formats): the editor's own. */
const INDEX_PARTS = new Set([
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
]);

/** Each entry's stored bytes (compressed as they are in the zip). */
function storedEntries(bytes: Buffer): Map<string, Buffer> {
  const archive = new ZipArchive(bytes, (data) => inflateRawSync(data));
  return new Map(
    archive.entries.map((entry) => {
      const { start, end } = archive.dataRange(entry);
      return [entry.name, Buffer.from(bytes.subarray(start, end))];
    }),
  );
}

const userValue = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('=SUM(A1)', '+86 138', '-x', '@home', '任务名称', '截止日期', 'OP-001'),
  fc.integer({ min: -1000, max: 50000 }),
);

const userCell = fc.record({
  row: fc.integer({ min: 1, max: 30 }),
  column: fc.integer({ min: 1, max: 12 }),
  value: userValue,
  numFmt: fc.constantFrom(undefined, '0.00', '@', 'yyyy-mm-dd'),
});

type UserCell = typeof userCell extends fc.Arbitrary<infer T> ? T : never;

async function userWorkbook(cells: readonly UserCell[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('预算');
  for (const cell of cells) {
    const target = sheet.getCell(cell.row, cell.column);
    target.value = cell.value;
    if (cell.numFmt) target.numFmt = cell.numFmt;
  }
  workbook.addWorksheet('Notes').getCell('B2').value = 'keep me';
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return withExtraPart(bytes, 'xl/charts/chart1.xml', '<chartSpace/>');
}

describe('file data safety over every template', () => {
  it('inserting any kind leaves every entry it does not own byte-identical', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(userCell, { maxLength: 15 }),
        fc.subarray([...TEMPLATE_KINDS], { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Locale>('zh-CN', 'en-US'),
        async (cells, kinds, locale) => {
          const file = path.join(dir, `user-${run++}.xlsx`);
          const before = await userWorkbook(cells);
          writeFileSync(file, before);
          const gridsBefore = await readWorkbookGrids(file);
          await insertTemplates(workbookFilePort({ source: file, out: file }), {
            kinds,
            locale,
            today: '2024-05-20',
            statutory: STATUTORY_CALENDAR,
          });
          const after = storedEntries(readFileSync(file));
          for (const [name, stored] of storedEntries(before)) {
            if (INDEX_PARTS.has(name)) continue;
            expect({ name, same: after.get(name)?.equals(stored) }).toEqual({ name, same: true });
          }
          const gridsAfter = await readWorkbookGrids(file);
          for (const grid of gridsBefore) {
            expect(gridsAfter.find((one) => one.sheetName === grid.sheetName)).toEqual(grid);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
