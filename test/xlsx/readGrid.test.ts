import ExcelJS from 'exceljs';
import { plainValue, readGrid, readGrids } from '../../src/xlsx/readGrid';

/** Writes and reloads, so values come back the way ExcelJS reads real files. */
async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded;
}

describe('plainValue gives the raw value Office.js would report', () => {
  it('keeps numbers, strings and booleans; empties become ""', () => {
    expect(plainValue(42.5)).toBe(42.5);
    expect(plainValue('下周')).toBe('下周');
    expect(plainValue(true)).toBe(true);
    expect(plainValue(null)).toBe('');
    expect(plainValue(undefined)).toBe('');
  });

  it('turns a Date into its 1900-system serial, whatever the time zone', () => {
    expect(plainValue(new Date(Date.UTC(2023, 6, 15)))).toBe(45122);
    expect(plainValue(new Date(Date.UTC(2023, 8, 1, 14, 0)))).toBeCloseTo(45170 + 14 / 24, 10);
  });

  it('joins rich text runs and reads hyperlinks by their text', () => {
    expect(
      plainValue({ richText: [{ text: '需产品部' }, { text: '确认', font: { bold: true } }] }),
    ).toBe('需产品部确认');
    expect(plainValue({ text: 'OP-001', hyperlink: 'https://example.com' })).toBe('OP-001');
    expect(plainValue({ text: { richText: [{ text: 'link' }] }, hyperlink: '#A1' })).toBe('link');
  });

  it('reads formulas by their cached result, and error values as their text', () => {
    expect(plainValue({ formula: 'A1+1', result: 7 })).toBe(7);
    expect(plainValue({ sharedFormula: 'B2', result: 'x' })).toBe('x');
    expect(plainValue({ formula: 'TODAY()', result: new Date(Date.UTC(2023, 6, 20)) })).toBe(45127);
    expect(plainValue({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(plainValue({ formula: 'A1' })).toBe('');
    expect(plainValue({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('readGrid', () => {
  it('reads the used range with its origin and a merged title kept in its first cell only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Team tracker');
    sheet.mergeCells('B2:E2');
    sheet.getCell('B2').value = '2023年7月 运营任务';
    sheet.getRow(3).values = [undefined, undefined, '任务名称', '截止日期', '负责人', '状态'];
    sheet.getCell('C4').value = { richText: [{ text: 'Q3客户' }, { text: '满意度调研' }] };
    sheet.getCell('D4').value = new Date(Date.UTC(2023, 6, 15));
    sheet.getCell('D4').numFmt = 'yyyy-mm-dd';
    sheet.getCell('E4').value = { text: '张*', hyperlink: 'mailto:z@example.com' };
    sheet.getCell('F4').value = { formula: 'IF(1,"进行中","")', result: '进行中' };
    sheet.getCell('D5').value = { formula: 'D4+1', result: { error: '#VALUE!' } };

    const grid = readGrid((await reload(workbook)).getWorksheet('Team tracker')!);
    expect(grid.origin).toEqual({ row: 1, column: 1 });
    expect(grid.tableName).toBeUndefined();
    expect(grid.cells).toEqual([
      ['2023年7月 运营任务', '', '', '', ''],
      ['', '任务名称', '截止日期', '负责人', '状态'],
      ['', 'Q3客户满意度调研', 45122, '张*', '进行中'],
      ['', '', '#VALUE!', '', ''],
    ]);
  });

  it('names the sheet by our table and ignores other tables', async () => {
    const workbook = new ExcelJS.Workbook();
    const ours = workbook.addWorksheet('任务跟踪表 (2)');
    ours.addTable({
      name: 'OpsTasks2',
      ref: 'A1',
      columns: [{ name: '任务名称' }, { name: '截止日期' }],
      rows: [['a', 45122]],
    });
    const theirs = workbook.addWorksheet('Budget');
    theirs.addTable({ name: 'Budget', ref: 'A1', columns: [{ name: 'x' }], rows: [[1]] });
    const [first, second] = readGrids(await reload(workbook));
    expect(first?.tableName).toBe('OpsTasks2');
    expect(second?.tableName).toBeUndefined();
  });

  it("gives our table's extent, blank rows inside it included", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('月度运营复盘表');
    sheet.getCell('A1').value = '标题';
    sheet.addTable({
      name: 'OpsReview',
      ref: 'A3',
      columns: [{ name: '复盘周期' }, { name: '关键任务完成率' }],
      rows: [
        ['2023-05', ''],
        ['', ''],
        ['2023-07', ''],
      ],
    });
    const [grid] = readGrids(await reload(workbook));
    expect(grid?.tableExtent).toEqual({ headerRow: 2, dataRows: 3 });
  });

  it('gives 1900-system serials for a workbook in the 1904 date system', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Mac');
    sheet.getCell('A1').value = new Date(Date.UTC(2023, 6, 15));
    sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    expect(readGrid((await reload(workbook)).getWorksheet('Mac')!).cells).toEqual([[45122]]);
  });

  it('reads at most 256 columns, and stays small with a stray value far below', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Stray');
    sheet.getCell('A1').value = 'Task';
    sheet.getCell(1, 300).value = 'far right';
    sheet.getCell(100_000, 1).value = 'far below';
    const grid = readGrid((await reload(workbook)).getWorksheet('Stray')!);
    expect(grid.cells[0]).toHaveLength(256);
    expect(grid.cells).toHaveLength(100_000);
    expect(grid.cells[1]).toBe(grid.cells[50_000]);
    expect(grid.cells[99_999]?.[0]).toBe('far below');
  });

  it('reads an empty sheet as an empty grid', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty').getCell('C3').value = '   ';
    expect(readGrid((await reload(workbook)).getWorksheet('Empty')!)).toEqual({
      sheetName: 'Empty',
      cells: [],
      origin: { row: 0, column: 0 },
    });
  });
});
