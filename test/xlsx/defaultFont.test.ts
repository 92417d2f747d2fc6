/**
 * Issue 16: "the default font becomes Calibri 11 (Chinese templates use 等线
 * or 宋体)". Whatever the workbook's default font, `review --write` (adding
 * the review sheet or recalculating it) and `fix --write` keep it: the
 * styles part is appended to, never re-serialised with ExcelJS's defaults.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { HANDBOOK_TASKS } from '../cli/support/workbooks';
import { rewriteParts } from './support/buildPackage';
import { richWorkbook } from './support/richWorkbook';
import { inflate, reviewWrite } from './support/reviewWrite';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-default-font-'));

async function stylesOf(zip: Uint8Array): Promise<string> {
  const archive = new ZipArchive(zip, inflate);
  return xmlText(await archive.read(archive.entry('xl/styles.xml')!));
}

/** The rich workbook with `font` as every font's face (richWorkbook makes them 等线). */
async function inFont(font: string, withReview: boolean): Promise<Buffer> {
  const tasks = HANDBOOK_TASKS.map((row, index) =>
    index === 1 ? row.map((value, column) => (column === 7 ? 'Doing' : value)) : row,
  );
  return rewriteParts(await richWorkbook(withReview, tasks), (name, text) => [
    name,
    name === 'xl/styles.xml' ? text.replace(/<name val="等线"\/>/g, `<name val="${font}"/>`) : text,
  ]);
}

const fontsOf = (styles: string) => [
  ...new Set([...styles.matchAll(/<name val="([^"]+)"\/>/g)].map((match) => match[1])),
];

describe.each(['等线', '宋体'])('a workbook in %s', (font) => {
  it.each([true, false])(
    'review --write (review sheet there already: %s) keeps it the only font',
    async (withReview) => {
      const after = await reviewWrite(await inFont(font, withReview), '2023-07');
      expect(fontsOf(await stylesOf(after))).toEqual([font]);
    },
  );

  it('fix --write keeps it the only font', async () => {
    const source = path.join(dir, `${font}.xlsx`);
    const fixed = path.join(dir, `${font}-fixed.xlsx`);
    writeFileSync(source, await inFont(font, true));
    const status = await runCli(
      ['fix', source, '--write', fixed],
      {},
      { stdout: () => undefined, stderr: () => undefined, now: () => new Date(2023, 6, 25) },
    );
    expect(status).toBe(0);
    expect(fontsOf(await stylesOf(readFileSync(fixed)))).toEqual([font]);
  });
});
