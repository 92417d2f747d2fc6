/**
 * Issue 16: the files `review --write` and `fix --write` write from the
 * packages real files come as open in LibreOffice (a package it cannot open
 * converts to nothing) and show what was planned: the rich workbook with
 * linked-data-type cells, row formats, notes, page breaks and header/footer
 * pictures (support/foreignContent.ts), and an `x:`-prefixed OpenXML SDK
 * tracker (support/prefixedTracker.ts). Every sheet a write does not own
 * shows what it showed; the sheet it owns differs only where it planned.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getTemplate } from '../../src/core';
import { runCli } from '../../src/cli/run';
import { workbookWithForeignContent } from '../xlsx/support/foreignContent';
import { prefixedTracker } from '../xlsx/support/prefixedTracker';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';

const soffice = findSoffice();
const describeWithEngine = soffice ? describe : describe.skip;

async function cli(args: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runCli(
    args,
    {},
    {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      now: () => new Date(2023, 6, 25, 9, 30),
    },
  );
  return { status, stdout };
}

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

/** Every cell of `before`'s sheets as shown in `after`, but the cells `skip` names (sheet!A1). */
function expectSameBut(
  before: Map<string, string[][]>,
  after: Map<string, string[][]>,
  skip: ReadonlySet<string>,
  owned: string | null,
): void {
  for (const [sheet, cells] of before) {
    if (sheet === owned) continue;
    const shown = after.get(sheet)!;
    expect(shown).toBeDefined();
    const rows = Math.max(cells.length, shown.length);
    for (let row = 0; row < rows; row += 1) {
      const width = Math.max(cells[row]?.length ?? 0, shown[row]?.length ?? 0);
      for (let column = 0; column < width; column += 1) {
        const cell = `${String.fromCharCode(65 + column)}${row + 1}`;
        if (skip.has(`${sheet}!${cell}`)) continue;
        expect([sheet, cell, shown[row]?.[column] ?? '']).toEqual([
          sheet,
          cell,
          cells[row]?.[column] ?? '',
        ]);
      }
    }
  }
}

describeWithEngine('written from real-file packages, opened in LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-foreign-open-'));
  let session: LibreOfficeSession;
  beforeAll(() => {
    session = new LibreOfficeSession(soffice!);
  });

  it.each(['review', 'fix'] as const)(
    '%s --write of the workbook with foreign content',
    async (command) => {
      const source = path.join(dir, `foreign-${command}.xlsx`);
      const written = path.join(dir, `foreign-${command}-written.xlsx`);
      writeFileSync(source, await workbookWithForeignContent());
      const extra = command === 'review' ? ['--month', '2023-07', '--today', '2023-07-25'] : [];
      const listed =
        command === 'fix'
          ? (
              JSON.parse((await cli(['fix', source, '--json'])).stdout) as {
                changes: { sheet: string; cell: string }[];
              }
            ).changes
          : [];
      expect((await cli([command, source, ...extra, '--write', written])).status).toBe(0);
      const before = sheetsAsShown(session, source);
      const after = sheetsAsShown(session, written);
      expect(before.size).toBeGreaterThan(0);
      const review = getTemplate('review').sheetName['zh-CN'];
      expectSameBut(
        before,
        after,
        new Set(listed.map((change) => `${change.sheet}!${change.cell}`)),
        command === 'review' ? review : null,
      );
      if (command === 'review') expect(after.get(review)?.[1]?.[0]).toBe('2023-07');
      else expect(after.size).toBe(before.size + 1);
    },
    300_000,
  );

  it('fix --write of an x:-prefixed OpenXML SDK tracker', async () => {
    const source = path.join(dir, 'sdk.xlsx');
    const written = path.join(dir, 'sdk-fixed.xlsx');
    writeFileSync(source, prefixedTracker());
    expect((await cli(['fix', source, '--write', written])).status).toBe(0);
    const before = sheetsAsShown(session, source);
    const after = sheetsAsShown(session, written);
    expect([...before.keys()]).toEqual(['导出']);
    expectSameBut(before, after, new Set(['导出!C2', '导出!D2']), null);
    expect(after.get('导出')?.[1]?.[2]).toBe('2023-07-15');
    expect(after.get('导出')?.[1]?.[3]).not.toBe('Doing');
    expect(after.size).toBe(2);
  }, 300_000);
});
