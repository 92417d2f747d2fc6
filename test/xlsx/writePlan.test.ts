import ExcelJS from 'exceljs';
import { dayToSerial, HIGHLIGHT_FILLS, planTemplate, type SheetPlan } from '../../src/core';
import { conditionalFormatsOf, validationsOf } from '../../src/xlsx/sheetModel';
import { sheetTables } from '../../src/xlsx/tables';
import { excelValue, writeSheetPlan } from '../../src/xlsx/writePlan';

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded;
}

describe('writeSheetPlan', () => {
  it('writes the tracker template as an Excel table with its header and one empty row', async () => {
    const workbook = new ExcelJS.Workbook();
    const written = writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
    expect(written).toMatchObject({ sheetName: '任务跟踪表', tableName: 'OpsTasks' });
    const sheet = (await reload(workbook)).getWorksheet('任务跟踪表')!;
    const [table] = sheetTables(sheet);
    expect(table?.name).toBe('OpsTasks');
    expect(table?.box).toEqual({ top: 0, left: 0, bottom: 1, right: 11 });
    expect(table?.columnNames.slice(0, 6)).toEqual([
      '任务ID',
      '任务名称',
      '所属部门',
      '负责人',
      '开始日期',
      '截止日期',
    ]);
    expect(sheet.getCell('A1').value).toBe('任务ID');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('sets widths and number formats, on the column and on its data cells', async () => {
    const plan = planTemplate('tracker', 'en-US');
    const sheet = (await reload(writeThenReturn(plan))).getWorksheet('Task Tracker')!;
    plan.columns.forEach((column, index) => {
      expect(sheet.getColumn(index + 1).width).toBe(column.width);
      expect(sheet.getCell(2, index + 1).numFmt).toBe(column.numberFormat);
    });
    expect(sheet.getCell('F2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('A2').numFmt).toBe('@');
  });

  it('adds dropdowns for status and priority and date validation on date columns', async () => {
    const sheet = (await reload(writeThenReturn(planTemplate('tracker', 'zh-CN')))).worksheets[0]!;
    const status = validationsOf(sheet).find('H2');
    expect(status).toMatchObject({
      type: 'list',
      formulae: ['"待启动,进行中,已完成,已暂停,已取消"'],
    });
    expect(status?.error).toBe('请从下拉列表中选择一个值。');
    expect(validationsOf(sheet).find('G2')).toMatchObject({
      type: 'list',
      formulae: ['"高,中,低"'],
    });
    expect(validationsOf(sheet).find('F2')).toMatchObject({ type: 'date', operator: 'between' });
    expect(validationsOf(sheet).find('B2')).toBeUndefined();
  });

  it('validation never blocks typing: date and list validations warn, never stop (SPEC §6)', async () => {
    const sheet = (await reload(writeThenReturn(planTemplate('tracker', 'zh-CN')))).worksheets[0]!;
    for (const address of ['E2', 'F2', 'G2', 'H2', 'J2'])
      expect(validationsOf(sheet).find(address)).toMatchObject({ errorStyle: 'warning' });
  });

  it('writes each highlight as an expression rule over the data rows with its fill', async () => {
    const plan = planTemplate('tracker', 'en-US');
    const sheet = (await reload(writeThenReturn(plan))).worksheets[0]!;
    const formattings = conditionalFormatsOf(sheet);
    expect(formattings.map((format) => format.ref)).toEqual(['D2:D2', 'A2:L2', 'A2:L2']);
    formattings.forEach((format, index) => {
      const rule = format.rules[0] as ExcelJS.ExpressionRuleType;
      const planned = plan.conditionalFormats[index]!;
      expect(rule.type).toBe('expression');
      expect(rule.formulae).toEqual([planned.formula.slice(1)]);
      expect(rule.priority).toBe(planned.priority);
      expect((rule.style?.fill as ExcelJS.FillPattern).bgColor?.argb).toBe(
        `FF${HIGHLIGHT_FILLS[planned.kind].slice(1)}`,
      );
    });
  });

  it('never replaces a sheet or table: taken names get suffixes', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('任务跟踪表');
    const first = writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
    const second = writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
    expect([first.sheetName, second.sheetName]).toEqual(['任务跟踪表 (2)', '任务跟踪表 (3)']);
    expect([first.tableName, second.tableName]).toEqual(['OpsTasks', 'OpsTasks2']);
  });

  it('keeps text that starts with = + - @ as text, and writes formulas and dates as such', async () => {
    const base = planTemplate('tracker', 'en-US');
    const texts = ['=SUM(A1:A2)', '+86 138', '-', '@owner'];
    const plan: SheetPlan = {
      ...base,
      rows: [
        base.columns.map((_, index) =>
          index < texts.length ? { kind: 'text', text: texts[index]! } : { kind: 'empty' },
        ),
        base.columns.map((column) =>
          column.key === 'due'
            ? { kind: 'date', day: '2023-07-15' }
            : column.key === 'id'
              ? { kind: 'formula', formula: '="OP-"&TEXT(1,"000")' }
              : { kind: 'empty' },
        ),
      ],
    };
    const sheet = (await reload(writeThenReturn(plan))).worksheets[0]!;
    expect([1, 2, 3, 4].map((column) => sheet.getCell(2, column).value)).toEqual(texts);
    expect(sheet.getCell('A3').value).toEqual({ formula: '"OP-"&TEXT(1,"000")' });
    expect(plainSerial(sheet.getCell('F3').value)).toBe(dayToSerial('2023-07-15'));
    expect(sheetTables(sheet)[0]?.box.bottom).toBe(2);
  });

  it('writes text a file can hold: no characters XML forbids, cut with … at 32767', async () => {
    expect(excelValue({ kind: 'text', text: 'a\u0001b\u0008c\uFFFEd\uD800e\tf\ng' })).toBe(
      'abcde\tf\ng',
    );
    expect(excelValue({ kind: 'text', text: '😀 完成' })).toBe('😀 完成');
    const long = excelValue({ kind: 'text', text: 'x'.repeat(32766) + '😀😀' }) as string;
    expect(long).toHaveLength(32767);
    expect(long.endsWith('x…')).toBe(true);
    const base = planTemplate('tracker', 'zh-CN');
    const plan: SheetPlan = {
      ...base,
      rows: [base.columns.map(() => ({ kind: 'text', text: '坏\u0002字符\uDFFF' }))],
    };
    const sheet = (await reload(writeThenReturn(plan))).worksheets[0]!;
    expect(sheet.getCell('B2').value).toBe('坏字符');
  });

  it('maps every plan cell kind to an ExcelJS value', () => {
    expect(excelValue({ kind: 'empty' })).toBeNull();
    expect(excelValue({ kind: 'number', value: 3 })).toBe(3);
    expect(excelValue({ kind: 'text', text: '=1+1' })).toBe('=1+1');
  });
});

function writeThenReturn(plan: SheetPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, plan);
  return workbook;
}

/** ExcelJS reads a date-formatted number back as a UTC `Date`. */
function plainSerial(value: ExcelJS.CellValue): number {
  return value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : Number(value);
}
