/**
 * SPEC §11.5 with §10, live: the approvals' per-level deadline columns and
 * overdue highlight, recalculated by LibreOffice over the calendar sheet's
 * full-day index, give the core's deadlines and overdue facts — across the
 * 2026 Spring Festival and its make-up Saturdays, shorter chains, returns,
 * rejections, undated decisions and pending levels against the real today,
 * and start days Check does not read as days (10.31, zh-CN Excel's number for
 * 10月31日 typed without a year; 0.5, a time alone): no deadline, not overdue.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { columnLetter, localDay } from '../../src/core';
import {
  buildWorkingCalendar,
  DAY_KIND_LABELS,
  workdayIndexBlock,
  type WorkbookDay,
} from '../../src/core/calendar';
import { approvalFacts } from '../../src/core/templates/approvals/facts';
import { approvalOverdueFormula } from '../../src/core/templates/approvals/highlight';
import { dateKey, deadlineKey, opinionKey } from '../../src/core/templates/approvals/levelColumns';
import { LEVEL_ORDER, parseChain } from '../../src/core/templates/approvals/levels';
import { approvalProgress, type LevelEntry } from '../../src/core/templates/approvals/progress';
import type { ApprovalRecord } from '../../src/core/templates/approvals/record';
import { getTemplate } from '../../src/core/templates/registry';
import { FORMULA_WORDS } from '../../src/core/plan/formulaWords';
import { addDays } from '../../src/core/values/calendar';
import { parseDateCell } from '../../src/core/values/dates';
import { serial } from '../cli/support/workbooks';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';

const soffice = findSoffice();
if (!soffice)
  console.warn('soffice not found: the LibreOffice approval-deadline tests are SKIPPED.');
const describeWithEngine = soffice ? describe : describe.skip;

const today = localDay(new Date());
const YEARS = [2025, 2026, 2027];
const WORKBOOK_DAYS: WorkbookDay[] = STATUTORY_CALENDAR.days
  .filter((entry) => YEARS.includes(Number(entry.day.slice(0, 4))))
  .map((entry) => ({ day: entry.day, kind: entry.kind, note: entry.holiday['zh-CN'] }));
const calendar = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: WORKBOOK_DAYS });

type Case = Readonly<Record<string, string | number | null>>;

/** Each case: the cells of one approval row (keys of our columns); a number is typed as it is. */
const CASES: readonly Case[] = [
  { submitted: '2026-02-13' },
  { submitted: '2026-02-13', departmentHeadOpinion: '同意', departmentHeadDate: '2026-02-14' },
  {
    submitted: '2026-02-13',
    departmentHeadOpinion: '同意',
    departmentHeadDate: '2026-02-14',
    divisionLeadOpinion: '通过',
    divisionLeadDate: '2026-02-26',
  },
  {
    submitted: '2026-02-13',
    departmentHeadOpinion: '同意',
    departmentHeadDate: '2026-02-14',
    divisionLeadOpinion: '同意',
    divisionLeadDate: '2026-02-26',
    generalManagerOpinion: '批准',
    generalManagerDate: '2026-03-03',
  },
  { submitted: addDays(today, -10) },
  { submitted: today },
  {
    submitted: addDays(today, -10),
    chain: '部门负责人-总经理',
    departmentHeadOpinion: 'Approved',
    departmentHeadDate: addDays(today, -9),
  },
  {
    submitted: addDays(today, -10),
    chain: '部門負責人→總經理',
    departmentHeadOpinion: '同意',
    departmentHeadDate: addDays(today, -9),
  },
  { submitted: addDays(today, -10), chain: '副总经理', divisionLeadOpinion: '' },
  {
    submitted: addDays(today, -10),
    departmentHeadOpinion: '需补充差旅费标准',
    departmentHeadDate: addDays(today, -9),
  },
  {
    submitted: addDays(today, -10),
    departmentHeadOpinion: '不同意，超预算',
    departmentHeadDate: addDays(today, -9),
  },
  { submitted: addDays(today, -10), departmentHeadOpinion: '同意' },
  { submitted: null },
  { submitted: '2026-12-30', chain: '总经理' },
  { submitted: 10.31 },
  { submitted: 0.5 },
  {
    submitted: addDays(today, -10),
    departmentHeadOpinion: '同意',
    departmentHeadDate: 10.31,
  },
];

/** A date cell as the reader takes it: a day, a number read as Check reads serials, or none. */
function dayOf(value: string | number | null | undefined): string | null {
  if (typeof value === 'number') {
    const read = parseDateCell(value);
    return read.ok ? read.value : null;
  }
  return value ?? null;
}

const COLUMNS = getTemplate('approvals').columns;
const columnOf = (key: string): number => COLUMNS.findIndex((column) => column.key === key);
const ref =
  (row: number) =>
  (key: string): string =>
    `$${columnLetter(columnOf(key))}${row}`;

function recordOf(entry: Case, row: number): ApprovalRecord {
  const chain = parseChain(String(entry.chain ?? ''));
  const entries = new Map<(typeof LEVEL_ORDER)[number], LevelEntry>();
  for (const level of LEVEL_ORDER) {
    const opinion = String(entry[opinionKey(level)] ?? '');
    const date = dayOf(entry[dateKey(level)]);
    if (opinion !== '' || date !== null) entries.set(level, { opinion, date });
  }
  return {
    sheet: '文件审批申请表',
    row,
    id: null,
    document: '测试文件',
    type: '制度',
    applicant: '王*',
    submitted: dayOf(entry.submitted),
    chain: chain.ok ? chain.value : LEVEL_ORDER,
    entries,
    notes: '',
  };
}

async function writeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('工作日历');
  sheet.addTable({
    name: 'OpsCalendar',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: '日期' }, { name: '类型' }, { name: '说明' }],
    rows: WORKBOOK_DAYS.map((entry) => [
      serial(entry.day),
      DAY_KIND_LABELS['zh-CN'][entry.kind],
      entry.note,
    ]),
  });
  const block = workdayIndexBlock(
    { tableDate: 0, tableType: 1, column: 4, headerRow: 0, firstYear: YEARS[0]! },
    'zh-CN',
  );
  block.rows.forEach((cells, r) =>
    cells.forEach((cell, i) => {
      sheet.getCell(r + 2, 5 + i).value =
        cell.kind === 'formula'
          ? { formula: cell.formula.slice(1) }
          : cell.kind === 'date'
            ? serial(cell.day)
            : null;
    }),
  );
  for (const name of block.names) {
    const letter = columnLetter(name.column);
    workbook.definedNames.add(
      `'工作日历'!$${letter}$${name.firstRow + 1}:$${letter}$${name.lastRow + 1}`,
      name.name,
    );
  }
  const approvals = workbook.addWorksheet('Approvals');
  CASES.forEach((entry, index) => {
    const row = index + 2;
    COLUMNS.forEach((column, c) => {
      const cell = approvals.getCell(row, c + 1);
      if (column.formula) {
        cell.value = {
          formula: column
            .formula({ ref: ref(row), locale: 'zh-CN', words: FORMULA_WORDS })
            .slice(1),
        };
        cell.numFmt = 'yyyy-mm-dd';
        return;
      }
      const value = column.key === 'document' ? '测试文件' : entry[column.key];
      if (value === undefined || value === null || value === '') return;
      cell.value = column.type === 'date' && typeof value === 'string' ? serial(value) : value;
      if (column.type === 'date') cell.numFmt = 'yyyy-mm-dd';
    });
    approvals.getCell(row, COLUMNS.length + 1).value = {
      formula: approvalOverdueFormula(ref(row)).slice(1),
    };
  });
  await workbook.xlsx.writeFile(file);
}

describeWithEngine('approval deadline formulas in LibreOffice equal the core', () => {
  let rows: string[][];

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ops-approvals-')), 'approvals.xlsx');
    await writeWorkbook(file);
    const csv = new LibreOfficeSession(soffice!).convert(file, CSV_ALL_SHEETS);
    expect(csv.status).toBe(0);
    rows = parseCsv(
      readFileSync(
        csv.outputs.find((name) => name.endsWith('-Approvals.csv'))!,
        'utf8',
      ),
    );
  }, 300_000);

  it.each(CASES.map((entry, index) => [index, entry] as const))('case %i %j', (index, entry) => {
    const record = recordOf(entry, index + 2);
    const steps = approvalProgress(record, calendar.addWorkingDays.bind(calendar), today).steps;
    const want = LEVEL_ORDER.map(
      (level) => steps.find((step) => step.level === level)?.deadline ?? '',
    );
    const got = LEVEL_ORDER.map((level) => rows[index + 1]?.[columnOf(deadlineKey(level))] ?? '');
    expect(got).toEqual(want);
    const overdue = approvalFacts(record, { today, locale: 'zh-CN', calendar }).overdue ?? false;
    expect(rows[index + 1]?.[COLUMNS.length]).toBe(overdue ? 'TRUE' : 'FALSE');
  });
});
