/**
 * Round trips and request sizes of the Excel gateway against the in-memory
 * fake, beside a naive one-sync-per-row implementation of the same work.
 * `npx tsx bench/excel.bench.ts` prints one JSON line per measurement.
 * Targets: insert in 1 write sync (+ ≤ 1 read); check N rows in
 * ≤ ceil(N / 5000) + 2 syncs; recalculate at 10k rows in ≤ 4 syncs; no
 * request estimated over 5 MB.
 */
import {
  dayToSerial,
  getTemplate,
  planTemplate,
  TABLE_NAMES,
  TEMPLATES,
  type TemplateKind,
} from '../src/core';
import { createOpsWorkbook, type ExcelContext, type OfficeHost } from '../src/excel';
import { createFakeExcel, DEFAULT_PAYLOAD_LIMIT_BYTES, type FakeExcel } from '../test/fake-excel';
import { HANDBOOK_TRACKER_HEADERS } from '../test/fixtures/handbook';

const HOST: OfficeHost = { isSetSupported: () => true };
const TODAY = '2023-07-20';
const SIZES = [1000, 10000, 50000];

function measure(fake: FakeExcel) {
  const { syncs, requestBytes, responseBytes } = fake.stats;
  return {
    syncs,
    requestBytes: requestBytes.reduce((a, b) => a + b, 0),
    maxRequestBytes: Math.max(0, ...requestBytes),
    maxResponseBytes: Math.max(0, ...responseBytes),
    underLimit: Math.max(0, ...requestBytes, ...responseBytes) <= DEFAULT_PAYLOAD_LIMIT_BYTES,
  };
}

function emit(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

const STATUSES = ['进行中', '已完成', '待启动', '已暂停'];
const DEPARTMENTS = ['市场部', '销售部', '人力资源部', '产品部', '行政部'];

/** A workbook with our three tables and N task rows typed into the tracker. */
async function workbookWith(rows: number): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await createOpsWorkbook(fake.run, HOST).insertAllTemplates('zh-CN');
  const table = fake.workbook.table(TABLE_NAMES.tracker);
  if (!table) throw new Error('tracker table missing');
  const keys = getTemplate('tracker').columns.map((c) => c.key);
  for (let r = 0; r < rows; r++) {
    const start = dayToSerial('2023-06-01') + (r % 60);
    const values: Record<string, string | number> = {
      id: `OP-${String(r + 1).padStart(5, '0')}`,
      name: `任务 ${r} 客户满意度调研问卷设计`,
      department: DEPARTMENTS[r % DEPARTMENTS.length] as string,
      owner: r % 7 === 0 ? '' : '张*',
      start,
      due: start + 14,
      priority: '高',
      status: STATUSES[r % STATUSES.length] as string,
      milestone: '7月5日完成问卷设计',
      progress: '问卷初稿已完成',
      notes: r % 3 === 0 ? '需产品部确认调研维度' : '',
    };
    keys.forEach((key, c) => {
      const value = values[key];
      if (value !== undefined)
        table.sheet.mutable(table.rect.row + 1 + r, table.rect.column + c).value = value;
    });
  }
  table.rect = { ...table.rect, rowCount: rows + 1 };
  fake.resetStats();
  return fake;
}

/** A team's own tracker (title row, handbook headers, `起止时间` ranges) with N rows, no table. */
function teamTracker(rows: number): FakeExcel {
  const fake = createFakeExcel();
  const sheet = fake.workbook.addSheet('运营任务');
  sheet.seed('A1', [
    ['2023年7月 日常运营任务跟踪表'],
    [...HANDBOOK_TRACKER_HEADERS],
    ...Array.from({ length: rows }, (_, r) => [
      `OP-${String(r + 1).padStart(5, '0')}`,
      `任务 ${r} 客户满意度调研`,
      DEPARTMENTS[r % DEPARTMENTS.length] as string,
      '张*',
      '2023.07.01-07.15',
      '高',
      STATUSES[r % STATUSES.length] as string,
      '7月5日完成问卷设计',
      '问卷初稿已完成',
      '需产品部确认调研维度',
    ]),
  ]);
  return fake;
}

/** Naive: read the used range, then every row in its own sync. */
async function naiveRead(context: ExcelContext): Promise<unknown[][]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const rows: unknown[][] = [];
  for (const sheet of sheets.items) {
    const used = sheet
      .getUsedRangeOrNullObject(true)
      .load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) continue;
    for (let r = 0; r < used.rowCount; r++) {
      const line = sheet
        .getRangeByIndexes(used.rowIndex + r, used.columnIndex, 1, used.columnCount)
        .load('values');
      await context.sync();
      rows.push(line.values[0] ?? []);
    }
  }
  return rows;
}

/** Naive insert: the same template, one sync per column (header, format, width, validation). */
async function naiveInsert(fake: FakeExcel, kind: TemplateKind): Promise<void> {
  const plan = planTemplate(kind, 'zh-CN');
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.add(plan.sheetName);
    await context.sync();
    for (const [c, column] of plan.columns.entries()) {
      const cell = sheet.getRangeByIndexes(0, c, 2, 1);
      cell.numberFormat = [['@'], [column.numberFormat]];
      cell.values = [[column.header], ['']];
      cell.format.columnWidth = column.width * 7;
      await context.sync();
    }
    sheet.tables.add(`A1:${String.fromCharCode(64 + plan.columns.length)}2`, true).name =
      plan.tableName;
    await context.sync();
    for (const rule of plan.conditionalFormats) {
      const format = sheet
        .getRangeByIndexes(1, rule.firstColumn, 1, rule.lastColumn - rule.firstColumn + 1)
        .conditionalFormats.add('Custom');
      format.custom.rule.formula = rule.formula;
      await context.sync();
    }
    sheet.freezePanes.freezeRows(1);
    await context.sync();
  });
}

async function main(): Promise<void> {
  for (const { kind } of TEMPLATES) {
    const fake = createFakeExcel();
    await createOpsWorkbook(fake.run, HOST).insertTemplate(kind, 'zh-CN');
    const ours = measure(fake);
    const naive = createFakeExcel();
    await naiveInsert(naive, kind);
    emit({
      name: 'excel.insert',
      template: kind,
      ...ours,
      naiveSyncs: naive.stats.syncs,
      ratio: naive.stats.syncs / ours.syncs,
    });
  }

  for (const rows of SIZES) {
    const fake = await workbookWith(rows);
    const ops = createOpsWorkbook(fake.run, HOST);
    let started = performance.now();
    const result = await ops.checkWorkbook({ locale: 'zh-CN', today: TODAY });
    const checkMs = performance.now() - started;
    const check = measure(fake);
    fake.resetStats();
    await fake.run(naiveRead);
    const naiveCheck = fake.stats.syncs;
    emit({
      name: 'excel.check',
      rows,
      rowsChecked: result.rowsChecked,
      ...check,
      target: Math.ceil(rows / 5000) + 2,
      ms: Math.round(checkMs),
      naiveSyncs: naiveCheck,
      ratio: Math.round((naiveCheck / check.syncs) * 10) / 10,
    });

    const team = teamTracker(rows);
    started = performance.now();
    const teamResult = await createOpsWorkbook(team.run, HOST).checkWorkbook({
      locale: 'zh-CN',
      today: TODAY,
    });
    emit({
      name: 'excel.check.teamTracker',
      rows,
      rowsChecked: teamResult.rowsChecked,
      ...measure(team),
      target: Math.ceil(rows / 5000) + 2,
      ms: Math.round(performance.now() - started),
    });

    fake.resetStats();
    started = performance.now();
    await ops.recalculateReview('2023-07', { locale: 'zh-CN', today: TODAY });
    const recalcMs = performance.now() - started;
    const recalc = measure(fake);
    // Naive recalculation: the same row-by-row read, then one sync per written cell of the month's row.
    const naiveWrites = getTemplate('review').columns.filter((c) => c.computed).length + 2;
    emit({
      name: 'excel.recalculate',
      rows,
      ...recalc,
      target: rows === 10000 ? 4 : null,
      ms: Math.round(recalcMs),
      naiveSyncs: naiveCheck + naiveWrites,
      ratio: Math.round(((naiveCheck + naiveWrites) / recalc.syncs) * 10) / 10,
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
