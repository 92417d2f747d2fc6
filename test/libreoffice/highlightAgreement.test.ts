/**
 * Check and the sheet agree, proven by a real engine (SPEC §6, issue 9):
 * several hundred random tracker and collaboration rows, in both languages,
 * with statuses and owners drawn from every word of the readers' vocabulary
 * and due dates around today, typed into tables the CLI wrote. LibreOffice
 * recalculates and renders them; for every row the fills its conditional
 * formats paint equal the core's facts: the row red when overdue, amber when
 * due soon, and each owner cell yellow when the row is unassigned — also on
 * an overdue or due-soon row. Some due cells hold a number Check does not
 * read as a day (10.31, zh-CN Excel's number for 10月31日 typed without a
 * year; 0.5, a time alone): Check reports them and the sheet paints no row
 * for them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  collabFacts,
  factDays,
  getTemplate,
  localDay,
  readWorkbook,
  taskFacts,
  type Locale,
} from '../../src/core';
import { readWorkbookGrids } from '../../src/xlsx/readFile';
import { builtCli, runCli } from '../cli/support/builtCli';
import { load, saveAs, serial, typeIntoTable, type Row } from '../cli/support/workbooks';
import { cellPaint, paintOf, type Painted } from './support/fills';
import { renderPage, wordBoxes, type WordBox } from './support/raster';
import { seededRandom } from './support/seeded';
import { findSoffice, LibreOfficeSession } from './support/soffice';
import { noOwnerWords, statusWords } from './support/vocabulary';

const soffice = findSoffice();
const describeWithEngine = soffice ? describe : describe.skip;

const ROWS_PER_TABLE = 120;
const DUE_SOON_DAYS = 3;
const SEED = 20260914;

/** Due cells that are numbers but no days. */
const NOT_DAYS: readonly number[] = [10.31, 0.5];
/** What Check may report on one: the day and month without a year, or no date at all. */
const NOT_DAY_CODES = ['missing-year', 'invalid-date'];

/** A day relative to the machine's real today: LibreOffice's TODAY() decides the highlights. */
function realDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return localDay(day);
}

interface Sheet {
  readonly kind: 'tracker' | 'collab';
  readonly locale: Locale;
  readonly ids: readonly string[];
  /** Keys of the person columns the sheet highlights. */
  readonly owners: readonly string[];
}

function generateRows(sheet: Omit<Sheet, 'ids'>, pick: () => number): Row[] {
  const statuses = statusWords();
  const placeholders = noOwnerWords();
  const names = ['张*', '李四', 'Alice', 'Wang Fang', '王*'];
  const statusPool = [
    ...statuses,
    ...statuses.filter((word) => /[a-z]/i.test(word)).map((word) => word.toUpperCase()),
    '',
    '做梦中',
  ];
  const ownerPool = [...placeholders, '', ...names, ...names];
  const choose = <T>(pool: readonly T[]): T => pool[Math.floor(pick() * pool.length)] as T;
  const columns = getTemplate(sheet.kind).columns.map((column) => column.key);
  const prefix = `${sheet.kind === 'tracker' ? 'T' : 'C'}${sheet.locale === 'zh-CN' ? 'Z' : 'E'}`;
  const dueCell = (dueOffset: number): number | null => {
    const draw = pick();
    if (draw < 0.1) return null;
    if (draw < 0.13) return 10.31;
    if (draw < 0.16) return 0.5;
    return serial(realDay(dueOffset));
  };
  return Array.from({ length: ROWS_PER_TABLE }, (_, i) => {
    const dueOffset = Math.floor(pick() * 15) - 7;
    const values: Record<string, unknown> = {
      id: `${prefix}-${String(i + 1).padStart(3, '0')}`,
      name: `任务 ${i + 1}`,
      topic: `事项 ${i + 1}`,
      department: '市场部',
      initiator: '市场部',
      partners: '销售部',
      status: choose(statusPool),
      due: dueCell(dueOffset),
      deadline: dueCell(dueOffset),
    };
    for (const owner of sheet.owners) values[owner] = choose(ownerPool);
    return columns.map((key) => (values[key] === '' ? null : (values[key] ?? null))) as Row;
  });
}

describeWithEngine('LibreOffice paints exactly what Check finds', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-agree-'));
  const today = realDay(0);
  const sheets: Sheet[] = [];
  const painted = new Map<string, { row: Painted; owners: Painted[] }>();
  const expected = new Map<string, { row: Painted; unassigned: boolean }>();
  /** What was typed, by ID: a disagreement names the words that caused it. */
  const typed = new Map<string, { status: unknown; owners: unknown[]; due: unknown }>();
  /** Rows whose due cell holds a number that is no day, and the issue codes Check reported on it. */
  const notDays = new Map<string, { due: number; reported: string[] }>();

  beforeAll(async () => {
    builtCli();
    const pick = seededRandom(SEED);
    const session = new LibreOfficeSession(soffice!);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const file = path.join(dir, `${locale}.xlsx`);
      for (const kind of ['tracker', 'collab'] as const) {
        expect(runCli(['template', kind, '--out', file, '--lang', locale]).status).toBe(0);
      }
      const workbook = await load(file);
      for (const kind of ['tracker', 'collab'] as const) {
        const owners = kind === 'tracker' ? ['owner'] : ['lead', 'follower'];
        const dueKey = kind === 'tracker' ? 'due' : 'deadline';
        const rows = generateRows({ kind, locale, owners }, pick);
        typeIntoTable(workbook, kind === 'tracker' ? 'OpsTasks' : 'OpsCollab', rows);
        sheets.push({ kind, locale, owners, ids: rows.map((row) => String(row[0])) });
        const keys = getTemplate(kind).columns.map((column) => column.key);
        for (const row of rows) {
          typed.set(String(row[0]), {
            status: row[keys.indexOf('status')],
            owners: owners.map((owner) => row[keys.indexOf(owner)]),
            due: row[keys.indexOf(dueKey)],
          });
        }
        // One page wide, so every column of a row is on the page its ID is on.
        const worksheet = workbook.getWorksheet(getTemplate(kind).sheetName[locale])!;
        // Owner headers that fit their columns ('Follow-up owner'): the owner cells are found under them.
        getTemplate(kind).columns.forEach((column, index) => {
          if (!owners.includes(column.key)) return;
          const sheetColumn = worksheet.getColumn(index + 1);
          const text = column.header[locale];
          const width = [...text].reduce(
            (sum, char) => sum + (char.charCodeAt(0) > 255 ? 2 : 1),
            2,
          );
          sheetColumn.width = Math.max(sheetColumn.width ?? 0, width);
        });
        worksheet.pageSetup = {
          ...worksheet.pageSetup,
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
        };
      }
      await saveAs(workbook, file);

      const reading = readWorkbook(await readWorkbookGrids(file), { today, locale });
      const days = factDays(today, { dueSoonDays: DUE_SOON_DAYS });
      const record = (id: string | null, facts: ReturnType<typeof taskFacts>) =>
        expected.set(String(id), {
          row: facts.overdue ? 'overdue' : facts.dueSoon ? 'dueSoon' : 'none',
          unassigned: facts.unassigned,
        });
      for (const task of reading.tasks) record(task.id, taskFacts(task, days));
      for (const item of reading.collab) record(item.id, collabFacts(item, days));
      for (const row of [...reading.tasks, ...reading.collab]) {
        const due = typed.get(String(row.id))?.due;
        if (typeof due !== 'number' || !NOT_DAYS.includes(due)) continue;
        const reported = reading.issues
          .filter(
            (issue) =>
              issue.sheet === row.sheet &&
              issue.row === row.row &&
              (issue.field === 'due' || issue.field === 'deadline'),
          )
          .map((issue) => issue.code);
        notDays.set(String(row.id), { due, reported });
      }

      const pdf = session.convert(file, 'pdf').outputs.find((output) => output.endsWith('.pdf'))!;
      const words = wordBoxes(pdf);
      const pages = new Map<number, ReturnType<typeof renderPage>>();
      const page = (n: number) => {
        if (!pages.has(n)) pages.set(n, renderPage(pdf, n, 150));
        return pages.get(n)!;
      };
      for (const sheet of sheets.filter((s) => s.locale === locale)) {
        const columns = getTemplate(sheet.kind).columns;
        const headerWord = (key: string) =>
          columns.find((column) => column.key === key)!.header[locale].split(' ')[0]!;
        for (const id of sheet.ids) {
          const box = words.find((word) => word.text === id);
          if (!box) continue;
          const raster = page(box.page);
          // Headers are not repeated on later pages; one page wide, columns keep their x.
          const headerX = (key: string): number =>
            words.find((word: WordBox) => word.text === headerWord(key))?.xMin ?? Number.NaN;
          const ownerPaint = (key: string): Painted => {
            const next = columns[columns.findIndex((column) => column.key === key) + 1]!.key;
            return cellPaint(
              raster,
              { fromX: headerX(key), nextX: headerX(next) },
              { top: box.yMin, bottom: box.yMax },
            );
          };
          painted.set(id, {
            row: paintOf(
              raster.pixel(
                (box.xMax + 3) * raster.scale,
                ((box.yMin + box.yMax) / 2) * raster.scale,
              ),
            ),
            owners: sheet.owners.map(ownerPaint),
          });
        }
      }
    }
  }, 600_000);

  it('generated several hundred rows from every vocabulary word, and LibreOffice showed each', () => {
    const ids = sheets.flatMap((sheet) => sheet.ids);
    expect(ids.length).toBeGreaterThanOrEqual(400);
    expect(statusWords().length).toBeGreaterThan(40);
    expect(noOwnerWords()).toEqual(expect.arrayContaining(['待定', 'TBD', '*', '?']));
    expect(ids.filter((id) => !painted.has(id))).toEqual([]);
    expect(ids.filter((id) => !expected.has(id))).toEqual([]);
  });

  it('paints overdue rows red and due-soon rows amber exactly where the core says so', () => {
    const disagreements = [...expected].flatMap(([id, facts]) => {
      const seen = painted.get(id)?.row;
      return seen === facts.row ? [] : [{ id, core: facts.row, sheet: seen, typed: typed.get(id) }];
    });
    expect(disagreements).toEqual([]);
  });

  it('a due cell holding 10.31 or 0.5 is reported by Check and paints no row', () => {
    expect([...notDays.values()].filter((row) => row.due === 10.31).length).toBeGreaterThan(5);
    expect([...notDays.values()].filter((row) => row.due === 0.5).length).toBeGreaterThan(5);
    const wrong = [...notDays].flatMap(([id, row]) => {
      const seen = painted.get(id)?.row;
      return seen === 'none' &&
        row.reported.length === 1 &&
        NOT_DAY_CODES.includes(row.reported[0]!)
        ? []
        : [{ id, ...row, sheet: seen }];
    });
    expect(wrong).toEqual([]);
    // Real overdue days are still painted red beside them.
    expect(
      [...expected.values()].filter((facts) => facts.row === 'overdue').length,
    ).toBeGreaterThan(50);
  });

  it('paints every owner cell of an unassigned row yellow, whatever fills its row', () => {
    const disagreements = sheets.flatMap((sheet) =>
      sheet.ids.flatMap((id) => {
        const facts = expected.get(id)!;
        const owners = painted.get(id)?.owners ?? [];
        // A collaboration row is unassigned when either person is missing: at least one cell is yellow.
        const yellow = owners.some((paint) => paint === 'unassigned');
        return yellow === facts.unassigned
          ? []
          : [{ id, core: facts, sheet: owners, typed: typed.get(id) }];
      }),
    );
    expect(disagreements).toEqual([]);
    const overlaps = [...expected.values()].filter(
      (facts) => facts.unassigned && facts.row !== 'none',
    );
    expect(overlaps.length).toBeGreaterThan(20);
  });
});
