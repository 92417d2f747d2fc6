/**
 * Properties of every registered template over arbitrary cells (fast-check),
 * driven by the registry so a new template is covered the day it is listed:
 * strings (formula-looking ones too), numbers, booleans, dates, error values
 * and blanks in each declared column, on our tables and on teams' sheets, in
 * both languages. Reading, checking and the review never throw, and every
 * value a typed column cannot read is an issue on that very cell.
 */
import fc from 'fast-check';
import { checkWorkbook, LOCALES, readWorkbook, type Grid, type Locale } from '../../src/core';
import { bindGrid } from '../../src/core/headers/bind';
import { buildSections } from '../../src/core/review/sections';
import { TEMPLATES, type GenericTemplate } from '../../src/core/templates/registry';
import { isEmptyRow } from '../../src/core/read/row';
import { DATES_AS_TEXT, FORMULA_LOOKING, unreadable, WORDS } from './support/templateCells';

/** Values people and Excel put in cells, and anything at all. */
const cellValue = fc.oneof(
  WORDS,
  DATES_AS_TEXT,
  FORMULA_LOOKING,
  fc.string(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom({ error: '#N/A' }, { error: '#VALUE!' }, '#DIV/0!', null, undefined, ''),
  fc.record({ richText: fc.array(fc.record({ text: fc.string() })) }),
  fc.anything(),
);

const WITH_READING = TEMPLATES.filter((template) => template.reading !== undefined);
const MAX_COLUMNS = Math.max(...TEMPLATES.map((template) => template.columns.length));

const headersOf = (template: GenericTemplate, locale: Locale): string[] =>
  template.columns.map((column) => column.header[locale]);

function gridOf(
  template: GenericTemplate,
  locale: Locale,
  ours: boolean,
  rows: readonly unknown[][],
): Grid {
  const width = template.columns.length;
  return {
    sheetName: template.sheetName[locale],
    cells: [headersOf(template, locale), ...rows.map((row) => row.slice(0, width))],
    origin: { row: 0, column: 0 },
    ...(ours ? { tableName: template.tableName } : {}),
  };
}

const sheetArb = fc.record({
  template: fc.constantFrom(...TEMPLATES),
  locale: fc.constantFrom(...LOCALES),
  ours: fc.boolean(),
  rows: fc.array(fc.array(cellValue, { minLength: MAX_COLUMNS, maxLength: MAX_COLUMNS }), {
    maxLength: 6,
  }),
});
const todayArb = fc.constantFrom('2023-07-20', '2024-02-29', '2026-02-14', '2027-12-31');

const letter = (index: number): string => String.fromCharCode(65 + index);

describe('every registered template over arbitrary cells', () => {
  it('no cell value in any declared column makes reading, checking or the review throw', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), todayArb, (sheets, today) => {
        for (const locale of LOCALES) {
          const options = { today, locale };
          const grids = sheets.map((sheet) =>
            gridOf(sheet.template, sheet.locale, sheet.ours, sheet.rows),
          );
          const checked = checkWorkbook(grids, options);
          for (const issue of checked.issues) expect(issue.message).not.toBe('');
          const reading = readWorkbook(grids, options);
          for (const section of buildSections(reading, today.slice(0, 7))) {
            expect(section.lines.length).toBeGreaterThan(0);
            expect(() => JSON.stringify(section.json)).not.toThrow();
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(WITH_READING.map((template) => [template.kind, template] as const))(
    '%s: every value a declared column cannot read is an issue on its cell',
    (_kind, template) => {
      let recognised = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...LOCALES),
          fc.boolean(),
          fc.array(fc.array(cellValue, { minLength: MAX_COLUMNS, maxLength: MAX_COLUMNS }), {
            minLength: 1,
            maxLength: 5,
          }),
          todayArb,
          (locale, ours, rows, today) => {
            const grid = gridOf(template, locale, ours, rows);
            const binding = bindGrid(grid);
            // Our table is always read as its kind; a team's sheet only when its content says so.
            if (ours) expect(binding?.kind).toBe(template.kind);
            if (binding?.kind !== template.kind) return;
            recognised += 1;
            const cells = new Set(
              checkWorkbook([grid], { today, locale }).issues.map(
                (issue) => `${issue.sheet}!${issue.cell}`,
              ),
            );
            rows.forEach((cellsOfRow, r) => {
              // A row whose bound cells are all blank or 0 is no row (SPEC §3; formula zeros).
              if (isEmptyRow(cellsOfRow.slice(0, template.columns.length), binding)) return;
              for (const column of template.columns) {
                // The binding says where the column is (a team's 状态 of ✓/✗ is a done flag).
                const at = binding.columns.get(column.key);
                if (at !== undefined && unreadable(template, column, cellsOfRow[at]))
                  expect(cells).toContain(`${grid.sheetName}!${letter(at)}${r + 2}`);
              }
            });
          },
        ),
        { numRuns: 150 },
      );
      // Our tables are among the runs, so every kind's cells were really probed.
      expect(recognised).toBeGreaterThan(0);
    },
  );
});
