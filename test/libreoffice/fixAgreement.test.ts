/**
 * SPEC §13: after Fix on our own table, the sheet's highlighting and Check agree, proven by a
 * real engine. Rows typed with text dates (`2026.01.05`), status synonyms and owner
 * placeholders read fine for Check, but the table's formulas cannot compute with text, so
 * LibreOffice leaves an overdue text-date row unpainted. After `fix --write`, LibreOffice
 * recalculates and paints exactly the rows and owner cells the core's facts say.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { factDays, getTemplate, localDay, readWorkbook, taskFacts } from '../../src/core';
import { runCli } from '../../src/cli/run';
import { readWorkbookGrids } from '../../src/xlsx/readFile';
import { load, saveAs, typeIntoTable, type Row } from '../cli/support/workbooks';
import { cellPaint, paintOf, type Painted } from './support/fills';
import { renderPage, wordBoxes } from './support/raster';
import { findSoffice, LibreOfficeSession } from './support/soffice';

const soffice = findSoffice();
const describeWithEngine = soffice ? describe : describe.skip;

/** A day relative to the machine's real today, typed the way teams type it: `2026.01.05`. */
function typedDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return localDay(day).replace(/-/g, '.');
}

const STATUSES = ['处理中', 'Doing', '已完成', '待开始', '暂停', '进行中'];
const OWNERS = ['TBD', '张*', '待定', '-', '李四', ''];
const OFFSETS = [-5, -1, 1, 2, 9, -3];

function rows(): Row[] {
  const keys = getTemplate('tracker').columns.map((column) => column.key);
  return Array.from({ length: 18 }, (_, i) => {
    const values: Record<string, string> = {
      id: `FX-${String(i + 1).padStart(3, '0')}`,
      name: `任务 ${i + 1}`,
      department: '市场部',
      owner: OWNERS[i % OWNERS.length]!,
      start: typedDay(-20),
      due: typedDay(OFFSETS[i % OFFSETS.length]!),
      priority: ['H', '中', 'low'][i % 3]!,
      status: STATUSES[Math.floor(i / 3) % STATUSES.length]!,
    };
    return keys.map((key) =>
      values[key] === undefined || values[key] === '' ? null : values[key]!,
    );
  });
}

interface Seen {
  readonly row: Painted;
  readonly owner: Painted;
}

async function paintedRows(session: LibreOfficeSession, file: string): Promise<Map<string, Seen>> {
  const pdf = session.convert(file, 'pdf').outputs.find((output) => output.endsWith('.pdf'))!;
  const words = wordBoxes(pdf);
  const columns = getTemplate('tracker').columns;
  const header = (key: string) =>
    words.find((word) => word.text === columns.find((c) => c.key === key)!.header['zh-CN']);
  const owner = header('owner');
  const start = header('start');
  const seen = new Map<string, Seen>();
  for (const word of words.filter((box) => /^FX-\d{3}$/.test(box.text))) {
    const raster = renderPage(pdf, word.page, 150);
    const y = ((word.yMin + word.yMax) / 2) * raster.scale;
    seen.set(word.text, {
      row: paintOf(raster.pixel((word.xMax + 3) * raster.scale, y)),
      owner:
        owner && start
          ? cellPaint(
              raster,
              { fromX: owner.xMin, nextX: start.xMin },
              { top: word.yMin, bottom: word.yMax },
            )
          : 'other',
    });
  }
  return seen;
}

async function coreFacts(file: string): Promise<Map<string, Seen>> {
  const today = localDay(new Date());
  const reading = readWorkbook(await readWorkbookGrids(file), { today, locale: 'zh-CN' });
  const days = factDays(today, { dueSoonDays: 3 });
  return new Map(
    reading.tasks.map((task) => {
      const facts = taskFacts(task, days);
      const row: Painted = facts.overdue ? 'overdue' : facts.dueSoon ? 'dueSoon' : 'none';
      return [String(task.id), { row, owner: facts.unassigned ? 'unassigned' : row }];
    }),
  );
}

const silent = { stdout: () => undefined, stderr: () => undefined, now: () => new Date() };

describeWithEngine('after Fix, LibreOffice paints what Check finds', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-fix-agree-'));
  const typed = path.join(dir, 'typed.xlsx');
  const fixed = path.join(dir, 'fixed.xlsx');
  let session: LibreOfficeSession;

  beforeAll(async () => {
    session = new LibreOfficeSession(soffice!);
    expect(
      await runCli(['template', 'tracker', '--out', typed, '--lang', 'zh-CN'], {}, silent),
    ).toBe(0);
    const workbook = await load(typed);
    typeIntoTable(workbook, 'OpsTasks', rows());
    const sheet = workbook.getWorksheet(getTemplate('tracker').sheetName['zh-CN'])!;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
    await saveAs(workbook, typed);
    expect(await runCli(['fix', typed, '--write', fixed], {}, silent)).toBe(0);
  }, 300_000);

  it('before Fix, text dates leave overdue rows unpainted although Check calls them overdue', async () => {
    const expected = await coreFacts(typed);
    const seen = await paintedRows(session, typed);
    const missed = [...expected].filter(
      ([id, facts]) => facts.row === 'overdue' && seen.get(id)?.row !== 'overdue',
    );
    expect(missed.length).toBeGreaterThan(0);
  }, 300_000);

  it('after Fix, every row is painted red or amber exactly where the core says', async () => {
    const expected = await coreFacts(fixed);
    const seen = await paintedRows(session, fixed);
    expect(seen.size).toBe(18);
    const disagreements = [...expected].filter(([id, facts]) => seen.get(id)?.row !== facts.row);
    expect(disagreements.map(([id, facts]) => [id, facts.row, seen.get(id)?.row])).toEqual([]);
    expect([...expected.values()].some((facts) => facts.row === 'overdue')).toBe(true);
    expect([...expected.values()].some((facts) => facts.row === 'dueSoon')).toBe(true);
  }, 300_000);

  /**
   * Owner placeholders are blank after Fix, so the yellow rule sees them; on an overdue or
   * due-soon row the narrower rule comes first (SPEC §6), so the owner cell stays yellow.
   */
  it('after Fix, every unassigned owner cell is yellow, whatever fills its row', async () => {
    const expected = await coreFacts(fixed);
    const seen = await paintedRows(session, fixed);
    const disagreements = [...expected].filter(
      ([id, facts]) => seen.get(id)?.owner !== facts.owner,
    );
    expect(disagreements.map(([id, facts]) => [id, facts.owner, seen.get(id)?.owner])).toEqual([]);
    const covered = [...expected.values()].filter((facts) => facts.owner === 'unassigned');
    expect(covered.length).toBeGreaterThan(0);
  }, 300_000);
});
