/**
 * Issue 16: `fix --write` over each kind of package real files come as
 * (test/xlsx/support/fixtureKinds.ts), as `review --write` is in
 * fixtureKindsWrite.test.ts: within the hang guard, every part it does not
 * own copied byte for byte, nothing dropped, the source never written, and
 * the same source fixed twice giving the same file.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { FIXTURE_KINDS } from './support/fixtureKinds';
import { inflate, storedEntries } from './support/reviewWrite';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-kinds-fix-'));
const HANG_GUARD_MS = 30_000;
/** What adding the Fix Log sheet may rewrite: the package's index parts and the styles. */
const INDEX_PARTS =
  /^(\[Content_Types\]\.xml|xl\/(x?workbook|wb)\.xml|xl\/_rels\/.*\.rels|xl\/styles\.xml|docProps\/app\.xml)$/;

async function fix(args: readonly string[]): Promise<{ status: number; stderr: string }> {
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
  return { status, stderr };
}

/** The worksheet parts `[Content_Types].xml` names, without their leading slash. */
async function worksheetParts(zip: Uint8Array): Promise<string[]> {
  const archive = new ZipArchive(zip, inflate);
  const types = xmlText(await archive.read(archive.entry('[Content_Types].xml')!));
  return [...types.matchAll(/PartName="\/([^"]+)" ContentType="[^"]*worksheet\+xml"/g)].map(
    (match) => match[1]!,
  );
}

describe.each(FIXTURE_KINDS.map(([kind, make], index) => [kind, make, index] as const))(
  'fix --write on %s',
  (_kind, make, index) => {
    it('copies every part it does not own byte for byte and gives the same file twice (or refuses a file with no tracker, writing nothing)', async () => {
      const before = make();
      const source = path.join(dir, `kind${index}.xlsx`);
      writeFileSync(source, before);
      const started = process.cpuUsage();
      const first = path.join(dir, `kind${index}-fixed.xlsx`);
      const ran = await fix(['fix', source, '--write', first]);
      const used = process.cpuUsage(started);
      expect((used.user + used.system) / 1000).toBeLessThan(HANG_GUARD_MS);
      expect(readFileSync(source).equals(before)).toBe(true);
      const grids = await readPackageGrids(before, inflate);
      if (!grids.some((grid) => grid.cells.length > 1)) {
        // A header with no task rows and no due date is no tracker: refused by name, nothing written.
        expect(ran.status).toBe(2);
        expect(ran.stderr).toContain(source);
        expect(existsSync(first)).toBe(false);
        return;
      }
      expect(ran).toEqual({ status: 0, stderr: '' });
      const after = readFileSync(first);
      const old = storedEntries(before);
      const now = storedEntries(after);
      expect([...old.keys()].filter((name) => !now.has(name))).toEqual([]);
      const rewritten = [...old]
        .filter(([name, bytes]) => !now.get(name)?.equals(bytes))
        .map(([name]) => name)
        .filter((name) => !INDEX_PARTS.test(name));
      // Only worksheets may change (the cells Fix lists); every other part is as stored.
      const worksheets = await worksheetParts(before);
      expect(rewritten.filter((name) => !worksheets.includes(name))).toEqual([]);
      // Every sheet is still read; a Fix Log follows them when Fix changed a cell.
      const names = (await readPackageGrids(after, inflate)).map((grid) => grid.sheetName);
      expect(names.slice(0, grids.length)).toEqual(grids.map((grid) => grid.sheetName));
      expect(names.slice(grids.length)).toHaveLength(rewritten.length > 0 ? 1 : 0);
      const second = path.join(dir, `kind${index}-fixed-again.xlsx`);
      expect(await fix(['fix', source, '--write', second])).toEqual({ status: 0, stderr: '' });
      expect(readFileSync(second).equals(after)).toBe(true);
    }, 60_000);
  },
);
