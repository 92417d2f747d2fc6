/**
 * Issue 16: `fix --write` on a tracker in an OpenXML SDK package (absolute
 * relationship targets, every element `x:`-prefixed, shared strings under a
 * non-standard name). The rows Fix rebuilds keep the sheet's prefix (an
 * unprefixed `<c>` inside `<x:row>` is outside the SpreadsheetML namespace
 * and Excel drops it), and every part it does not own is copied byte for byte.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { buildPackage } from './support/buildPackage';
import { inflate, storedEntries } from './support/reviewWrite';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const inline = (ref: string, text: string) =>
  `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
const shared = (ref: string, index: number) => `<x:c r="${ref}" t="s"><x:v>${index}</x:v></x:c>`;

/** Row 2 holds a dotted date and an English status Fix converts; row 3 nothing to fix. */
const SHEET = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1">${shared('A1', 0)}${shared('B1', 1)}${shared('C1', 2)}${shared('D1', 3)}</x:row><x:row r="2">${inline('A2', '巡检')}${inline('B2', '张*')}${inline('C2', '2023.07.15')}${inline('D2', 'Doing')}</x:row><x:row r="3">${inline('A3', '盘点')}${inline('B3', '李*')}<x:c r="C3"><x:v>45130</x:v></x:c>${inline('D3', '已完成')}</x:row></x:sheetData></x:worksheet>`;

function prefixedTracker(): Buffer {
  return buildPackage({
    '[Content_Types].xml': `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet.xml" ContentType="${TYPE}.worksheet+xml"/><Override PartName="/xl/strings/sst.xml" ContentType="${TYPE}.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/officeDocument" Target="/xl/workbook.xml" Id="R5a1"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:sheets><x:sheet name="导出" sheetId="1" r:id="R9f"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet.xml" Id="R9f"/><Relationship Type="${REL}/sharedStrings" Target="/xl/strings/sst.xml" Id="R2"/></Relationships>`,
    'xl/strings/sst.xml': `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>任务名称</x:t></x:si><x:si><x:t>负责人</x:t></x:si><x:si><x:t>截止日期</x:t></x:si><x:si><x:t>状态</x:t></x:si></x:sst>`,
    'xl/worksheets/sheet.xml': SHEET,
  });
}

async function cli(
  args: readonly string[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(
    args,
    {},
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      now: () => new Date(2023, 6, 25, 9, 30),
    },
  );
  return { status, stdout, stderr };
}

it('fix --write on an x:-prefixed OpenXML SDK tracker keeps the prefix and every other part', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-prefixed-fix-'));
  const source = path.join(dir, 'sdk.xlsx');
  const fixed = path.join(dir, 'sdk-fixed.xlsx');
  const before = prefixedTracker();
  writeFileSync(source, before);
  const listed = JSON.parse((await cli(['fix', source, '--json'])).stdout) as {
    changes: { sheet: string; cell: string }[];
  };
  expect(listed.changes.map((change) => change.cell).sort()).toEqual(['C2', 'D2']);
  expect(await cli(['fix', source, '--write', fixed])).toMatchObject({ status: 0, stderr: '' });
  const after = readFileSync(fixed);

  const old = storedEntries(before);
  const now = storedEntries(after);
  expect([...old.keys()].filter((name) => !now.has(name))).toEqual([]);
  const changed = [...old]
    .filter(([name, bytes]) => !now.get(name)?.equals(bytes))
    .map(([name]) => name);
  expect(changed.sort()).toEqual(
    [
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet.xml',
    ].sort(),
  );

  const archive = new ZipArchive(after, inflate);
  const sheet = xmlText(await archive.read(archive.entry('xl/worksheets/sheet.xml')!));
  // No element outside the x: prefix: every row and cell Fix wrote is in SpreadsheetML.
  expect(sheet.match(/<\/?(?!x:|\?xml)[A-Za-z]/g) ?? []).toEqual([]);
  // The rows Fix did not change are as stored.
  expect(sheet).toContain(
    SHEET.slice(SHEET.indexOf('<x:row r="1">'), SHEET.indexOf('<x:row r="2">')),
  );
  expect(sheet).toContain(
    SHEET.slice(SHEET.indexOf('<x:row r="3">'), SHEET.indexOf('</x:sheetData>')),
  );

  const [tracker, log] = await readPackageGrids(after, inflate);
  expect(tracker?.sheetName).toBe('导出');
  // The dotted date became a date serial (2023-07-15) under a date style the write added.
  expect(tracker?.cells[1]?.[2]).toBe(45122);
  expect(sheet).toMatch(/<x:c r="C2" s="[1-9]\d*"><x:v>45122<\/x:v><\/x:c>/);
  expect(tracker?.cells[1]?.[3]).not.toBe('Doing');
  expect(log?.cells.length).toBeGreaterThan(1);
  // Fixed again, nothing is left to change.
  expect(JSON.parse((await cli(['fix', fixed, '--json'])).stdout).changes).toEqual([]);
});
