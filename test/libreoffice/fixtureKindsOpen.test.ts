/**
 * Issue 16: "the written file opens without repair in LibreOffice" for the
 * packages real files come as (test/xlsx/support/fixtureKinds.ts), not only
 * for workbooks ExcelJS wrote: after `review --write`, LibreOffice opens each
 * (a package it cannot open converts to nothing), every sheet of the source
 * shows what it showed before, and the review sheet added shows the month.
 * The 50,000-row kinds are left to fixtureKindsWrite.test.ts (a conversion
 * of them costs LibreOffice minutes, not our writer).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewWrite } from '../xlsx/support/reviewWrite';
import { FIXTURE_KINDS } from '../xlsx/support/fixtureKinds';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';

const soffice = findSoffice();
const describeWithEngine = soffice ? describe : describe.skip;
const SMALL_KINDS = FIXTURE_KINDS.filter(([kind]) => !/50,000/.test(kind));

/** Sheet name → its cells as LibreOffice shows them; empty when LibreOffice could not open the file. */
function sheetsAsShown(session: LibreOfficeSession, file: string): Map<string, string[][]> {
  const conversion = session.convert(file, CSV_ALL_SHEETS);
  const base = path.basename(file, '.xlsx');
  return new Map(
    conversion.outputs
      .filter((output) => output.endsWith('.csv'))
      .map((output) => [
        path.basename(output, '.csv').slice(base.length + 1),
        parseCsv(readFileSync(output, 'utf8')),
      ]),
  );
}

describeWithEngine('review --write of each kind of package opens in LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-kinds-open-'));
  let session: LibreOfficeSession;
  beforeAll(() => {
    session = new LibreOfficeSession(soffice!);
  });

  it.each(SMALL_KINDS.map(([kind, make], index) => [kind, make, index] as const))(
    '%s',
    async (_kind, make, index) => {
      const source = path.join(dir, `kind${index}.xlsx`);
      const written = path.join(dir, `kind${index}-reviewed.xlsx`);
      const before = make();
      writeFileSync(source, before);
      writeFileSync(written, await reviewWrite(before, '2023-07'));
      const shownBefore = sheetsAsShown(session, source);
      const shownAfter = sheetsAsShown(session, written);
      expect(shownBefore.size).toBeGreaterThan(0);
      const added = [...shownAfter.keys()].filter((sheet) => !shownBefore.has(sheet));
      expect(added).toHaveLength(1);
      for (const [sheet, cells] of shownBefore)
        expect([sheet, shownAfter.get(sheet)]).toEqual([sheet, cells]);
      const review = shownAfter.get(added[0]!)!;
      expect(review[1]?.[0]).toBe('2023-07');
    },
    300_000,
  );
});
