import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openWorkbook, saveWorkbook, WorkbookFileError } from '../../src/xlsx/workbook';
import { oleCompoundFile } from '../cli/support/oleFile';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-workbook-'));
const file = (name: string) => path.join(dir, name);

async function problemOf(filePath: string): Promise<string> {
  try {
    await openWorkbook(filePath);
    return 'opened';
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookFileError);
    return (error as WorkbookFileError).problem;
  }
}

describe('openWorkbook says why a file cannot be used', () => {
  it('reports a missing file and a folder as missing', async () => {
    expect(await problemOf(file('nowhere.xlsx'))).toBe('missing-file');
    mkdirSync(file('folder.xlsx'));
    expect(await problemOf(file('folder.xlsx'))).toBe('missing-file');
  });

  it('reports text, an empty file and a CSV as not xlsx', async () => {
    writeFileSync(file('notes.xlsx'), 'just some text');
    writeFileSync(file('empty.xlsx'), '');
    writeFileSync(file('table.xlsx'), 'a,b\n1,2\n');
    expect(await problemOf(file('notes.xlsx'))).toBe('not-xlsx');
    expect(await problemOf(file('empty.xlsx'))).toBe('not-xlsx');
    expect(await problemOf(file('table.xlsx'))).toBe('not-xlsx');
  });

  it('reports an encrypted package (OLE file with EncryptedPackage) as password-protected', async () => {
    writeFileSync(file('locked.xlsx'), oleCompoundFile(['EncryptionInfo', 'EncryptedPackage']));
    expect(await problemOf(file('locked.xlsx'))).toBe('password-protected');
  });

  it('reports any other OLE file as the legacy .xls format', async () => {
    writeFileSync(file('old.xlsx'), oleCompoundFile(['Workbook', 'SummaryInformation']));
    expect(await problemOf(file('old.xlsx'))).toBe('legacy-xls');
  });

  it('reports a zip that is not a workbook, and a truncated workbook, as damaged', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell('A1').value = 'x';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    writeFileSync(file('truncated.xlsx'), bytes.subarray(0, bytes.length / 2));
    // A zip holding one file and no workbook part.
    writeFileSync(
      file('other.xlsx'),
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(60, 0x20)]),
    );
    expect(await problemOf(file('truncated.xlsx'))).toBe('damaged');
    expect(await problemOf(file('other.xlsx'))).toBe('damaged');
  });

  it('opens a real workbook and saves it back atomically', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('任务').getCell('A1').value = '任务名称';
    await saveWorkbook(workbook, file('good.xlsx'));
    const reopened = await openWorkbook(file('good.xlsx'));
    expect(reopened.worksheets.map((sheet) => sheet.name)).toEqual(['任务']);
    expect(reopened.getWorksheet('任务')?.getCell('A1').value).toBe('任务名称');
  });

  it('reports a write into a missing folder as write-failed', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x');
    await expect(saveWorkbook(workbook, file('no/such/dir/out.xlsx'))).rejects.toMatchObject({
      problem: 'write-failed',
    });
  });
});
