/**
 * Issue 14: 沟通时间 showed `00:00` when only a date was typed. A datetime
 * column keeps its `yyyy-mm-dd hh:mm` format for times, and a conditional
 * number format (`MOD(cell,1)=0`) shows a day typed without a time as a
 * date. The Office.js edge proves it in test/excel/insertTemplate.test.ts;
 * here both file writers the CLI uses: the package editor (a template added
 * to a file) and the ExcelJS writer (a new file).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { planTemplate, TEMPLATES, type Locale } from '../../src/core';
import { addPlanSheet } from '../../src/xlsx/edit/planSheet';
import { editWorkbookFile } from '../../src/xlsx/editFile';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { inflate } from './support/reviewWrite';

/** Every template's datetime columns, as [kind, locale, column index]. */
const DATETIME_COLUMNS = TEMPLATES.flatMap((template) =>
  (['zh-CN', 'en-US'] as const).flatMap((locale) =>
    planTemplate(template.kind, locale).columns.flatMap((column, index) =>
      column.midnightFormat ? [[template.kind, locale, index] as const] : [],
    ),
  ),
);

async function partText(zip: Uint8Array, name: string): Promise<string> {
  const archive = new ZipArchive(zip, inflate);
  return xmlText(await archive.read(archive.entry(name)!));
}

const letter = (index: number) => String.fromCharCode(65 + index);

describe('a day typed without a time shows as a date (issue 14: no 00:00)', () => {
  it('the templates have such columns: 沟通时间 among them', () => {
    const customers = planTemplate('customers', 'zh-CN');
    const contacted = customers.columns.find((column) => column.header === '沟通时间');
    expect(contacted?.numberFormat).toMatch(/hh:mm/);
    expect(contacted?.midnightFormat).toBe('yyyy-mm-dd');
    expect(DATETIME_COLUMNS.length).toBeGreaterThanOrEqual(2 * 4);
  });

  it.each(['zh-CN', 'en-US'] as Locale[])(
    'the package editor adds the date-only rule to each datetime column (%s)',
    async (locale) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'midnight-'));
      const file = path.join(dir, 'customers.xlsx');
      const plan = planTemplate('customers', locale);
      await editWorkbookFile(null, file, async (editor) => addPlanSheet(editor, plan));
      const zip = readFileSync(file);
      const sheet = await partText(zip, 'xl/worksheets/sheet1.xml');
      const styles = await partText(zip, 'xl/styles.xml');
      plan.columns.forEach((column, index) => {
        if (!column.midnightFormat) return;
        const cell = `${letter(plan.anchor.column + index)}${plan.anchor.row + 2}`;
        const rule = new RegExp(
          `<conditionalFormatting sqref="${cell}[^"]*"><cfRule type="expression" dxfId="(\\d+)"[^>]*><formula>AND\\(ISNUMBER\\(${cell}\\),MOD\\(${cell},1\\)=0\\)</formula>`,
        ).exec(sheet);
        expect(rule).not.toBeNull();
        const dxfs = /<dxfs[^>]*>([^]*?)<\/dxfs>/.exec(styles)?.[1] ?? '';
        const dxf = dxfs.split('</dxf>')[Number(rule![1])] ?? '';
        expect(dxf).toContain(`formatCode="${column.midnightFormat}"`);
      });
    },
  );

  it('the ExcelJS writer adds the same rule, after every highlight', () => {
    const workbook = new ExcelJS.Workbook();
    const plan = planTemplate('customers', 'zh-CN');
    writeSheetPlan(workbook, plan);
    // ExcelJS keeps what addConditionalFormatting added here; its typings do not declare it.
    const sheet = workbook.worksheets[0] as unknown as {
      conditionalFormattings: {
        ref: string;
        rules: (ExcelJS.ConditionalFormattingRule & { formulae?: string[] })[];
      }[];
    };
    const rules = sheet.conditionalFormattings.flatMap((format) =>
      format.rules.map((rule) => ({ ref: format.ref, rule })),
    );
    const highest = Math.max(...plan.conditionalFormats.map((rule) => rule.priority));
    plan.columns.forEach((column, index) => {
      if (!column.midnightFormat) return;
      const cell = `${letter(plan.anchor.column + index)}${plan.anchor.row + 2}`;
      const found = rules.find(({ ref }) => ref.startsWith(cell));
      expect(found?.rule).toMatchObject({
        type: 'expression',
        formulae: [`AND(ISNUMBER(${cell}),MOD(${cell},1)=0)`],
        style: { numFmt: column.midnightFormat },
      });
      expect(found!.rule.priority).toBeGreaterThan(highest);
    });
  });
});
