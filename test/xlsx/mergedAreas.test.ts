/** Issue 15: the .xlsx reader hands the core a sheet's merged areas, so merged owners and due dates fill their rows. */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/core';
import { readGrid } from '../../src/xlsx/readGrid';

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded;
}

describe('merged areas from an .xlsx file', () => {
  it('are read as zero-based areas, and an owner and due merged over three tasks fill all three', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('周计划');
    sheet.mergeCells('A1:D1');
    sheet.getCell('A1').value = '第20周工作计划';
    sheet.getRow(2).values = ['任务', '负责人', '截止日期', '状态'];
    sheet.getRow(3).values = ['整理需求', '张*', new Date(Date.UTC(2024, 4, 17)), '进行中'];
    sheet.getRow(4).values = ['评审原型', null, null, '未开始'];
    sheet.getRow(5).values = ['输出排期', null, null, '未开始'];
    sheet.mergeCells('B3:B5');
    sheet.mergeCells('C3:C5');

    const grid = readGrid((await reload(workbook)).getWorksheet('周计划')!);
    expect(grid.mergedAreas).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 2, left: 1, bottom: 4, right: 1 },
        { top: 2, left: 2, bottom: 4, right: 2 },
      ]),
    );
    const reading = readWorkbook([grid], { today: '2024-05-10', locale: 'zh-CN' });
    expect(reading.tasks.map((task) => [task.owner, task.due])).toEqual([
      ['张*', '2024-05-17'],
      ['张*', '2024-05-17'],
      ['张*', '2024-05-17'],
    ]);
    expect(reading.issues).toEqual([]);
  });

  it('a sheet with no merged cells has none', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').getCell('A1').value = 'x';
    expect(readGrid((await reload(workbook)).getWorksheet('S')!).mergedAreas).toBeUndefined();
  });
});
