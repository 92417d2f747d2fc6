/**
 * A macro-enabled workbook (`.xlsm`) through `fix --write` and `review
 * --write`. Found over public files (POI's 64420.xlsm, xlmmacro.xlsm, SheetJS's
 * pivot_table_test.xlsm): the writes copy every part, the VBA project and the
 * workbook's macro-enabled content type included, but only accepted an
 * `.xlsx` name, giving a file Excel refuses to open ("the file format or file
 * extension is not valid"). Now the package decides the extension.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { runCli } from '../../src/cli/run';
import { ZipArchive } from '../../src/xlsx/package/zipArchive';
import { textRow, workbookPackage } from '../xlsx/support/buildPackage';
import { storedEntries } from '../xlsx/support/reviewWrite';

const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const VBA = Uint8Array.from({ length: 512 }, (_, index) => (index * 7) % 256);

/** A tracker whose dates Fix converts, stored as an `.xlsm` package with a VBA project. */
function macroWorkbook(): Buffer {
  const sheets = [
    {
      name: '任务',
      rows:
        textRow(1, ['任务名称', '负责人', '截止日期', '状态']) +
        textRow(2, ['巡检', '张*', '2024/5/10', '进行中']),
    },
  ];
  const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="${MACRO_MAIN}"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
  return workbookPackage(sheets, {
    '[Content_Types].xml': contentTypes,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
    'xl/vbaProject.bin': VBA,
  });
}

async function typeOfWorkbook(file: string): Promise<string | undefined> {
  const archive = new ZipArchive(await readFile(file), (bytes) => inflateRawSync(bytes));
  const entry = archive.entry('[Content_Types].xml');
  const xml = entry ? Buffer.from(await archive.read(entry)).toString('utf8') : '';
  return /PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(xml)?.[1];
}

async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(
    args,
    { LANG: 'en_US.UTF-8' },
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      now: () => new Date(2024, 5, 3, 9, 30, 5),
    },
  );
  return { status, stdout, stderr };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ops-macro-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each([
  ['fix', (source: string, out: string) => ['fix', source, '--write', out]],
  [
    'review',
    (source: string, out: string) => ['review', source, '--month', '2024-05', '--write', out],
  ],
])('%s --write of an .xlsm workbook', (command, argsFor) => {
  it('writes an .xlsm that keeps the VBA project and the macro-enabled content type', async () => {
    const source = path.join(dir, `${command}-in.xlsm`);
    const out = path.join(dir, `${command}-out.xlsm`);
    await writeFile(source, macroWorkbook());
    const ran = await cli(argsFor(source, out));
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const before = storedEntries(await readFile(source));
    const after = storedEntries(await readFile(out));
    expect(after.get('xl/vbaProject.bin')?.equals(before.get('xl/vbaProject.bin')!)).toBe(true);
    // The index part is rewritten (a sheet is added) but still names the workbook macro-enabled.
    expect(after.has('[Content_Types].xml')).toBe(true);
    expect(await typeOfWorkbook(out)).toBe(MACRO_MAIN);
  });

  it('refuses an .xlsx name, which Excel would not open, and writes nothing', async () => {
    const source = path.join(dir, `${command}-refused.xlsm`);
    const out = path.join(dir, `${command}-refused.xlsx`);
    await writeFile(source, macroWorkbook());
    const ran = await cli(argsFor(source, out));
    expect(ran.status).toBe(2);
    expect(ran.stderr).toContain('must end in .xlsm');
    expect(existsSync(out)).toBe(false);
  });
});

it('fix --write refuses an .xlsm name for a workbook without macros', async () => {
  const source = path.join(dir, 'plain.xlsx');
  const out = path.join(dir, 'plain-out.xlsm');
  await writeFile(
    source,
    workbookPackage([
      {
        name: '任务',
        rows:
          textRow(1, ['任务名称', '负责人', '截止日期', '状态']) +
          textRow(2, ['巡检', '张*', '2024/5/10', '进行中']),
      },
    ]),
  );
  const ran = await cli(['fix', source, '--write', out]);
  expect(ran.status).toBe(2);
  expect(ran.stderr).toContain('must end in .xlsx');
  expect(existsSync(out)).toBe(false);
});
