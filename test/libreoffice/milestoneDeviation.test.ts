/**
 * SPEC §11.3 the deviation column as LibreOffice computes it (fresh profile,
 * every formula recalculated on load) equals the core's `deviationText`, in
 * both languages: done late / early / on time, overdue against the real
 * today (LibreOffice's TODAY()), not yet due, no plan, an actual typed with a
 * time of day, an actual that is text, and a plan or an actual that is a
 * number Check does not read as a day (10.31, zh-CN Excel's number for
 * 10月31日 typed without a year; 0.5, a time alone): no deviation.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localDay } from '../../src/core';
import { deviationText, recordDeviation } from '../../src/core/templates/milestones/deviation';
import { deviationFormula } from '../../src/core/templates/milestones/formula';
import type { MilestoneRecord } from '../../src/core/templates/milestones/record';
import { FORMULA_WORDS } from '../../src/core/plan/formulaWords';
import { addDays } from '../../src/core/values/calendar';
import { parseDateCell } from '../../src/core/values/dates';
import { serial } from '../cli/support/workbooks';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';

const soffice = findSoffice();
if (!soffice) console.warn('soffice not found: the LibreOffice deviation tests are SKIPPED.');
const describeWithEngine = soffice ? describe : describe.skip;

const today = localDay(new Date());

/** planned, actual (a day, a number as typed, such as a day with a time as `day+fraction`, text, or null). */
const CASES: readonly (readonly [string | number | null, string | number | null])[] = [
  ['2023-09-20', '2023-09-22'],
  ['2023-09-10', '2023-09-10'],
  ['2023-09-10', '2023-09-07'],
  ['2023-09-10', '2023-09-11'],
  ['2024-02-27', '2024-03-02'],
  [addDays(today, -1), null],
  [addDays(today, -40), null],
  [today, null],
  [addDays(today, 5), null],
  [null, '2023-09-22'],
  [null, null],
  ['2023-09-20', serial('2023-09-22') + 0.75],
  ['2023-09-20', '下周'],
  [10.31, null],
  [0.5, null],
  [10.31, '2023-09-22'],
  ['2023-09-20', 10.31],
  [addDays(today, -3), 0.5],
];

const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A cell as the reader takes it: a day, a number read as Check reads serials, or none. */
const dayOf = (value: string | number | null): string | null => {
  if (isDay(value)) return value;
  if (typeof value !== 'number') return null;
  const read = parseDateCell(value);
  return read.ok ? read.value : null;
};

function record(planned: string | number | null, actual: string | number | null): MilestoneRecord {
  return {
    sheet: 'Milestones',
    row: 1,
    project: '客户管理系统上线',
    milestone: '原型设计',
    planned: dayOf(planned),
    actual: dayOf(actual),
    done: actual !== null,
    owner: null,
    risks: '',
  };
}

async function writeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Milestones');
  CASES.forEach(([planned, actual], index) => {
    const row = index + 1;
    sheet.getCell(row, 1).value = isDay(planned) ? serial(planned) : planned;
    sheet.getCell(row, 2).value = isDay(actual) ? serial(actual) : actual;
    const ref = (key: string): string => (key === 'planned' ? `$A${row}` : `$B${row}`);
    sheet.getCell(row, 3).value = {
      formula: deviationFormula({ ref, locale: 'zh-CN', words: FORMULA_WORDS }).slice(1),
    };
    sheet.getCell(row, 4).value = {
      formula: deviationFormula({ ref, locale: 'en-US', words: FORMULA_WORDS }).slice(1),
    };
  });
  await workbook.xlsx.writeFile(file);
}

describeWithEngine('the milestone deviation formula in LibreOffice equals the core', () => {
  let rows: string[][];

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ops-deviation-')), 'deviation.xlsx');
    await writeWorkbook(file);
    const csv = new LibreOfficeSession(soffice!).convert(file, CSV_ALL_SHEETS);
    expect(csv.status).toBe(0);
    const output = csv.outputs.find((name) => name.endsWith('.csv'))!;
    rows = parseCsv(readFileSync(output, 'utf8'));
  }, 300_000);

  it.each(CASES.map((entry, index) => [index, entry] as const))(
    'case %i %j: 延期N天 / 提前N天 / 按期 / 已逾期N天 as the core says',
    (index, [planned, actual]) => {
      const deviation = recordDeviation(record(planned, actual), today);
      expect(rows[index]?.slice(2, 4)).toEqual([
        deviationText(deviation, 'zh-CN'),
        deviationText(deviation, 'en-US'),
      ]);
    },
  );

  it('the handbook’s 原型设计 reads 延期2天', () => {
    expect(rows[0]?.[2]).toBe('延期2天');
  });
});
