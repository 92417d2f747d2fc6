/**
 * Issue 16: the files `review --write` and `fix --write` write open in a
 * second engine without repair, and hold what was planned. LibreOffice
 * converts each to one CSV per sheet (a package it cannot open converts to
 * nothing); every sheet the write does not own shows exactly what the source
 * showed, the review sheet shows the month's row, and the fixed tracker
 * differs from the source only in the cells `fix --json` lists.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getTemplate, planTemplate } from '../../src/core';
import { runCli } from '../../src/cli/run';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import ExcelJS from 'exceljs';
import { HANDBOOK_COLLAB, HANDBOOK_TASKS, saveAs, typeIntoTable } from '../cli/support/workbooks';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';

const soffice = findSoffice();
const describeWithEngine = soffice ? describe : describe.skip;

interface Captured {
  status: number;
  stdout: string;
}

async function cli(args: string[]): Promise<Captured> {
  let stdout = '';
  const status = await runCli(
    args,
    {},
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => undefined,
      now: () => new Date(2023, 6, 25, 9, 30),
    },
  );
  return { status, stdout };
}

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

/** `B3` → row 2, column 1 (zero-based), as the CSV lays cells out from A1. */
function place(cell: string): [number, number] {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const column = [...letters!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return [Number(digits) - 1, column - 1];
}

describeWithEngine('files written by review --write and fix --write open in LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-written-open-'));
  const source = path.join(dir, 'source.xlsx');
  const reviewed = path.join(dir, 'reviewed.xlsx');
  const fixed = path.join(dir, 'fixed.xlsx');
  const tracker = getTemplate('tracker').sheetName['zh-CN'];
  const review = getTemplate('review').sheetName['zh-CN'];
  let session: LibreOfficeSession;
  let before: Map<string, string[][]>;

  beforeAll(async () => {
    session = new LibreOfficeSession(soffice!);
    const workbook = new ExcelJS.Workbook();
    writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
    writeSheetPlan(workbook, planTemplate('collab', 'zh-CN'));
    writeSheetPlan(workbook, planTemplate('review', 'zh-CN'));
    // The handbook's rows, one of them with a status and an owner Fix normalises.
    const rows = HANDBOOK_TASKS.map((row, index) =>
      index === 1 ? row.map((value, column) => (column === 7 ? 'Doing' : value)) : row,
    );
    typeIntoTable(workbook, 'OpsTasks', rows);
    typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
    await saveAs(workbook, source);
    before = sheetsAsShown(session, source);
    expect([...before.keys()]).toEqual(expect.arrayContaining([tracker, review]));
  }, 300_000);

  it('review --write: every sheet but the review sheet as before, the review sheet with the month', async () => {
    const run = await cli([
      'review',
      source,
      '--month',
      '2023-07',
      '--today',
      '2023-07-25',
      '--write',
      reviewed,
    ]);
    expect(run.status).toBe(0);
    const after = sheetsAsShown(session, reviewed);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [sheet, cells] of before)
      if (sheet !== review) expect(after.get(sheet)).toEqual(cells);
    const month = after
      .get(review)!
      .find((row) => row.some((text) => /2023-07|2023年7月/.test(text)));
    expect(month).toBeDefined();
    expect(after.get(review)).not.toEqual(before.get(review));
  }, 300_000);

  it('fix --write: the tracker changes only in the cells fix lists, a Fix Log is added', async () => {
    const listed = JSON.parse((await cli(['fix', source, '--json'])).stdout) as {
      changes: { sheet: string; cell: string }[];
    };
    expect(listed.changes.length).toBeGreaterThan(0);
    expect((await cli(['fix', source, '--write', fixed])).status).toBe(0);
    const after = sheetsAsShown(session, fixed);
    const added = [...after.keys()].filter((sheet) => !before.has(sheet));
    expect(added).toHaveLength(1);
    expect(after.get(added[0]!)!.length).toBeGreaterThan(listed.changes.length);
    for (const [sheet, cells] of before) {
      const shown = after.get(sheet)!;
      const changed = new Set(
        listed.changes.filter((change) => change.sheet === sheet).map((change) => change.cell),
      );
      if (changed.size === 0) {
        expect(shown).toEqual(cells);
        continue;
      }
      const differences: string[] = [];
      const rows = Math.max(cells.length, shown.length);
      for (let row = 0; row < rows; row += 1) {
        const width = Math.max(cells[row]?.length ?? 0, shown[row]?.length ?? 0);
        for (let column = 0; column < width; column += 1) {
          if ((cells[row]?.[column] ?? '') === (shown[row]?.[column] ?? '')) continue;
          differences.push(`${String.fromCharCode(65 + column)}${row + 1}`);
        }
      }
      // Every difference is a listed cell (a listed cell may show the same, e.g. a date's text).
      expect(differences.filter((cell) => !changed.has(cell))).toEqual([]);
      expect(differences.length).toBeGreaterThan(0);
      expect([...changed].every((cell) => place(cell)[0] < shown.length)).toBe(true);
    }
    expect(after.has(tracker)).toBe(true);
  }, 300_000);
});
