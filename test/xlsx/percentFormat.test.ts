/**
 * SPEC §13 on the file edge: a number whose cell format shows a percentage
 * (built-in 9 `0%`, 10 `0.00%`, or a custom code with `%`) is listed in the
 * grid's `percentFormatted`, by both readers alike, so `check` reads 1.5
 * there as 150% (out of range) and not as 1.5%.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { parsePercentStyles } from '../../src/xlsx/read/dateStyles';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { readGrids } from '../../src/xlsx/readGrid';
import { inflate } from './support/reviewWrite';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-percent-format-'));

async function trackerFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('计划');
  sheet.addRow(['任务', '负责人', '截止日期', '状态', '进度', '预算']);
  sheet.addRow(['任务1', '张*', '2030-08-31', '进行中', 0.5, 1.5]);
  sheet.addRow(['任务2', '张*', '2030-08-31', '进行中', 1.5, 2]);
  sheet.addRow(['任务3', '张*', '2030-08-31', '进行中', 0.25, 3]);
  sheet.addRow(['任务4', '张*', '2030-08-31', '进行中', 40, 4]);
  sheet.getCell('E2').numFmt = '0%';
  sheet.getCell('E3').numFmt = '0%';
  sheet.getCell('E4').numFmt = '0.0%';
  // Unformatted 40 is 40% as before; 预算 is no percent column, formatted or not.
  sheet.getCell('F2').numFmt = '0%';
  const file = path.join(dir, 'tracker.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

async function check(
  file: string,
): Promise<{ issues: { cell: string; code: string; message: string }[] }> {
  let stdout = '';
  await runCli(
    ['check', file, '--json', '--today', '2030-07-01'],
    {},
    {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      now: () => new Date(2030, 6, 1),
    },
  );
  return JSON.parse(stdout);
}

describe('percentage cell formats in a file', () => {
  it('the styles part marks built-in 9 and 10 and custom codes with % as percentages', () => {
    const xml = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0&quot;%&quot;"/></numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    expect(parsePercentStyles(xml)).toEqual([false, true, true, true, false, false]);
  });

  it('both readers list the same percentage-formatted runs', async () => {
    const bytes = readFileSync(await trackerFile());
    const streamed = await readPackageGrids(bytes, inflate);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(streamed).toEqual(readGrids(workbook));
    expect(streamed[0]?.percentFormatted).toEqual([
      { top: 1, left: 4, bottom: 3, right: 4 },
      { top: 1, left: 5, bottom: 1, right: 5 },
    ]);
  });

  it('check reads formatted 1.5 as 150%, an invalid-percent error on its cell; unformatted 40 as 40%', async () => {
    const result = await check(await trackerFile());
    expect(result.issues.map(({ cell, code }) => ({ cell, code }))).toEqual([
      { cell: 'E3', code: 'invalid-percent' },
    ]);
    expect(result.issues[0]?.message).toContain('150%');
  });
});
