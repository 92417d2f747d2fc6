/**
 * SPEC §6 for the process pack (issue 12): the live highlight formulas of the
 * meeting notices, meeting actions, project milestones and customer log,
 * recalculated by LibreOffice (fresh profile, TODAY() the machine's day),
 * equal the core's facts on every row: overdue, due soon (in calendar days,
 * and in working days over the inserted work calendar's names) and
 * unassigned, plus the customer's revisit (VIP 1 month, others 3, clamped to
 * the month's end). Seeded random rows, in both languages, with statuses and
 * owners drawn from every word the readers know and dates around today.
 *
 * Each rule's formula is written into a probe cell beside its row (built for
 * that row, as Excel does for the conditional format's anchor), so the truth
 * of every rule is read as a value rather than a rendered colour.
 *
 * The first rows of each sheet hold a due day Check does not read as a day:
 * 10.31 (zh-CN Excel's number for 10月31日 typed without a year, 1900-01-10
 * as a date) and 0.5 (a time alone). Check reports them and no rule treats
 * them as days, while the real overdue day on the row after is still red.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import {
  checkWorkbook,
  columnLetter,
  dayToSerial,
  localDay,
  readWorkbook,
  type EngineOptions,
  type FactSettings,
  type Grid,
  type Locale,
} from '../../src/core';
import { buildWorkingCalendar } from '../../src/core/calendar';
import { FORMULA_WORDS } from '../../src/core/plan/formulaWords';
import type { CustomerRecord } from '../../src/core/templates/customers/record';
import { customerStandings } from '../../src/core/templates/customers/review';
import type { ColumnDecl, HighlightContext, RecordBase } from '../../src/core/templates/module';
import { getTemplate, type GenericTemplate } from '../../src/core/templates/registry';
import { matchKey } from '../../src/core/text/normalise';
import { addDays } from '../../src/core/values/calendar';
import { choiceLabels } from '../../src/core/values/choice';
import { seededRandom } from './support/seeded';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';
import { noOwnerWords, statusWords } from './support/vocabulary';
import { addCalendarSheet } from './support/workdayWorkbook';

const soffice = findSoffice();
if (!soffice) console.warn('soffice not found: the process-pack highlight tests are SKIPPED.');
const describeWithEngine = soffice ? describe : describe.skip;

const KINDS = ['notices', 'actions', 'milestones', 'customers'] as const;
type Kind = (typeof KINDS)[number];
const HIGHLIGHTS = ['overdue', 'dueSoon', 'unassigned'] as const;
type Highlight = (typeof HIGHLIGHTS)[number];
const ROWS = 90;
const SETTINGS: readonly FactSettings[] = [
  { dueSoonDays: 3 },
  { dueSoonDays: 3, dueSoonUnit: 'workingDays' },
];

const today = localDay(new Date());
const calendar = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] });

type Cell = string | number | null;

/** Each kind's due day: the cell its overdue and due-soon rules read. */
const DUE_KEY: Readonly<Record<Kind, string>> = {
  notices: 'startsAt',
  actions: 'due',
  milestones: 'planned',
  customers: 'followUpBy',
};
/** Sheet rows 2–4: a number Check reads as a day and month without a year, a time alone, a real day. */
const NOT_DAYS = [
  { value: 10.31, code: 'missing-year' },
  { value: 0.5, code: 'invalid-date' },
] as const;
/** The real day's highlight: past for the kinds with an overdue rule, tomorrow for notices (due soon). */
const realDue = (kind: Kind): { offset: number; highlight: Highlight } =>
  kind === 'notices' ? { offset: 1, highlight: 'dueSoon' } : { offset: -3, highlight: 'overdue' };
/** The fields that keep a row open, so only its due day decides whether it is highlighted. */
const OPEN_ROW: Readonly<Record<string, Cell>> = {
  status: null,
  actual: null,
  materialsSent: null,
};

const CUSTOMERS = ['ABC科技有限公司', '华东物流', 'Acme Ltd', 'acme ltd', '星河传媒'];
const PEOPLE = ['张*', '李四', 'Alice', '王*'];

/** One generated value for a column, by its type; the row's name fields are always filled. */
function valueFor(
  column: ColumnDecl<string>,
  locale: Locale,
  pick: () => number,
  index: number,
): Cell {
  const choose = <T>(pool: readonly T[]): T => pool[Math.floor(pick() * pool.length)] as T;
  const day = (): number | null =>
    pick() < 0.12 ? null : dayToSerial(addDays(today, Math.floor(pick() * 21) - 10));
  if (column.key === 'customer') return choose(CUSTOMERS);
  if (column.key === 'contactedOn')
    // A different day per row: which row is a customer's latest is then never a tie.
    return pick() < 0.08 ? null : dayToSerial(addDays(today, -1 - index * 3)) + 10 / 24;
  switch (column.type) {
    case 'date':
      // Now and then what teams type where no day is set (待定, TBD) or a word (已发): no day to Check or the formulas.
      return pick() < 0.06 ? choose(['待定', 'TBD', '已发']) : day();
    case 'datetime': {
      const serial = day();
      return serial === null ? null : serial + Math.floor(pick() * 20) / 24;
    }
    case 'status':
      return choose([...statusWords(), '', '做梦中']);
    case 'person':
      return choose([...noOwnerWords(), '', ...PEOPLE, ...PEOPLE]);
    case 'choice':
      return column.choice
        ? choose([
            ...choiceLabels(column.choice, locale),
            ...Object.keys(column.choice.words ?? {}),
            '',
          ])
        : null;
    case 'number':
      return choose([30, 60, 90, 120, null]);
    case 'id':
      return `MT-${String((index % 7) + 1).padStart(3, '0')}`;
    default:
      return `${column.header[locale]} ${index + 1}`;
  }
}

interface ProbeSheet {
  readonly kind: Kind;
  readonly locale: Locale;
  readonly name: string;
  readonly rows: readonly Cell[][];
  /** Per probe column: the setting and the highlight kind of the rule it evaluates. */
  readonly probes: readonly { readonly settings: number; readonly kind: Highlight }[];
}

function contextFor(
  template: GenericTemplate,
  sheetRow: number,
  settings: FactSettings,
): HighlightContext {
  const keys = template.columns.map((column) => column.key);
  const column = (key: string): number => keys.indexOf(key);
  return {
    column,
    ref: (key) => `$${columnLetter(column(key))}${sheetRow}`,
    lastColumn: keys.length - 1,
    firstDataRow: sheetRow - 1,
    settings,
    words: FORMULA_WORDS,
  };
}

function writeKind(
  workbook: ExcelJS.Workbook,
  kind: Kind,
  locale: Locale,
  pick: () => number,
): ProbeSheet {
  const template = getTemplate(kind) as GenericTemplate;
  const name = `${kind}-${locale}`;
  const sheet = workbook.addWorksheet(name);
  const columns = template.columns;
  sheet.addRow(columns.map((column) => column.header[locale]));
  const rows: Cell[][] = [];
  const probes: { settings: number; kind: Highlight }[] = [];
  for (let index = 0; index < ROWS; index += 1) {
    const sheetRow = index + 2;
    const values = columns.map((column) => valueFor(column, locale, pick, index));
    if (index <= NOT_DAYS.length)
      columns.forEach((column, c) => {
        if (column.key in OPEN_ROW) values[c] = OPEN_ROW[column.key]!;
        if (column.key !== DUE_KEY[kind]) return;
        const time = column.type === 'datetime' ? 10 / 24 : 0;
        values[c] =
          NOT_DAYS[index]?.value ?? dayToSerial(addDays(today, realDue(kind).offset)) + time;
      });
    rows.push(values);
    columns.forEach((column, c) => {
      const cell = sheet.getCell(sheetRow, c + 1);
      cell.value = column.formula
        ? {
            formula: column
              .formula({
                ref: contextFor(template, sheetRow, SETTINGS[0]!).ref,
                locale,
                words: FORMULA_WORDS,
              })
              .slice(1),
          }
        : values[c]!;
    });
    let probe = columns.length + 1;
    SETTINGS.forEach((settings, s) => {
      for (const rule of template.highlights!(contextFor(template, sheetRow, settings))) {
        sheet.getCell(sheetRow, probe + 1).value = { formula: rule.formula.slice(1) };
        if (index === 0) probes.push({ settings: s, kind: rule.kind as Highlight });
        probe += 1;
      }
    });
  }
  return { kind, locale, name, rows, probes };
}

/** The core's highlight kinds for each row, by sheet row. */
function gridOf(sheet: ProbeSheet): Grid {
  const template = getTemplate(sheet.kind) as GenericTemplate;
  return {
    sheetName: sheet.name,
    cells: [template.columns.map((column) => column.header[sheet.locale]), ...sheet.rows],
    origin: { row: 0, column: 0 },
  };
}

const optionsFor = (sheet: ProbeSheet, settings: FactSettings): EngineOptions => ({
  today,
  locale: sheet.locale,
  settings,
  calendar,
  statutory: STATUTORY_CALENDAR,
});

function coreFacts(sheet: ProbeSheet, settings: FactSettings): Map<number, Set<Highlight>> {
  const template = getTemplate(sheet.kind) as GenericTemplate;
  const reading = readWorkbook([gridOf(sheet)], optionsFor(sheet, settings));
  const records = (reading.records.get(sheet.kind) ?? []) as readonly RecordBase[];
  expect(records).toHaveLength(ROWS);
  const facts = new Map<number, Set<Highlight>>();
  for (const record of records) {
    const row = template.facts!(record, reading.options);
    facts.set(record.row, new Set(HIGHLIGHTS.filter((kind) => row[kind] === true)));
  }
  if (sheet.kind === 'customers') {
    const customers = records as readonly CustomerRecord[];
    for (const standing of customerStandings(customers)) {
      if (standing.revisitBy >= today) continue;
      const latest = customers.find(
        (record) =>
          matchKey(record.customer) === matchKey(standing.customer) &&
          record.contactedOn === standing.lastContact,
      )!;
      facts.get(latest.row)!.add('overdue');
    }
  }
  return facts;
}

/**
 * Month ends (SPEC §11.4: same day of month, clamped): each row its own
 * customer, judged on the day the revisit falls due and on the day after,
 * by the revisit rule with TODAY() replaced by that row's day.
 */
const MONTH_ENDS: readonly (readonly [tier: string, contacted: string, revisitBy: string])[] = [
  ['VIP', '2024-01-31', '2024-02-29'],
  ['VIP', '2025-01-31', '2025-02-28'],
  ['重要', '2026-03-31', '2026-04-30'],
  ['VIP', '2025-12-31', '2026-01-31'],
  ['普通', '2025-11-30', '2026-02-28'],
  ['Standard', '2023-11-30', '2024-02-29'],
  ['', '2026-05-31', '2026-08-31'],
];
const MONTH_END_SHEET = 'month-ends';

interface MonthEndRow {
  readonly tier: string;
  readonly contacted: string;
  readonly revisitBy: string;
  readonly today: string;
}

function writeMonthEnds(workbook: ExcelJS.Workbook): MonthEndRow[] {
  const template = getTemplate('customers') as GenericTemplate;
  const sheet = workbook.addWorksheet(MONTH_END_SHEET);
  const columns = template.columns;
  sheet.addRow(columns.map((column) => column.header['zh-CN']));
  const rows = MONTH_ENDS.flatMap(([tier, contacted, revisitBy]) =>
    [0, 1].map((after) => ({ tier, contacted, revisitBy, today: addDays(revisitBy, after) })),
  );
  const todayColumn = columns.length + 1;
  rows.forEach((row, index) => {
    const sheetRow = index + 2;
    const values: Record<string, Cell> = {
      customer: `客户${index + 1}`,
      tier: row.tier,
      contactedOn: dayToSerial(row.contacted) + 10 / 24,
    };
    columns.forEach(
      (column, c) => (sheet.getCell(sheetRow, c + 1).value = values[column.key] ?? null),
    );
    sheet.getCell(sheetRow, todayColumn + 1).value = dayToSerial(row.today);
    const revisit = template.highlights!(contextFor(template, sheetRow, SETTINGS[0]!)).find(
      (rule) => rule.formula.includes('EDATE'),
    )!;
    sheet.getCell(sheetRow, todayColumn + 2).value = {
      formula: revisit.formula
        .slice(1)
        .replaceAll('TODAY()', `$${columnLetter(todayColumn)}${sheetRow}`),
    };
  });
  return rows;
}

describeWithEngine('LibreOffice’s process-pack highlights equal the core’s facts', () => {
  const sheets: ProbeSheet[] = [];
  let shown: Map<string, string[][]>;
  let monthEnds: MonthEndRow[];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    // The work calendar as inserted today: the due-soon window in working days reads its names.
    addCalendarSheet(workbook, today, []);
    const pick = seededRandom(20261202);
    for (const locale of ['zh-CN', 'en-US'] as const)
      for (const kind of KINDS) sheets.push(writeKind(workbook, kind, locale, pick));
    monthEnds = writeMonthEnds(workbook);
    const dir = mkdtempSync(path.join(tmpdir(), 'ops-lo-pack1-'));
    const file = path.join(dir, 'highlights.xlsx');
    await workbook.xlsx.writeFile(file);
    const csv = new LibreOfficeSession(soffice!).convert(file, CSV_ALL_SHEETS);
    expect(csv.status).toBe(0);
    shown = new Map(
      [...sheets.map((sheet) => sheet.name), MONTH_END_SHEET].map((name) => {
        const output = csv.outputs.find((candidate) => candidate.endsWith(`-${name}.csv`))!;
        return [name, parseCsv(readFileSync(output, 'utf8'))];
      }),
    );
  }, 300_000);

  it.each(
    KINDS.flatMap((kind) =>
      (['zh-CN', 'en-US'] as const).map((locale) => [kind, locale] as [Kind, Locale]),
    ),
  )('%s (%s): every rule on every row, in calendar and in working days', (kind, locale) => {
    const sheet = sheets.find((candidate) => candidate.name === `${kind}-${locale}`)!;
    const cells = shown.get(sheet.name)!;
    const firstProbe = getTemplate(kind).columns.length + 1;
    const mismatches: unknown[] = [];
    const seen = new Set<Highlight>();
    SETTINGS.forEach((settings, s) => {
      const facts = coreFacts(sheet, settings);
      sheet.rows.forEach((values, index) => {
        const sheetRow = index + 2;
        const painted = new Set<Highlight>();
        sheet.probes.forEach((probe, p) => {
          if (probe.settings === s && cells[sheetRow - 1]![firstProbe + p] === 'TRUE')
            painted.add(probe.kind);
        });
        const want = facts.get(sheetRow)!;
        for (const highlight of HIGHLIGHTS) {
          if (want.has(highlight)) seen.add(highlight);
          if (painted.has(highlight) !== want.has(highlight))
            mismatches.push({
              row: sheetRow,
              settings,
              highlight,
              sheet: painted.has(highlight),
              values,
            });
        }
      });
    });
    expect(mismatches).toEqual([]);
    // The rows reached every highlight the kind has, so the agreement is not vacuous.
    expect([...seen].sort()).toEqual([...new Set(sheet.probes.map((probe) => probe.kind))].sort());
  });

  it.each(
    KINDS.flatMap((kind) =>
      (['zh-CN', 'en-US'] as const).map((locale) => [kind, locale] as [Kind, Locale]),
    ),
  )(
    '%s (%s): a due cell holding 10.31 or 0.5 is reported and never highlighted as a day; a real one still is',
    (kind, locale) => {
      const sheet = sheets.find((candidate) => candidate.name === `${kind}-${locale}`)!;
      const cells = shown.get(sheet.name)!;
      const firstProbe = getTemplate(kind).columns.length + 1;
      const dueIndex = getTemplate(kind).columns.findIndex(
        (column) => column.key === DUE_KEY[kind],
      );
      const dueColumn = columnLetter(dueIndex);
      const lit = (sheetRow: number): string[] =>
        sheet.probes.flatMap((probe, p) =>
          probe.kind !== 'unassigned' && cells[sheetRow - 1]![firstProbe + p] === 'TRUE'
            ? [`${probe.kind}@${probe.settings}`]
            : [],
        );
      const issues = checkWorkbook([gridOf(sheet)], optionsFor(sheet, SETTINGS[0]!)).issues;
      NOT_DAYS.forEach(({ value, code }, index) => {
        const sheetRow = index + 2;
        expect(sheet.rows[index]![dueIndex]).toBe(value);
        expect(lit(sheetRow)).toEqual([]);
        expect(
          issues
            .filter((issue) => issue.cell === `${dueColumn}${sheetRow}`)
            .map((issue) => [issue.field, issue.code]),
        ).toEqual([[DUE_KEY[kind], code]]);
      });
      const { highlight } = realDue(kind);
      expect(lit(NOT_DAYS.length + 2).filter((entry) => entry.startsWith(highlight))).toEqual(
        SETTINGS.map((_, s) => `${highlight}@${s}`),
      );
    },
  );

  it('a customer’s revisit at month ends: 01-31 + 1 month is 02-28 or 02-29, 11-30 + 3 months is 02-28 or 02-29', () => {
    const cells = shown.get(MONTH_END_SHEET)!;
    const probe = getTemplate('customers').columns.length + 2;
    const template = getTemplate('customers') as GenericTemplate;
    const grid: Grid = {
      sheetName: MONTH_END_SHEET,
      cells: [
        template.columns.map((column) => column.header['zh-CN']),
        ...monthEnds.map((row, index) =>
          template.columns.map((column) =>
            column.key === 'customer'
              ? `客户${index + 1}`
              : column.key === 'tier'
                ? row.tier
                : column.key === 'contactedOn'
                  ? dayToSerial(row.contacted)
                  : null,
          ),
        ),
      ],
      origin: { row: 0, column: 0 },
    };
    const standings = new Map(
      customerStandings(
        (readWorkbook([grid], { today, locale: 'zh-CN' }).records.get('customers') ??
          []) as readonly CustomerRecord[],
      ).map((standing) => [standing.customer, standing.revisitBy]),
    );
    const got = monthEnds.map((row, index) => ({
      ...row,
      core: standings.get(`客户${index + 1}`),
      sheetOverdue: cells[index + 1]![probe],
    }));
    expect(got).toEqual(
      monthEnds.map((row) => ({
        ...row,
        core: row.revisitBy,
        sheetOverdue: row.today > row.revisitBy ? 'TRUE' : 'FALSE',
      })),
    );
  });
});
