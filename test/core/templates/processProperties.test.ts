/**
 * Properties of the process pack over arbitrary cells (fast-check): reading,
 * checking and every review section never throw, and every value a typed
 * column cannot read becomes an issue on that very cell.
 */
import fc from 'fast-check';
import { checkWorkbook, LOCALES, readWorkbook, type Grid } from '../../../src/core';
import { buildSections } from '../../../src/core/review/sections';
import { getTemplate } from '../../../src/core/templates/registry';
import { parseChain } from '../../../src/core/templates/approvals/levels';
import { cellText, isBlankCell } from '../../../src/core/values/cell';
import { parseChoice } from '../../../src/core/values/choice';
import { parseDateCell } from '../../../src/core/values/dates';
import { parseNumberCell } from '../../../src/core/values/number';
import { parseStatus } from '../../../src/core/values/status';
import { headers } from '../grids';

const KINDS = ['notices', 'actions', 'milestones', 'customers', 'approvals'] as const;
type PackKind = (typeof KINDS)[number];

/** Values people and Excel put in these sheets, plus anything at all. */
const cellValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '',
    ' ',
    '-',
    '待定',
    'TBD',
    '已完成',
    '進行中',
    '下周',
    '2023-02-30',
    '=1+1',
    '@x',
  ),
  fc.constantFrom(
    '2023-09-01 14:00',
    '2023年9月5日',
    '90分钟',
    '1.5小时',
    '两小时',
    'VIP',
    '重點',
    '金牌',
  ),
  fc.constantFrom(
    '同意',
    '驳回',
    '不同意。',
    '需补充差旅费标准',
    '部门负责人：同意；分管领导：驳回',
  ),
  fc.constantFrom(
    '部门负责人-分管领导-总经理',
    '部門負責人→總經理',
    '董事会',
    '制度-2023-001',
    'MT-001',
  ),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double(),
  fc.date(),
  fc.record({ richText: fc.array(fc.record({ text: fc.string() })) }),
  fc.constantFrom({ error: '#N/A' }, true, false, null, undefined, NaN, Infinity, [], [1, 2]),
);

function sheetOf(kind: PackKind, locale: (typeof LOCALES)[number], rows: unknown[][]): Grid {
  const template = getTemplate(kind);
  return {
    sheetName: template.sheetName[locale],
    cells: [headers(kind, locale), ...rows],
    origin: { row: 0, column: 0 },
    tableName: template.tableName,
  };
}

const sheetArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  locale: fc.constantFrom(...LOCALES),
  rows: fc.array(fc.array(cellValue, { minLength: 16, maxLength: 16 }), { maxLength: 6 }),
});
const todayArb = fc.constantFrom('2023-07-20', '2024-02-29', '2026-02-14', '1900-03-01');

/** Whether a typed column can read the value; formula columns are never read. */
function unreadable(kind: PackKind, key: string, value: unknown): boolean {
  const column = getTemplate(kind).columns.find((candidate) => candidate.key === key);
  if (!column || column.formula || isBlankCell(value)) return false;
  if (key === 'chain') {
    const chain = parseChain(cellText(value));
    return !chain.ok && chain.reason === 'invalid';
  }
  switch (column.type) {
    case 'date':
    case 'datetime':
      return !parseDateCell(value).ok;
    case 'status':
      return !parseStatus(value).ok;
    case 'number':
      return !parseNumberCell(value, column.units).ok;
    case 'choice':
      return column.choice ? !parseChoice(value, column.choice).ok : false;
    default:
      return false;
  }
}

const letter = (index: number): string => String.fromCharCode(65 + index);

describe('process-pack properties', () => {
  it('no cell value makes reading, checking or a review section throw', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 3 }), todayArb, (sheets, today) => {
        for (const locale of LOCALES) {
          const options = { today, locale };
          const grids = sheets.map((sheet) => sheetOf(sheet.kind, sheet.locale, sheet.rows));
          checkWorkbook(grids, options);
          const reading = readWorkbook(grids, options);
          for (const section of buildSections(reading, today.slice(0, 7))) {
            expect(section.lines.length).toBeGreaterThan(0);
            expect(() => JSON.stringify(section.json)).not.toThrow();
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('every value a typed column cannot read is an issue on its cell', () => {
    fc.assert(
      fc.property(sheetArb, todayArb, ({ kind, locale, rows }, today) => {
        const grid = sheetOf(kind, locale, rows);
        const cells = new Set(
          checkWorkbook([grid], { today, locale: 'zh-CN' }).issues.map((issue) => issue.cell),
        );
        const columns = getTemplate(kind).columns;
        rows.forEach((cellsOfRow, r) => {
          if (cellsOfRow.slice(0, columns.length).every(isBlankCell)) return;
          columns.forEach((column, c) => {
            if (unreadable(kind, column.key, cellsOfRow[c]))
              expect(cells).toContain(`${letter(c)}${r + 2}`);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
