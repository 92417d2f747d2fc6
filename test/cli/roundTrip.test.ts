/**
 * The whole life of a workbook through the CLI: template → the handbooks'
 * examples typed in, beside a team's own trackers → check → review --write →
 * people type goals and measures → review again → read back figures and
 * the typed cells.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { sheetTables } from '../../src/xlsx/tables';
import { conditionalFormatsOf } from '../../src/xlsx/sheetModel';
import { builtCli, runCli } from './support/builtCli';
import { tableProblems } from './support/integrity';
import {
  addHandbookLayoutTracker,
  addTeamTracker,
  addTraditionalTracker,
  HANDBOOK_COLLAB,
  HANDBOOK_TASKS,
  load,
  saveAs,
  typeIntoTable,
} from './support/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-roundtrip-'));
const file = (name: string) => path.join(dir, name);

/** The review table's rows as { column header → value }, by period. */
function reviewRows(workbook: ExcelJS.Workbook): Map<string, Record<string, unknown>> {
  const sheet = workbook.getWorksheet('月度运营复盘表')!;
  const table = sheetTables(sheet).find((t) => t.name === 'OpsReview')!;
  const rows = new Map<string, Record<string, unknown>>();
  for (let row = table.box.top + 1; row <= table.box.bottom; row += 1) {
    const record: Record<string, unknown> = {};
    table.columnNames.forEach((name, index) => {
      record[name] = sheet.getCell(row + 1, table.box.left + index + 1).value;
    });
    rows.set(String(record['复盘周期'] ?? ''), record);
  }
  return rows;
}

/** Every value on the review sheet (table, department block, the Updated stamp) by address. */
function sheetValues(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  workbook.getWorksheet('月度运营复盘表')!.eachRow((row) =>
    row.eachCell((cell) => {
      values[cell.address] = cell.value;
    }),
  );
  return values;
}

function review(input: string, month: string, today: string, out: string) {
  const run = runCli([
    'review',
    input,
    '--month',
    month,
    '--today',
    today,
    '--json',
    '--write',
    out,
  ]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

let workbookFile: string;

beforeAll(async () => {
  builtCli();
  workbookFile = file('运营工作簿.xlsx');
  expect(runCli(['template', 'all', '--out', workbookFile, '--lang', 'zh-CN']).status).toBe(0);
  const workbook = await load(workbookFile);
  typeIntoTable(workbook, 'OpsTasks', HANDBOOK_TASKS);
  typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
  addHandbookLayoutTracker(workbook);
  addTeamTracker(workbook);
  addTraditionalTracker(workbook);
  await saveAs(workbook, workbookFile);
}, 120_000);

it('check reads our templates and the teams’ own trackers together', () => {
  const human = runCli(['check', workbookFile, '--today', '2023-07-25', '--lang', 'zh-CN']);
  for (const sheet of [
    '任务跟踪表',
    '跨部门协作记录表',
    '日常运营任务跟踪表',
    'Team July',
    '七月任務',
  ]) {
    expect(human.stdout).toContain(`  ${sheet}（`);
  }
  const run = runCli(['check', workbookFile, '--today', '2023-07-25', '--json']);
  const report = JSON.parse(run.stdout);
  expect(report.errors).toBe(0);
  expect(run.status).toBe(0);
  const found = report.issues.map(
    (i: { sheet: string; cell: string; code: string }) => `${i.sheet}!${i.cell} ${i.code}`,
  );
  expect(found).toEqual(
    expect.arrayContaining([
      '任务跟踪表!D5 unassigned',
      '日常运营任务跟踪表!D4 unassigned',
      'Team July!D4 unassigned',
      '七月任務!D3 unassigned',
    ]),
  );
});

it('review --write fills the month, keeps typed cells through a recalculation, and inserts the next month', async () => {
  const first = review(workbookFile, '2023-07', '2023-07-25', file('july.xlsx'));
  // Due in July: 5 in our tracker, 2 in the handbook's own layout, 3 English, 2 Traditional Chinese.
  expect(first).toMatchObject({ scope: 12, completed: 5, completionRate: 0.416666 });
  expect(first.overdue).toEqual(
    expect.arrayContaining(['OP-001', 'OP-002', 'TM-001', 'TM-002', 'TW-002']),
  );
  expect(first.unassigned).toEqual(
    expect.arrayContaining(['OP-004', 'OP-102', 'TM-002', 'TW-002']),
  );

  let workbook = await load(file('july.xlsx'));
  let july = reviewRows(workbook).get('2023-07')!;
  expect(july['关键任务完成率']).toBe('41.7% (5/12)');
  expect([july['完成数'], july['任务数']]).toEqual([5, 12]);
  expect(String(july['延期任务及原因'])).toContain(
    'OP-001 Q3客户满意度调研（延期10天） — 需产品部*确认调研维度',
  );
  expect(String(july['跨部门协作问题'])).toContain('CO-002');

  // People type the goal and the measures, as the handbook's review does.
  const sheet = workbook.getWorksheet('月度运营复盘表')!;
  const table = sheetTables(sheet)[0]!;
  const julyRow = table.box.top + 2;
  sheet.getCell(julyRow, 2).value = '客户满意度提升至88%';
  sheet.getCell(julyRow, 8).value = '建立“客户信息共享台账”，明确每日同步时间';
  sheet.getCell(julyRow, 9).value = '=优化调研问卷设计流程';
  await saveAs(workbook, file('july-typed.xlsx'));

  const again = review(file('july-typed.xlsx'), '2023-07', '2023-08-02', file('july-again.xlsx'));
  expect(again.overdue).toEqual(expect.arrayContaining(['OP-004', 'OP-102']));
  const august = review(file('july-again.xlsx'), '2023-08', '2023-08-02', file('august.xlsx'));
  expect(august).toMatchObject({ month: '2023-08', scope: 1, completed: 0 });

  workbook = await load(file('august.xlsx'));
  expect(tableProblems(workbook)).toEqual([]);
  const rows = reviewRows(workbook);
  expect([...rows.keys()]).toEqual(['2023-07', '2023-08']);
  july = rows.get('2023-07')!;
  expect(july['核心目标']).toBe('客户满意度提升至88%');
  expect(july['优化措施']).toBe('建立“客户信息共享台账”，明确每日同步时间');
  expect(july['下月重点改进方向']).toBe('=优化调研问卷设计流程');
  expect(String(july['延期任务及原因'])).toContain('OP-004');
  expect(rows.get('2023-08')!['关键任务完成率']).toBe('0.0% (0/1)');
  expect(rows.get('2023-08')!['核心目标']).toBeNull();

  // The trackers came through every write untouched: table, highlighting, text that looks like a formula.
  const tracker = workbook.getWorksheet('任务跟踪表')!;
  expect(sheetTables(tracker)[0]?.box.bottom).toBe(HANDBOOK_TASKS.length);
  expect(conditionalFormatsOf(tracker)[1]?.ref).toBe(`A2:L${HANDBOOK_TASKS.length + 1}`);
  expect(tracker.getCell('L5').value).toBe('=需确认对账口径');
  expect(workbook.getWorksheet('Team July')!.getCell('A1').value).toBe(
    'Operations tasks — July 2023',
  );
});

it('recalculating the same month twice gives the identical sheet', async () => {
  review(workbookFile, '2023-07', '2023-07-25', file('once.xlsx'));
  review(file('once.xlsx'), '2023-07', '2023-07-25', file('twice.xlsx'));
  expect(sheetValues(await load(file('twice.xlsx')))).toEqual(
    sheetValues(await load(file('once.xlsx'))),
  );
});
