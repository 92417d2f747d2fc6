/**
 * Data safety, over every template in the registry: whatever a workbook held
 * before, any sequence of insert / check / recalculate leaves every cell the add-in does not own with the same
 * value, formula and format, and every user sheet and table where it was.
 */
import fc from 'fast-check';
import {
  getTemplate,
  planTemplate,
  TEMPLATE_KINDS,
  type Locale,
  type TemplateKind,
} from '../../src/core';
import { createOpsWorkbook, type OpsWorkbook } from '../../src/excel';
import { createFakeExcel, type CellValue, type FakeExcel, type FakeSheet } from '../fake-excel';
import { cellsOf, EXCEL_1_8, TEAM_TRACKER } from './helpers';

const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
/** Every registered template: a new one is covered by being in the registry. */
const KINDS: readonly TemplateKind[] = TEMPLATE_KINDS;

/** Names that collide with what the add-in would create, plus ordinary ones. */
const SHEET_NAMES = [
  ...KINDS.flatMap((kind) => LOCALES.map((locale) => planTemplate(kind, locale).sheetName)),
  'Sheet1',
  '预算',
  'Notes (2)',
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('=SUM(A1:A3)', '+86 138', '-x', '@home', '2023-07-05', '进行中', 'OP-001', ''),
  fc.integer({ min: -1000, max: 50000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);

const userCell = fc.record({
  row: fc.nat(40),
  column: fc.nat(14),
  value: cellValue,
  formula: fc.option(fc.constantFrom('=A1*2', '=TODAY()', '=SUM(B:B)'), { nil: undefined }),
  numberFormat: fc.option(fc.constantFrom('0.00', '@', 'yyyy-mm-dd', '0%'), { nil: undefined }),
  fill: fc.option(fc.constantFrom('#FF0000', '#FFFF00'), { nil: undefined }),
});

const userSheet = fc.record({
  name: fc.constantFrom(...SHEET_NAMES),
  cells: fc.array(userCell, { maxLength: 25 }),
  teamTracker: fc.boolean(),
  tableNamedLikeOurs: fc.boolean(),
});

type Action =
  | { kind: 'insert'; template: TemplateKind; locale: Locale }
  | { kind: 'insertAll'; locale: Locale }
  | { kind: 'check'; locale: Locale }
  | { kind: 'recalculate'; month: string; locale: Locale }
  /** Someone types a goal into the review table and a note beside everything the add-in owns. */
  | { kind: 'type'; row: number; text: string };

const locale = fc.constantFrom(...LOCALES);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), template: fc.constantFrom(...KINDS), locale }),
  fc.record({ kind: fc.constant('insertAll' as const), locale }),
  fc.record({ kind: fc.constant('check' as const), locale }),
  fc.record({
    kind: fc.constant('recalculate' as const),
    month: fc.constantFrom('2023-06', '2023-07'),
    locale,
  }),
  fc.record({
    kind: fc.constant('type' as const),
    row: fc.nat(5),
    text: fc.string({ minLength: 1, maxLength: 8 }).map((text) => `目标 ${text}`),
  }),
);

/** What people typed into sheets the add-in made: goals in the review, notes far to the right. */
interface Typed {
  readonly goals: string[];
  readonly notes: { sheet: FakeSheet; row: number; column: number; text: string }[];
}

function typeIntoReview(fake: FakeExcel, typed: Typed, row: number, text: string): void {
  const table = fake.workbook.table('OpsReview');
  if (!table) return;
  const goal = getTemplate('review').columns.find((column) => column.key === 'goal');
  const headers = Object.values(goal?.header ?? {});
  const { rect, sheet } = table;
  let column = -1;
  for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
    if (headers.includes(String(sheet.cellAt(rect.row, c).value))) column = c;
  }
  const at = rect.row + 1 + (row % (rect.rowCount - 1));
  if (column >= 0 && sheet.cellAt(at, column).value === '') {
    sheet.mutable(at, column).value = text;
    typed.goals.push(text);
  }
  const note = { sheet, row, column: rect.column + rect.columnCount + 12, text: `笔记 ${text}` };
  if (sheet.cellAt(note.row, note.column).value === '') {
    sheet.mutable(note.row, note.column).value = note.text;
    typed.notes.push(note);
  }
}

async function perform(
  ops: OpsWorkbook,
  fake: FakeExcel,
  typed: Typed,
  step: Action,
): Promise<void> {
  const today = '2023-07-20';
  switch (step.kind) {
    case 'type':
      typeIntoReview(fake, typed, step.row, step.text);
      return;
    case 'insert':
      await ops.insertTemplate(step.template, step.locale);
      return;
    case 'insertAll':
      await ops.insertAllTemplates(step.locale);
      return;
    case 'check':
      await ops.checkWorkbook({ locale: step.locale, today });
      return;
    case 'recalculate':
      await ops.recalculateReview(step.month, { locale: step.locale, today });
      return;
  }
}

describe('data safety', () => {
  it('never changes a cell, sheet or table the add-in does not own', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(userSheet, { maxLength: 3, selector: (s) => s.name.toLowerCase() }),
        fc.array(action, { minLength: 1, maxLength: 5 }),
        async (sheets, actions) => {
          const fake = createFakeExcel();
          for (const spec of sheets) {
            const sheet = fake.workbook.addSheet(spec.name);
            if (spec.teamTracker) sheet.seed('A1', TEAM_TRACKER);
            for (const cell of spec.cells) {
              sheet.seedCell(`${String.fromCharCode(65 + cell.column)}${cell.row + 1}`, {
                value: cell.value,
                ...(cell.formula ? { formula: cell.formula } : {}),
                ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
                ...(cell.fill ? { fill: cell.fill } : {}),
              });
            }
            if (spec.tableNamedLikeOurs && !fake.workbook.table('OpsTasks')) {
              fake.workbook.addTable(
                sheet,
                { row: 50, column: 0, rowCount: 3, columnCount: 2 },
                'OpsTasks',
              );
            }
          }
          const userSheets = [...fake.workbook.sheets];
          const before = userSheets.map((sheet) => ({ name: sheet.name, cells: cellsOf(sheet) }));
          const tablesBefore = fake.workbook.tables.map((t) => ({ ...t }));

          const ops = createOpsWorkbook(fake.run, EXCEL_1_8);
          const typed: Typed = { goals: [], notes: [] };
          for (const step of actions) await perform(ops, fake, typed, step);

          expect(userSheets.map((sheet) => ({ name: sheet.name, cells: cellsOf(sheet) }))).toEqual(
            before,
          );
          expect(userSheets.every((sheet) => fake.workbook.sheets.includes(sheet))).toBe(true);
          for (const table of tablesBefore) {
            expect(fake.workbook.tables).toContainEqual(table);
          }
          const review = fake.workbook.table('OpsReview');
          const goalsNow = review
            ? Array.from({ length: review.rect.rowCount }, (_, r) =>
                Array.from(
                  { length: review.rect.columnCount },
                  (_, c) => review.sheet.cellAt(review.rect.row + r, review.rect.column + c).value,
                ),
              ).flat()
            : [];
          for (const goal of typed.goals) expect(goalsNow).toContain(goal);
          for (const note of typed.notes) {
            expect(note.sheet.cellAt(note.row, note.column).value).toBe(note.text);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
