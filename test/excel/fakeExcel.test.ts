/** The fake must behave like Excel where the gateway depends on it. */
import { createFakeExcel, installFakeOffice } from '../fake-excel';

describe('fake Excel object model', () => {
  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('Data').seed('A1', [[1, 'a']]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 'a']]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies queued writes only at sync, and flushes pending ones when the batch ends', async () => {
    const fake = createFakeExcel();
    const sheet = fake.workbook.addSheet('Data');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['x']];
      expect(sheet.cell('A1').value).toBe('');
      await context.sync();
      expect(sheet.cell('A1').value).toBe('x');
      context.workbook.worksheets.getItem('Data').getRange('B1').values = [['y']];
    });
    expect(sheet.cell('B1').value).toBe('y');
    expect(fake.stats.syncs).toBe(2);
  });

  it('resolves getItemOrNullObject to a null object after sync', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('Here');
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Gone');
      const present = context.workbook.worksheets.getItemOrNullObject('here');
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('fails a sync on a missing item, keeping the operations before it', async () => {
    const fake = createFakeExcel();
    const sheet = fake.workbook.addSheet('Data');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [[1]];
        context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound', name: 'RichApi.Error' });
    expect(sheet.cell('A1').value).toBe(1);
  });

  it('stores text that looks like a formula, number or date as Excel does', async () => {
    const fake = createFakeExcel();
    const sheet = fake.workbook.addSheet('Data');
    await fake.run(async (context) => {
      const data = context.workbook.worksheets.getItem('Data');
      data.getRange('A1:E1').values = [['=1+1', '42', '2023-07-05', '60%', 'plain']];
      const text = data.getRange('A2:B2');
      text.numberFormat = [['@', '@']];
      text.values = [['=1+1', '42']];
      await context.sync();
    });
    expect(sheet.cell('A1')).toMatchObject({ formula: '=1+1' });
    expect(sheet.cell('B1').value).toBe(42);
    expect(sheet.cell('C1').value).toBe(45112);
    expect(sheet.cell('D1').value).toBeCloseTo(0.6);
    expect(sheet.cell('E1').value).toBe('plain');
    expect(sheet.cell('A2')).toMatchObject({
      value: '=1+1',
      formula: undefined,
      numberFormat: '@',
    });
    expect(sheet.cell('B2').value).toBe('42');
  });

  it('counts syncs and request bytes, rejects oversized requests and responses', async () => {
    const fake = createFakeExcel({ payloadLimitBytes: 2000 });
    fake.workbook.addSheet('Data').seed('A1', [Array.from({ length: 300 }, (_, i) => `cell ${i}`)]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A2:KN2').values = [
          Array.from({ length: 300 }, () => 'some text'),
        ];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:KN1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(2000);
  });

  it('injects errors for the next syncs', async () => {
    const fake = createFakeExcel();
    fake.failNext('GeneralException', 2);
    const attempt = () => fake.run((context) => context.sync());
    await expect(attempt()).rejects.toMatchObject({ code: 'GeneralException' });
    await expect(attempt()).rejects.toMatchObject({ code: 'GeneralException' });
    await expect(attempt()).resolves.toBeUndefined();
  });

  it('inserts table rows by shifting the table columns and growing rules over them', async () => {
    const fake = createFakeExcel();
    const sheet = fake.workbook.addSheet('T');
    sheet.seed('A1', [
      ['h1', 'h2', '', 'beside'],
      ['a', 1, '', 'x'],
      ['b', 2],
    ]);
    const table = fake.workbook.addTable(
      sheet,
      { row: 0, column: 0, rowCount: 3, columnCount: 2 },
      'T1',
    );
    sheet.conditionalFormats.push({
      rect: { row: 1, column: 0, rowCount: 2, columnCount: 2 },
      type: 'Custom',
      formula: '=TRUE',
      fill: '#FF0000',
      priority: 0,
      stopIfTrue: false,
    });
    await fake.run(async (context) => {
      context.workbook.tables.getItemOrNullObject('T1').rows.add(1, [['new', 9]]);
      await context.sync();
    });
    expect([sheet.cell('A2').value, sheet.cell('A3').value, sheet.cell('A4').value]).toEqual([
      'a',
      'new',
      'b',
    ]);
    expect(sheet.cell('D2').value).toBe('x');
    expect(table.rect.rowCount).toBe(4);
    expect(sheet.conditionalFormats[0]?.rect.rowCount).toBe(3);
  });

  it('writes to a protected sheet fail with AccessDenied', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('Locked', { protected: true });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Locked').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('installs Office and Excel globals for pane tests', async () => {
    const fake = createFakeExcel();
    const office = installFakeOffice(fake, {
      displayLanguage: 'zh-CN',
      requirementSets: { ExcelApi: '1.9' },
      settings: { dueSoonDays: 3 },
    });
    try {
      expect(Office.context.displayLanguage).toBe('zh-CN');
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
      Office.context.document.settings.set('dueSoonDays', 5);
      await new Promise<void>((resolve) =>
        Office.context.document.settings.saveAsync(() => resolve()),
      );
      expect(office.savedSettings).toEqual({ dueSoonDays: 5 });
      await Excel.run(async (context) => {
        context.workbook.worksheets.add('Made');
        await context.sync();
      });
      expect(fake.workbook.sheet('Made')).toBeDefined();
    } finally {
      office.uninstall();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});

describe('the fake is as strict as Excel where issue 9’s bugs hid', () => {
  it('a failed sync keeps the operations before the failing one (not a transaction)', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('S');
    fake.failPartway('GeneralException', 1);
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('A1').values = [['first']];
        sheet.getRange('A2').values = [['second']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    const sheet = fake.workbook.sheetNamed('S');
    expect([sheet.cell('A1').value, sheet.cell('A2').value]).toEqual(['first', '']);
  });

  it('can report an oversized payload as GeneralException', async () => {
    const fake = createFakeExcel({ payloadLimitBytes: 100, oversizeAs: 'GeneralException' });
    fake.workbook.addSheet('S').seed('A1', [['x'.repeat(200)]]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('refuses a table name that is a defined name, and activating a hidden sheet', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('S').seed('A1', [['a'], ['1']]);
    fake.workbook.addSheet('H').visibility = 'Hidden';
    fake.workbook.addName('Taken', '=S!$A$1');
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.tables.add(sheet.getRange('A1:A2'), true).name = 'Taken';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('H').activate();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('adds a table row at the end only in the documented form (null), not at index = row count', async () => {
    const fake = createFakeExcel();
    const sheet = fake.workbook.addSheet('S');
    sheet.seed('A1', [['a'], ['1']]);
    fake.workbook.addTable(sheet, { row: 0, column: 0, rowCount: 2, columnCount: 1 }, 'T');
    const add = (index: number | null) =>
      fake.run(async (context) => {
        context.workbook.tables.getItemOrNullObject('T').rows.add(index);
        await context.sync();
      });
    await expect(add(1)).rejects.toMatchObject({ code: 'InvalidArgument' });
    await add(null);
    expect(fake.workbook.table('T')?.rect.rowCount).toBe(3);
  });

  it('a Stop alert rejects a typed invalid value; Warning and Information keep it', () => {
    const fake = createFakeExcel();
    const sheet = fake.workbook.addSheet('S');
    const rule = { list: { inCellDropDown: true, source: '高,中,低' } };
    sheet.validations.push(
      { rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 }, rule },
      {
        rect: { row: 0, column: 1, rowCount: 1, columnCount: 1 },
        rule,
        errorAlert: { showAlert: true, style: 'Warning', title: '', message: '' },
      },
      {
        rect: { row: 0, column: 2, rowCount: 1, columnCount: 1 },
        rule,
        errorAlert: { showAlert: true, style: 'Information', title: '', message: '' },
      },
    );
    expect(sheet.userTypes('A1', '紧急')).toBe('rejected');
    expect(sheet.cell('A1').value).toBe('');
    expect(sheet.userTypes('B1', '紧急')).toBe('warned');
    expect(sheet.userTypes('C1', '紧急')).toBe('warned');
    expect(sheet.cell('C1').value).toBe('紧急');
    expect(sheet.userTypes('A1', '高')).toBe('accepted');
  });
});
