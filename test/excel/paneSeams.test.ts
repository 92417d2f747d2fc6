/**
 * What the pane asks of the gateway besides the shared use cases: what the
 * workbook holds, its change events (stale results), the review of a month
 * with nothing due (asked before writing, SPEC §12), rows of review lines,
 * and inserting the handbook's example.
 */
import {
  dayToSerial,
  serialToDay,
  getTemplate,
  TABLE_NAMES,
  type TemplateKind,
} from '../../src/core';
import type { OfficeHost } from '../../src/excel';
import { fillTable, setUp } from './helpers';

const TODAY = '2023-07-20';
const options = { locale: 'zh-CN' as const, today: TODAY };

/** A host with every ExcelApi set up to `minor` (1.minor). */
const excelUpTo = (minor: number): OfficeHost => ({
  isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= minor,
});

describe('describeWorkbook', () => {
  it('names the kinds of our tables and the years the work calendar table states', async () => {
    const { fake, ops } = setUp();
    expect(await ops.describeWorkbook()).toEqual({ kinds: new Set(), calendarYears: [] });
    await ops.insertTemplate('tracker', 'zh-CN');
    await ops.insertTemplate('calendar', 'en-US');
    const holdings = await ops.describeWorkbook();
    expect(holdings.kinds).toEqual(new Set<TemplateKind>(['tracker', 'calendar']));
    // The calendar is inserted with the package's days of this year and the next: their years, as the table holds them.
    const table = fake.workbook.table(TABLE_NAMES.calendar)!;
    const years = new Set<number>();
    for (let r = 1; r < table.rect.rowCount; r++) {
      const serial = table.sheet.cellAt(table.rect.row + r, table.rect.column).value;
      if (typeof serial === 'number') years.add(Number((serialToDay(serial) ?? '').slice(0, 4)));
    }
    expect(holdings.calendarYears).toEqual([...years].sort((a, b) => a - b));
    fillTable(fake, 'calendar', [{ date: dayToSerial('2031-10-01'), type: '休' }]);
    expect((await ops.describeWorkbook()).calendarYears).toContain(2031);
  });

  it('reads names and the calendar cells in two syncs', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('calendar', 'zh-CN');
    fake.resetStats();
    await ops.describeWorkbook();
    expect(fake.stats.syncs).toBe(2);
  });
});

describe('watchChanges', () => {
  /** Events Excel delivers after a sync have arrived (the fake sends them on a timer, as Excel does). */
  const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('hears a person’s edit, not the add-in’s own writes (ExcelApi 1.14)', async () => {
    const { fake, ops } = setUp({ host: excelUpTo(14) });
    await ops.insertTemplate('tracker', 'zh-CN');
    const heard: number[] = [];
    const stop = await ops.watchChanges(() => heard.push(heard.length));
    const sheet = getTemplate('tracker').sheetName['zh-CN'];
    await fake.workbook.userEdits(sheet, 'B2', '新任务');
    expect(heard).toHaveLength(1);
    // Our own writes fire the event too, marked as this add-in's, after their sync.
    await ops.insertTemplate('collab', 'zh-CN');
    await ops.recalculateReview('2023-07', options);
    await ops.checkWorkbook(options);
    await delivered();
    expect(heard).toHaveLength(1);
    stop();
    await fake.workbook.userEdits(sheet, 'B3', '又一个');
    expect(heard).toHaveLength(1);
  });

  it('one Excel handler serves every watcher', async () => {
    const { fake, ops } = setUp({ host: excelUpTo(14) });
    await ops.watchChanges(() => undefined);
    await ops.watchChanges(() => undefined);
    expect(fake.workbook.changeHandlers).toHaveLength(1);
  });

  it('the fake fires the add-in’s own writes after their sync, without a source before ExcelApi 1.14', async () => {
    const { fake, ops } = setUp({ host: excelUpTo(14), triggerSource: false });
    const events: unknown[] = [];
    await fake.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        events.push(event);
      });
      await context.sync();
    });
    await ops.insertTemplate('tracker', 'zh-CN');
    expect(events).toEqual([]);
    await delivered();
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => JSON.stringify(event) === '{}')).toBe(true);
  });

  it.each([9, 13])(
    'with ExcelApi 1.%i (change events without a source) watches nothing: our writes would look like the user’s',
    async (minor) => {
      const { fake, ops } = setUp({ host: excelUpTo(minor), triggerSource: false });
      const stop = await ops.watchChanges(() => {
        throw new Error('must not be called');
      });
      expect(fake.workbook.changeHandlers).toHaveLength(0);
      await ops.insertTemplate('tracker', 'zh-CN');
      await delivered();
      stop();
    },
  );

  it('without ExcelApi 1.9 watches nothing and fails nothing', async () => {
    const { fake, ops } = setUp({ host: excelUpTo(8) });
    const stop = await ops.watchChanges(() => {
      throw new Error('must not be called');
    });
    expect(fake.workbook.changeHandlers).toHaveLength(0);
    stop();
  });
});

describe('recalculateReviewIfDue (SPEC §12)', () => {
  it('a month with nothing due is computed and nothing is written', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    await ops.insertTemplate('review', 'zh-CN');
    const before = fake.workbook.snapshot();
    const outcome = await ops.recalculateReviewIfDue('2023-07', options);
    expect(outcome).toMatchObject({ nothingDue: true, model: { month: '2023-07', scope: 0 } });
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it('a month with tasks due is written as recalculateReview writes it, with each line’s row', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('tracker', 'zh-CN');
    fillTable(fake, 'tracker', [
      {
        id: 'OP-001',
        name: '调研',
        owner: '张*',
        due: dayToSerial('2023-07-15'),
        status: '进行中',
      },
    ]);
    const outcome = await ops.recalculateReviewIfDue('2023-07', options);
    if ('nothingDue' in outcome) throw new Error('expected a written review');
    expect(outcome.model.delayed.map((task) => task.id)).toEqual(['OP-001']);
    const sheet = getTemplate('tracker').sheetName['zh-CN'];
    // The task's name (任务名称), where the person recognises the row.
    expect(outcome.model.locations?.delayed).toEqual([{ sheet, cell: 'B2' }]);
    expect(fake.workbook.table(TABLE_NAMES.review)).toBeDefined();
  });

  it('gives each template section the workbook holds, and none for the rest', async () => {
    const { ops } = setUp();
    await ops.insertTemplate('actions', 'zh-CN', { withSample: true });
    const outcome = await ops.recalculateReviewIfDue('2023-07', options);
    expect(outcome.sections.map((section) => section.key)).toEqual(['actions']);
    expect(outcome.sections[0]?.card.title).toMatch(/2023-07/);
  });
});

describe('insert with the handbook example', () => {
  it('writes the template’s sample rows instead of one empty row', async () => {
    const { fake, ops } = setUp();
    const inserted = await ops.insertTemplate('actions', 'zh-CN', { withSample: true });
    const table = fake.workbook.table(inserted.tableName)!;
    const sample = getTemplate('actions').sample!['zh-CN'];
    expect(table.rect.rowCount - 1).toBe(sample.length);
    const plain = await ops.insertTemplate('actions', 'zh-CN');
    expect(fake.workbook.table(plain.tableName)!.rect.rowCount - 1).toBe(1);
  });
});
