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
import { PREFIXED_SHEET, prefixedTracker } from './support/prefixedTracker';
import { inflate, storedEntries } from './support/reviewWrite';

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
    PREFIXED_SHEET.slice(
      PREFIXED_SHEET.indexOf('<x:row r="1">'),
      PREFIXED_SHEET.indexOf('<x:row r="2">'),
    ),
  );
  expect(sheet).toContain(
    PREFIXED_SHEET.slice(
      PREFIXED_SHEET.indexOf('<x:row r="3">'),
      PREFIXED_SHEET.indexOf('</x:sheetData>'),
    ),
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
