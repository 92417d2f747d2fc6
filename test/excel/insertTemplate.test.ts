/** Insert: a template becomes a formatted Excel table on a new sheet, in one write sync. */
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { localDay, planTemplate, TEMPLATES, type Locale, type TemplateKind } from '../../src/core';
import { WORKDAY_NAMES } from '../../src/core/calendar';
import { queueSheetPlan, widthInPoints } from '../../src/excel/applySheetPlan';
import type { FakeExcel } from '../fake-excel';
import { cellsOf, EXCEL_1_13, setUp } from './helpers';

function expectPlanWritten(
  fake: FakeExcel,
  kind: TemplateKind,
  locale: Locale,
  sheetName: string,
  tableName: string,
): void {
  // As the insert plans it: today's year decides the work calendar's rows.
  const plan = planTemplate(kind, locale, undefined, {
    today: localDay(new Date()),
    statutory: STATUTORY_CALENDAR,
  });
  const sheet = fake.workbook.sheetNamed(sheetName);
  const rows = Math.max(plan.rows.length, 1);
  const table = fake.workbook.table(tableName);
  expect(table?.sheet).toBe(sheet);
  expect(table?.rect).toEqual({
    ...plan.anchor,
    rowCount: rows + 1,
    columnCount: plan.columns.length,
  });
  expect(table?.style).toBe(plan.tableStyle);

  plan.columns.forEach((column, i) => {
    const c = plan.anchor.column + i;
    expect(sheet.cellAt(plan.anchor.row, c)).toMatchObject({
      value: column.header,
      formula: undefined,
    });
    expect(sheet.cellAt(plan.anchor.row + 1, c).numberFormat).toBe(
      column.numberFormat === '' ? 'General' : column.numberFormat,
    );
    expect(sheet.columnWidths.get(c)).toBe(widthInPoints(column.width));
    const validation = sheet.validations.find((v) => v.rect.column === c);
    if (!column.validation) {
      expect(validation).toBeUndefined();
      return;
    }
    expect(validation?.rect).toEqual({
      row: plan.anchor.row + 1,
      column: c,
      rowCount: rows,
      columnCount: 1,
    });
    expect(validation?.errorAlert?.message).toBe(column.validation.errorMessage);
    if (column.validation.kind === 'list') {
      expect(validation?.rule.list?.source).toBe(column.validation.values.join(','));
    } else {
      expect(validation?.rule.date).toBeDefined();
    }
  });

  const highlights = sheet.conditionalFormats.filter((f) => f.numberFormat === undefined);
  expect(highlights.map((f) => [f.formula, f.fill, f.rect])).toEqual(
    [...plan.conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .map((rule) => [
        rule.formula,
        rule.fill,
        {
          row: plan.anchor.row + 1,
          column: plan.anchor.column + rule.firstColumn,
          rowCount: rows,
          columnCount: rule.lastColumn - rule.firstColumn + 1,
        },
      ]),
  );
  expect(sheet.frozenRows).toBe(plan.freezeRows);

  // SPEC §12: a day typed without a time shows as a date (a number-format rule; it sets no fill,
  // so its place in the precedence order does not hide a highlight).
  expect(
    sheet.conditionalFormats
      .filter((f) => f.numberFormat !== undefined)
      .map((f) => [f.rect.column, f.numberFormat]),
  ).toEqual(
    plan.columns.flatMap((column, i) =>
      column.midnightFormat ? [[plan.anchor.column + i, column.midnightFormat]] : [],
    ),
  );
  // Sentences wrap, top-aligned; A4 landscape, one page wide, the header row on every page.
  plan.columns.forEach((column, i) => {
    const cell = sheet.cellAt(plan.anchor.row + 1, plan.anchor.column + i);
    expect([cell.wrapText, cell.verticalAlignment]).toEqual(
      column.wrap ? [true, 'Top'] : [undefined, undefined],
    );
  });
  expect(sheet.pageLayout).toEqual({
    paperSize: 'A4',
    orientation: 'Landscape',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: `$${plan.anchor.row + 1}:$${plan.anchor.row + 1}`,
  });
}

describe('insertTemplate', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    for (const { kind, tableName } of TEMPLATES) {
      it(`writes the ${kind} template (${locale}) as a table with validation, highlighting, widths, wraps, date-only midnights, a frozen header and A4 landscape print settings`, async () => {
        const { fake, ops } = setUp({ host: EXCEL_1_13 });
        const inserted = await ops.insertTemplate(kind, locale);
        const plan = planTemplate(kind, locale);
        expect(inserted).toEqual({ kind, sheetName: plan.sheetName, tableName });
        expectPlanWritten(fake, kind, locale, plan.sheetName, tableName);
        expect(fake.workbook.activeSheet?.name).toBe(plan.sheetName);
      });
    }
  }

  it('uses one read sync and one write sync, each far below the payload limit', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    expect(fake.stats.syncs).toBe(2);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(64 * 1024);
  });

  it('takes a new sheet name and table name when they are taken, and leaves the existing sheet alone', async () => {
    const { fake, ops } = setUp({ host: EXCEL_1_13 });
    const plan = planTemplate('tracker', 'zh-CN');
    const existing = fake.workbook.addSheet(plan.sheetName);
    existing.seed('A1', [
      ['我的旧数据', 1],
      ['=SUM(B1)', 2],
    ]);
    existing.seedCell('C3', { value: 'x', numberFormat: '0.00', fill: '#FF0000' });
    fake.workbook.addTable(
      existing,
      { row: 0, column: 0, rowCount: 2, columnCount: 2 },
      'OpsTasks',
    );
    const before = cellsOf(existing);

    const inserted = await ops.insertTemplate('tracker', 'zh-CN');

    expect(inserted.sheetName).toBe(`${plan.sheetName} (2)`);
    expect(inserted.tableName).toBe('OpsTasks2');
    expectPlanWritten(fake, 'tracker', 'zh-CN', inserted.sheetName, 'OpsTasks2');
    expect(cellsOf(existing)).toEqual(before);
    expect(fake.workbook.table('OpsTasks')?.sheet).toBe(existing);
  });

  it('inserts every template in one write sync and shows the first', async () => {
    const { fake, ops } = setUp({ host: EXCEL_1_13 });
    const inserted = await ops.insertAllTemplates('en-US');
    expect(inserted.map((i) => i.kind)).toEqual(TEMPLATES.map((t) => t.kind));
    for (const i of inserted) expectPlanWritten(fake, i.kind, 'en-US', i.sheetName, i.tableName);
    expect(fake.workbook.activeSheet?.name).toBe(inserted[0]?.sheetName);
    expect(fake.stats.syncs).toBe(2);
  });

  it('a second insert of everything gets (2) names and new table names', async () => {
    const { fake, ops } = setUp();
    const first = await ops.insertAllTemplates('zh-CN');
    const second = await ops.insertAllTemplates('zh-CN');
    expect(second.map((i) => i.sheetName)).toEqual(first.map((i) => `${i.sheetName} (2)`));
    expect(second.map((i) => i.tableName)).toEqual(first.map((i) => `${i.tableName}2`));
    expect(fake.workbook.sheets).toHaveLength(first.length * 2);
  });

  it('writes plan text that starts with = + - @ or looks like a number or date as text, and formulas as formulas', async () => {
    const { fake } = setUp();
    const base = planTemplate('tracker', 'en-US');
    const texts = ['=SUM(A1:A2)', '+86 138', '-5', '@home', '00123', '2023-07-05', '85%'];
    const plan = {
      ...base,
      sheetName: 'Plan',
      tableName: 'OpsTasks',
      columns: base.columns.slice(0, texts.length + 3),
      rows: [
        [
          ...texts.map((text) => ({ kind: 'text' as const, text })),
          { kind: 'number' as const, value: 42 },
          { kind: 'date' as const, day: '2023-07-05' },
          { kind: 'formula' as const, formula: '=1+1' },
        ],
      ],
      conditionalFormats: [],
    };
    await fake.run(async (context) => {
      queueSheetPlan(context, plan, { sheetName: 'Plan', tableName: 'OpsTasks' }, 'en-US', [], {
        pageLayout: false,
        dateSystem: 1900,
      });
      await context.sync();
    });
    const sheet = fake.workbook.sheetNamed('Plan');
    texts.forEach((text, c) =>
      expect(sheet.cellAt(1, c)).toMatchObject({
        value: text,
        formula: undefined,
        numberFormat: '@',
      }),
    );
    expect(sheet.cellAt(1, texts.length).value).toBe(42);
    expect(sheet.cellAt(1, texts.length + 1).value).toBe(45112);
    expect(sheet.cellAt(1, texts.length + 2).formula).toBe('=1+1');
  });
});

describe('inserting the work calendar', () => {
  it('writes its full-day index beside the table and the workbook names its formulas read, in the one write sync', async () => {
    const { fake, ops } = setUp();
    const inserted = await ops.insertTemplate('calendar', 'zh-CN');
    const sheet = fake.workbook.sheetNamed(inserted.sheetName);
    const year = localDay(new Date()).slice(0, 4);
    expect(sheet.cellAt(0, 4).value).toBe('逐日日期');
    expect(sheet.cellAt(1, 4).numberFormat).toBe('yyyy-mm-dd');
    expect(sheet.cellAt(2, 4).formula).toBe('=E2+1');
    expect(sheet.cellAt(2, 6).formula).toMatch(/^=IF\(ISNUMBER\(MATCH\(TRIM\(F3\)/);
    expect(fake.workbook.names.map((name) => name.name)).toEqual(Object.values(WORKDAY_NAMES));
    expect(fake.workbook.names[0]!.reference).toMatch(/!\$?E\$?2:\$?E\$?3654$/);
    expect(year).toMatch(/^\d{4}$/);
  });

  it('keeps the names of an earlier calendar: a second insert adds a sheet, never repoints them', async () => {
    const { fake, ops } = setUp();
    const first = await ops.insertTemplate('calendar', 'en-US');
    const second = await ops.insertTemplate('calendar', 'en-US');
    expect(second.sheetName).not.toBe(first.sheetName);
    expect(fake.workbook.names).toHaveLength(Object.values(WORKDAY_NAMES).length);
    expect(fake.workbook.names[0]!.reference).toContain(first.sheetName);
  });
});

describe('print settings need ExcelApi 1.9 (worksheet.pageLayout)', () => {
  it('a host without it gets the sheet without print settings, rather than a failed insert', async () => {
    const { fake, ops } = setUp({ pageLayout: false });
    await ops.insertTemplate('tracker', 'zh-CN');
    expect(
      fake.workbook.sheetNamed(planTemplate('tracker', 'zh-CN').sheetName).pageLayout,
    ).toBeNull();
  });

  it('the fake refuses pageLayout on such a host, as Excel does (ApiNotFound)', async () => {
    const { fake } = setUp({ pageLayout: false });
    fake.workbook.addSheet('S');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
