/**
 * SPEC §10, live in the workbook: the calendar sheet's full-day index and the
 * deadline / working-day / highlight formulas built by the core, recalculated
 * by LibreOffice with a fresh profile, give the core's answers on a few
 * hundred days of 2024–2026 — every statutory day and the days around it, the
 * years' first and last days, and random days — including make-up weekends
 * and the workbook's own rows (a company day off, a company working day).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import {
  addWorkingDaysFormula,
  buildWorkingCalendar,
  DAY_KIND_LABELS,
  isWorkingDayFormula,
  workdayIndexBlock,
  type WorkbookDay,
} from '../../src/core/calendar';
import { addDays, localDay } from '../../src/core/values/calendar';
import { serial } from '../cli/support/workbooks';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';
import { addCalendarSheet, type CalendarRow } from './support/workdayWorkbook';

const soffice = findSoffice();
if (!soffice) console.warn('soffice not found: the LibreOffice working-day tests are SKIPPED.');
const describeWithEngine = soffice ? describe : describe.skip;

const YEARS = [2024, 2025, 2026];
/** The workbook's own rows beside the package's: one in each language, with stray spaces. */
const COMPANY: readonly (readonly [string, string, string])[] = [
  ['2025-03-12', 'Day off', '司庆日'],
  ['2026-10-07', ' 班 ', '公司值班'],
  ['2024-12-28', '补班', '年终盘点'],
];
const WORKBOOK_DAYS: WorkbookDay[] = [
  ...COMPANY.map(([day, , note]): WorkbookDay => ({
    day,
    kind: note === '司庆日' ? 'dayOff' : 'workingDay',
    note,
  })),
  ...STATUTORY_CALENDAR.days
    .filter((entry) => YEARS.includes(Number(entry.day.slice(0, 4))))
    .map((entry): WorkbookDay => ({
      day: entry.day,
      kind: entry.kind,
      note: entry.holiday['zh-CN'],
    })),
];
const calendar = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: WORKBOOK_DAYS });

/** Deterministic pseudo-random days, so a failure names the same day every run. */
function randomDays(count: number): string[] {
  let seed = 20260214;
  const days: string[] = [];
  for (let i = 0; i < count; i += 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    days.push(addDays('2024-01-01', seed % 1096));
  }
  return days;
}

const aroundStatutory = WORKBOOK_DAYS.flatMap((entry) =>
  [-3, -2, -1, 0, 1, 2, 3].map((offset) => addDays(entry.day, offset)),
);
const yearEnds = YEARS.flatMap((year) => [`${year - 1}-12-31`, `${year}-01-01`, `${year}-12-31`]);
/**
 * Inserted in 2024, the index runs ten years from the year before (2023–2032):
 * deadlines that leave it continue Monday–Friday, as the core does.
 */
const indexEnd = [-8, -5, -3, -1, 0, 1, 4].map((offset) => addDays('2032-12-31', offset));
/** Before the index: Monday–Friday up to its first day, then the index (2023's New Year off). */
const beforeIndex = [-6, -5, -4, -3, -2, -1].map((offset) => addDays('2023-01-01', offset));
const DAYS = [
  ...new Set([...beforeIndex, ...aroundStatutory, ...yearEnds, ...indexEnd, ...randomDays(200)]),
].sort();
/** "Today" for each probe row's highlight columns: another day near it, so due soon and overdue both occur. */
const todayFor = (index: number): string => addDays(DAYS[index]!, (index % 9) - 4);
const realToday = localDay(new Date());

const INDEX_COLUMN = 4;
const block = workdayIndexBlock(
  { tableDate: 0, tableType: 1, column: INDEX_COLUMN, headerRow: 0, firstYear: 2024 },
  'zh-CN',
);

/** Probe columns: the day, "today", then each formula under test. */
const PROBES = [
  { title: 'deadline+1', formula: (d: string) => addWorkingDaysFormula(d, 1) },
  { title: 'deadline+2', formula: (d: string) => addWorkingDaysFormula(d, 2) },
  { title: 'deadline+3', formula: (d: string) => addWorkingDaysFormula(d, 3) },
  { title: 'deadline+10', formula: (d: string) => addWorkingDaysFormula(d, 10) },
  { title: 'working', formula: (d: string) => isWorkingDayFormula(d) },
  {
    title: 'dueSoon3',
    formula: (d: string, t: string) => `AND(${d}>=${t},${d}<=${addWorkingDaysFormula(t, 3)})`,
  },
  {
    title: 'approvalOverdue2',
    formula: (d: string, t: string) => `AND(ISNUMBER(${d}),${t}>${addWorkingDaysFormula(d, 2)})`,
  },
  {
    title: 'dueSoonToday',
    formula: (d: string) => `AND(${d}>=TODAY(),${d}<=${addWorkingDaysFormula('TODAY()', 3)})`,
  },
] as const;

function expected(day: string, today: string): string[] {
  const due = (n: number) => calendar.addWorkingDays(day, n);
  const flag = (value: boolean) => (value ? 'TRUE' : 'FALSE');
  return [
    due(1),
    due(2),
    due(3),
    due(10),
    flag(calendar.isWorkingDay(day)),
    flag(day >= today && day <= calendar.addWorkingDays(today, 3)),
    flag(today > due(2)),
    flag(day >= realToday && day <= calendar.addWorkingDays(realToday, 3)),
  ];
}

async function writeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // Inserted in 2024 (2023, 2024 and 2025 from the package); the company's rows and
  // 2026's arrangement typed in later, as a team would once it is published.
  addCalendarSheet(workbook, '2024-03-01', [
    ...COMPANY,
    ...STATUTORY_CALENDAR.days
      .filter((entry) => entry.day.startsWith('2026'))
      .map((entry): CalendarRow => [
        entry.day,
        DAY_KIND_LABELS['zh-CN'][entry.kind],
        entry.holiday['zh-CN'],
      ]),
  ]);
  const probe = workbook.addWorksheet('Probe');
  DAYS.forEach((day, index) => {
    const row = index + 1;
    probe.getCell(row, 1).value = serial(day);
    probe.getCell(row, 2).value = serial(todayFor(index));
    PROBES.forEach((p, i) => {
      probe.getCell(row, i + 3).value = { formula: p.formula(`$A${row}`, `$B${row}`) };
      probe.getCell(row, i + 3).numFmt = i < 4 ? 'yyyy-mm-dd' : 'General';
    });
    probe.getCell(row, 1).numFmt = 'yyyy-mm-dd';
    probe.getCell(row, 2).numFmt = 'yyyy-mm-dd';
  });
  await workbook.xlsx.writeFile(file);
}

describeWithEngine('working-day formulas in LibreOffice equal the core', () => {
  let probe: string[][];
  let calendarSheet: string[][];
  let bare: string[];

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ops-workdays-'));
    const file = path.join(dir, 'workdays.xlsx');
    await writeWorkbook(file);
    const csv = new LibreOfficeSession(soffice!).convert(file, CSV_ALL_SHEETS);
    expect(csv.status).toBe(0);
    const read = (suffix: string) =>
      parseCsv(
        readFileSync(
          csv.outputs.find((output) => output.endsWith(`-${suffix}.csv`))!,
          'utf8',
        ),
      );
    probe = read('Probe');
    calendarSheet = read('工作日历');

    const alone = new ExcelJS.Workbook();
    const only = alone.addWorksheet('Alone');
    only.getCell('A1').value = serial('2026-02-13');
    only.getCell('B1').value = { formula: addWorkingDaysFormula('A1', 1) };
    only.getCell('C1').value = { formula: isWorkingDayFormula('A1+1') };
    ['A1', 'B1'].forEach((address) => (only.getCell(address).numFmt = 'yyyy-mm-dd'));
    const aloneFile = path.join(dir, 'alone.xlsx');
    await alone.xlsx.writeFile(aloneFile);
    const aloneCsv = new LibreOfficeSession(soffice!).convert(aloneFile, CSV_ALL_SHEETS);
    bare = parseCsv(readFileSync(aloneCsv.outputs[0]!, 'utf8'))[0]!;
  }, 300_000);

  it(`probes ${DAYS.length} days of 2024–2026: each statutory day ±3, the years' ends, 200 random days, the index's end`, () => {
    expect(DAYS.length).toBeGreaterThan(300);
    expect(probe.length).toBe(DAYS.length);
  });

  it('the full-day index starts on the previous year’s 1 January and counts working days', () => {
    expect(calendarSheet[0]!.slice(INDEX_COLUMN, INDEX_COLUMN + 3)).toEqual([...block.headers]);
    expect(calendarSheet[1]!.slice(INDEX_COLUMN, INDEX_COLUMN + 3)).toEqual([
      '2023-01-01',
      '休',
      '0.001',
    ]);
    const row = calendarSheet.find((cells) => cells[INDEX_COLUMN] === '2026-02-14')!;
    expect(row[INDEX_COLUMN + 1]).toBe('班');
    // A working day's key is a whole number; the key of a day off is the one before plus 0.001.
    expect(Number.isInteger(Number(row[INDEX_COLUMN + 2]))).toBe(true);
    const sunday = calendarSheet.find((cells) => cells[INDEX_COLUMN] === '2026-02-15')!;
    expect(Number(sunday[INDEX_COLUMN + 2])).toBeCloseTo(Number(row[INDEX_COLUMN + 2]) + 0.001, 6);
  });

  it('deadlines (1, 2, 3, 10 working days), working days and highlights agree with the core on every probed day', () => {
    const mismatches = DAYS.flatMap((day, index) => {
      const got = probe[index]!.slice(2, 2 + PROBES.length);
      const want = expected(day, todayFor(index));
      return PROBES.flatMap((p, i) =>
        got[i] === want[i]
          ? []
          : [{ day, today: todayFor(index), probe: p.title, got: got[i], want: want[i] }],
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('without the calendar’s names in the workbook the deadline is plain WORKDAY (Monday–Friday)', () => {
    expect(bare.slice(1)).toEqual(['2026-02-16', 'FALSE']);
  });

  it('a deadline from before the index counts Monday–Friday up to it, then 2023’s New Year holiday (off 01-02)', () => {
    const at = (day: string) => probe[DAYS.indexOf(day)]!;
    expect(at('2022-12-30')[2]).toBe('2023-01-03');
  });

  it('SPEC §10 examples hold in the sheet: 2026-02-13 + 1 = 02-14, 2026-02-14 + 1 = 02-24', () => {
    const at = (day: string) => probe[DAYS.indexOf(day)]!;
    expect(at('2026-02-13')[2]).toBe('2026-02-14');
    expect(at('2026-02-14')[2]).toBe('2026-02-24');
  });

  it('the workbook’s own rows win in the sheet as in the core (company day off, company working day)', () => {
    const at = (day: string) => probe[DAYS.indexOf(day)]!;
    expect(at('2025-03-11')[2]).toBe('2025-03-13');
    expect(at('2026-10-06')[2]).toBe('2026-10-07');
    expect(at('2024-12-28')[6]).toBe('TRUE');
  });
});
