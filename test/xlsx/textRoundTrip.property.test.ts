/**
 * Property: whatever text a plan writes, reading the file back gives that
 * text: never a formula, whatever it starts with; only what XML cannot carry
 * is lost (forbidden characters; a CR becomes a line feed, as any XML reader does).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { planTemplate, type SheetPlan } from '../../src/core';
import { readGrid } from '../../src/xlsx/readGrid';
import { cellText, writeSheetPlan } from '../../src/xlsx/writePlan';

const FORMULA_LOOKING = ['=', '+', '-', '@', '=SUM(A1:A2)', '=HYPERLINK("x")', '+86 ', '-1'];

const cellTextArbitrary = fc
  .tuple(fc.constantFrom('', ...FORMULA_LOOKING), fc.string({ unit: 'binary', maxLength: 40 }))
  .map(([prefix, rest]) => prefix + rest);

function expectedRead(text: string): string {
  const stored = cellText(text).replace(/\r\n?/g, '\n');
  return stored.trim() === '' ? '' : stored;
}

it('text cells read back as the same text, never as formulas', async () => {
  const base = planTemplate('tracker', 'en-US');
  await fc.assert(
    fc.asyncProperty(
      fc.array(cellTextArbitrary, { minLength: 1, maxLength: 25 }),
      async (texts) => {
        const plan: SheetPlan = {
          ...base,
          rows: texts.map((text) =>
            base.columns.map((column) =>
              column.key === 'name' ? { kind: 'text', text } : { kind: 'text', text: 'x' },
            ),
          ),
        };
        const workbook = new ExcelJS.Workbook();
        writeSheetPlan(workbook, plan);
        const loaded = new ExcelJS.Workbook();
        await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
        const sheet = loaded.worksheets[0]!;
        const grid = readGrid(sheet);
        texts.forEach((text, index) => {
          expect(grid.cells[index + 1]?.[1]).toBe(expectedRead(text));
          const stored = sheet.getCell(index + 2, 2).value;
          expect(stored === null || typeof stored === 'string').toBe(true);
        });
      },
    ),
    { numRuns: 40 },
  );
});
