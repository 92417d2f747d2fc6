/**
 * What real Excel does that a lenient fake hid (issue 9, points 7, 8 and 10):
 * partial application of a failed sync, GeneralException for an oversized
 * payload, the documented "add at the end", table names that collide with
 * defined names, hidden sheets, tables.add on a sheet that is not active,
 * and a validation alert that would block typing.
 */
import { getTemplate, TABLE_NAMES } from '../../src/core';
import { WORKDAY_NAMES } from '../../src/core/calendar';
import type { OpsError } from '../../src/excel';
import { HEADER_PROBE_ROWS } from '../../src/excel/readValues';
import { fillTable, setUp, type Row } from './helpers';

const TODAY = '2023-07-20';
const options = { locale: 'zh-CN' as const, today: TODAY };
const trackerSheet = getTemplate('tracker').sheetName['zh-CN'];
const reviewSheet = getTemplate('review').sheetName['zh-CN'];

function reviewPeriods(fake: ReturnType<typeof setUp>['fake']): unknown[] {
  const table = fake.workbook.table(TABLE_NAMES.review);
  if (!table) throw new Error('no review table');
  const period = getTemplate('review').columns.findIndex((c) => c.type === 'period');
  return Array.from(
    { length: table.rect.rowCount - 1 },
    (_, r) => table.sheet.cellAt(table.rect.row + 1 + r, table.rect.column + period).value,
  );
}

describe('a retried write batch is safe (a sync is not a transaction)', () => {
  it('an insert that failed partway leaves no half-built sheet and no “任务跟踪表 (2)”', async () => {
    const { fake, ops } = setUp();
    fake.workbook.addSheet('Sheet1');
    // The write sync adds the sheet, writes some cells, then fails.
    fake.failPartway('GeneralException', 5);
    await expect(ops.insertTemplate('tracker', 'zh-CN')).resolves.toMatchObject({
      sheetName: trackerSheet,
      tableName: 'OpsTasks',
    });
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', trackerSheet]);
    expect(fake.workbook.tables.map((table) => table.name)).toEqual(['OpsTasks']);
  });

  it('an insert whose failure could not be taken back is not retried into a second sheet', async () => {
    const { fake, ops } = setUp();
    fake.workbook.addSheet('Sheet1');
    fake.failPartway('GeneralException', 5);
    // The clean-up's own read fails too.
    fake.failPartway('GeneralException', 0);
    const error = (await ops
      .insertTemplate('tracker', 'zh-CN')
      .catch((e: unknown) => e)) as OpsError;
    expect(error.code).toBe('generalException');
    expect(error.retriable).toBe(false);
    expect(
      fake.workbook.sheets.filter((sheet) => sheet.name.startsWith(trackerSheet)),
    ).toHaveLength(1);
  });

  it('a calendar insert that failed after adding its workbook names leaves none pointing at #REF!', async () => {
    // How many operations the calendar's write sync queues, so the failure comes after names.add.
    const probe = setUp();
    await probe.ops.insertTemplate('calendar', 'zh-CN');
    const writeOperations = Math.max(...probe.fake.stats.operations);

    const { fake, ops } = setUp();
    fake.workbook.addSheet('Sheet1');
    fake.failPartway('GeneralException', writeOperations - 1);
    const inserted = await ops.insertTemplate('calendar', 'zh-CN');
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', inserted.sheetName]);
    expect(fake.workbook.names.map((name) => name.name)).toEqual(Object.values(WORKDAY_NAMES));
    for (const name of fake.workbook.names) {
      expect(name.reference).toContain(inserted.sheetName);
      expect(name.reference).not.toContain('#REF!');
    }
  });

  it('a review that failed after adding its row adds no blank row when retried', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    await ops.insertTemplate('collab', 'zh-CN');
    await ops.insertTemplate('review', 'zh-CN');
    const period = getTemplate('review').columns.find((c) => c.type === 'period')!.key;
    fillTable(fake, 'review', [{ [period]: '2023-06' } as Row]);
    // rows.add (the first write) applies; the cells after it do not.
    fake.failPartway('GeneralException', 1);
    await ops.recalculateReview('2023-07', options);
    expect(reviewPeriods(fake)).toEqual(['2023-06', '2023-07']);
  });
});

describe('payload limits as some Excel on the web builds report them', () => {
  it('a GeneralException for an oversized read still splits the read', async () => {
    const { fake, ops } = setUp({ payloadLimitBytes: 20 * 1024, oversizeAs: 'GeneralException' });
    await ops.insertTemplate('tracker', 'zh-CN');
    const rows: Row[] = Array.from({ length: 600 }, (_, i) => ({
      id: `OP-${String(i + 1).padStart(3, '0')}`,
      name: `任务${i}`,
      due: '2023-07-15',
    }));
    fillTable(fake, 'tracker', rows);
    fake.resetStats();
    const result = await ops.checkWorkbook(options);
    expect(result.rowsChecked).toBe(600);
    // At least one sync was refused with GeneralException and read again in smaller blocks.
    expect(Math.max(...fake.stats.responseBytes)).toBeGreaterThan(20 * 1024);
  });

  it('a GeneralException on a single row is still reported, not taken for a size problem', async () => {
    const { fake, ops } = setUp({ payloadLimitBytes: 300, oversizeAs: 'GeneralException' });
    fake.workbook
      .addSheet('宽表')
      .seed('A1', [['任务名称', '截止日期', '负责人', 'x'.repeat(400)]]);
    await expect(ops.checkWorkbook(options)).rejects.toMatchObject({ code: 'generalException' });
  });
});

describe('reading a team sheet reads only what the header search needs first', () => {
  it('a large sheet that is no tracker is read no further than the probe', async () => {
    const { fake, ops } = setUp();
    const wide = Array.from({ length: 5000 }, (_, r) =>
      Array.from({ length: 40 }, (_, c) => `r${r}c${c}`),
    );
    fake.workbook.addSheet('库存明细').seed('A1', wide);
    fake.resetStats();
    await ops.checkWorkbook(options);
    const read = fake.stats.responseBytes.reduce((a, b) => a + b, 0);
    // The probe's rows × 40 cells of about 10 bytes, far from the 5,000 rows (2 MB) the sheet holds.
    expect(read).toBeLessThan(HEADER_PROBE_ROWS * 40 * 12 + 2048);
  });

  it('no block is taken whole when its estimate alone is over the budget', async () => {
    const { fake, ops } = setUp({ payloadLimitBytes: 5 * 1024 * 1024 });
    const header = [
      '任务名称',
      '截止日期',
      '负责人',
      ...Array.from({ length: 250 }, (_, c) => `列${c}`),
    ];
    const body = Array.from({ length: 5000 }, (_, r) => [
      `任务${r}`,
      45000,
      '张*',
      ...Array<string>(250).fill(''),
    ]);
    fake.workbook.addSheet('大台账').seed('A1', [header, ...body]);
    fake.resetStats();
    await ops.checkWorkbook(options);
    // 5,000 × 253 cells at the assumed 24 bytes is ~30 MB: more than one values sync, none rejected.
    expect(fake.stats.responseBytes.length).toBeGreaterThan(4);
    expect(fake.stats.syncs).toBe(fake.stats.responseBytes.length);
  });
});

describe('Excel’s own rules the gateway follows', () => {
  it('adds a month after the last row with the documented “at the end”, not an index past the rows', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    await ops.insertTemplate('collab', 'zh-CN');
    await ops.insertTemplate('review', 'zh-CN');
    const period = getTemplate('review').columns.find((c) => c.type === 'period')!.key;
    fillTable(fake, 'review', [{ [period]: '2023-05' } as Row, { [period]: '2023-06' } as Row]);
    await ops.recalculateReview('2023-07', options);
    expect(reviewPeriods(fake)).toEqual(['2023-05', '2023-06', '2023-07']);
  });

  it('a table name avoids defined names too', async () => {
    const { fake, ops } = setUp();
    fake.workbook.addName('OpsTasks', '=Sheet1!$A$1');
    await expect(ops.insertTemplate('tracker', 'en-US')).resolves.toMatchObject({
      tableName: 'OpsTasks2',
    });
  });

  it('the new review table avoids defined names too', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    fake.workbook.addName('OpsReview', '=Sheet1!$A$1');
    await ops.recalculateReview('2023-07', options);
    expect(fake.workbook.table('OpsReview2')).toBeDefined();
  });

  it('creates each table on its own sheet while another sheet is active', async () => {
    const { fake, ops } = setUp();
    fake.workbook.addSheet('我的表');
    expect(fake.workbook.activeSheet?.name).toBe('我的表');
    await ops.insertAllTemplates('zh-CN');
    for (const table of fake.workbook.tables) expect(table.sheet.name).not.toBe('我的表');
  });

  it('going to a cell on a hidden sheet says the sheet is hidden', async () => {
    const { fake, ops } = setUp();
    fake.workbook.addSheet('Visible');
    fake.workbook.addSheet('隐藏的表').visibility = 'Hidden';
    await expect(ops.selectCell('隐藏的表', 'B2')).rejects.toMatchObject({ code: 'sheetHidden' });
    await expect(ops.selectCell('Visible', 'B2')).resolves.toBeUndefined();
  });

  it('recalculates a review kept on a hidden sheet without trying to show it', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    await ops.insertTemplate('review', 'zh-CN');
    fake.workbook.sheetNamed(reviewSheet).visibility = 'Hidden';
    await expect(ops.recalculateReview('2023-07', options)).resolves.toMatchObject({
      sheetName: reviewSheet,
    });
    expect(reviewPeriods(fake)).toEqual(['2023-07']);
  });

  it('date and list validation warn but never block what a team types (SPEC §6)', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    const columns = getTemplate('tracker').columns;
    const at = (key: string) => {
      const table = fake.workbook.table(TABLE_NAMES.tracker)!;
      const column = columns.findIndex((c) => c.key === key);
      return String.fromCharCode(65 + table.rect.column + column) + String(table.rect.row + 2);
    };
    const sheet = fake.workbook.sheetNamed(trackerSheet);
    expect(sheet.userTypes(at('due'), '2023.07.05')).toBe('warned');
    expect(sheet.cell(at('due')).value).toBe('2023.07.05');
    expect(sheet.userTypes(at('status'), '做梦中')).toBe('warned');
    expect(sheet.userTypes(at('status'), '进行中')).toBe('accepted');
  });
});

describe('merged areas of a team sheet (ExcelApi 1.13)', () => {
  const EXCEL_1_13 = { isSetSupported: (name: string) => name === 'ExcelApi' };

  it('hands the core every merged area where the host can read them, in one read sync', async () => {
    const { fake, ops } = setUp({ host: EXCEL_1_13 });
    const sheet = fake.workbook.addSheet('运营任务');
    sheet.seed('A1', [
      ['2023年7月 任务跟踪', '', ''],
      ['任务名称', '截止日期', '负责人'],
      ['调研', 45122, '张*'],
      ['复盘', '', '李*'],
    ]);
    sheet.merge('A1:C1');
    sheet.merge('B3:B4');
    const read = jest.spyOn(await import('../../src/core'), 'checkWorkbook');
    await ops.checkWorkbook(options);
    const grids = read.mock.calls[0]?.[0] ?? [];
    expect(grids.find((grid) => grid.sheetName === '运营任务')?.mergedAreas).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
    read.mockRestore();
  });

  it('reads none on an Excel without ExcelApi 1.13, in as many syncs either way', async () => {
    const syncs: number[] = [];
    const read = jest.spyOn(await import('../../src/core'), 'checkWorkbook');
    for (const host of [undefined, EXCEL_1_13]) {
      const { fake, ops } = setUp(host ? { host } : {});
      fake.workbook.addSheet('运营任务').seed('A1', [['任务名称', '截止日期', '负责人']]);
      fake.workbook.sheetNamed('运营任务').merge('D1:E1');
      await ops.checkWorkbook(options);
      syncs.push(fake.stats.syncs);
    }
    expect(read.mock.calls[0]?.[0][0]?.mergedAreas).toBeUndefined();
    expect(read.mock.calls[1]?.[0][0]?.mergedAreas).toEqual([
      { top: 0, left: 3, bottom: 0, right: 4 },
    ]);
    expect(syncs[0]).toBe(syncs[1]);
    read.mockRestore();
  });
});
