/**
 * The shared use cases (src/app) over a recording in-memory port, and through
 * the fake Excel: what each reads, decides and writes, with `today` and the
 * clock given by the edge.
 */
import {
  applyFixes,
  checkWorkbook,
  insertTemplates,
  NothingRecognised,
  previewFixes,
  recalculateReview,
  reviewMonth,
  updatedStamp,
  type NamedSheetPlan,
  type WorkbookPort,
  type WorkbookSnapshot,
} from '../../src/app';
import { planFixes, type FixChange, type FixLogPlan } from '../../src/core/fix';
import type { Grid, ReviewUpdatePlan } from '../../src/core';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { createOpsWorkbook } from '../../src/excel';
import { createFakeExcel } from '../fake-excel';
import { EXCEL_1_8, seedTeamTracker } from '../excel/helpers';

interface Recorded {
  added: NamedSheetPlan[];
  reviews: ReviewUpdatePlan[];
  fixes: { changes: readonly FixChange[]; log: FixLogPlan }[];
  sessions: number;
}

/** A workbook held as grids; writes are recorded, not applied. */
function memoryPort(grids: readonly Grid[], names: readonly string[] = []) {
  const recorded: Recorded = { added: [], reviews: [], fixes: [], sessions: 0 };
  const snapshot: WorkbookSnapshot = {
    grids,
    sheetNames: grids.map((grid) => grid.sheetName),
    reviewSheet: null,
  };
  const port: WorkbookPort = {
    session: async (work) => {
      recorded.sessions += 1;
      return work({
        readNames: async () => ({ sheetNames: snapshot.sheetNames, takenNames: names }),
        read: async () => snapshot,
        addSheets: async (sheets) => {
          recorded.added.push(...sheets);
        },
        writeReview: async (plan) => {
          recorded.reviews.push(plan);
          return { sheetName: 'review', rowAddress: 'A2:J2', chartDrawn: false };
        },
        writeFixes: async (changes, log) => {
          recorded.fixes.push({ changes, log });
        },
      });
    },
  };
  return { port, recorded };
}

const TRACKER: Grid = {
  sheetName: '任务跟踪表',
  tableName: 'OpsTasks',
  origin: { row: 0, column: 0 },
  cells: [
    ['任务编号', '任务名称', '负责部门', '负责人', '开始日期', '截止日期', '优先级', '状态'],
    ['OP-001', '周报', '运营部', '张三', '2023-07-01', '2023-07-10', 'high', '进行中'],
    ['OP-002', '复盘', '销售部', '李四', '2023-07-01', '2023-07-31', '中', 'doing'],
  ],
};

const OPTIONS = { today: '2023-07-20', locale: 'zh-CN' as const };

describe('insertTemplates', () => {
  it('plans each kind with the due-soon rule in force (the highlights agree with Check)', async () => {
    const { port, recorded } = memoryPort([]);
    await insertTemplates(port, {
      kinds: ['tracker'],
      locale: 'zh-CN',
      today: '2023-07-20',
      settings: { dueSoonDays: 7 },
      statutory: STATUTORY_CALENDAR,
    });
    const dueSoon = recorded.added[0]!.plan.conditionalFormats.find((f) => f.kind === 'dueSoon');
    expect(dueSoon?.formula).toContain('TODAY()+7');
  });

  it('names each new sheet and table so that none repeats one the workbook has', async () => {
    const { port, recorded } = memoryPort([TRACKER], ['OpsTasks', 'OpsCollab']);
    const inserted = await insertTemplates(port, {
      kinds: ['tracker', 'tracker', 'collab'],
      locale: 'zh-CN',
      today: '2023-07-20',
      statutory: STATUTORY_CALENDAR,
    });
    expect(inserted.map((sheet) => [sheet.sheetName, sheet.tableName])).toEqual([
      ['任务跟踪表 (2)', 'OpsTasks2'],
      ['任务跟踪表 (3)', 'OpsTasks3'],
      ['跨部门协作记录表', 'OpsCollab2'],
    ]);
    expect(recorded.sessions).toBe(1);
  });
});

describe('checkWorkbook', () => {
  it('reads in the workbook’s own language when asked, else in the given one', async () => {
    const { port } = memoryPort([TRACKER]);
    const asked = await checkWorkbook(port, { options: { ...OPTIONS, locale: 'en-US' } });
    expect(asked.locale).toBe('en-US');
    const own = await checkWorkbook(port, {
      options: { ...OPTIONS, locale: 'en-US' },
      workbookLocale: true,
    });
    expect(own.locale).toBe('zh-CN');
    expect(own.result.sheets).toHaveLength(1);
  });
});

describe('recalculateReview', () => {
  it('stamps Updated one way: the day the figures are as of and the clock’s local time', async () => {
    const { port, recorded } = memoryPort([TRACKER]);
    const now = new Date(2030, 0, 2, 9, 5);
    await recalculateReview(port, { month: '2023-07', options: OPTIONS, now });
    expect(updatedStamp('2023-07-20', now)).toBe('2023-07-20 09:05');
    expect(JSON.stringify(recorded.reviews[0])).toContain('2023-07-20 09:05');
  });

  it('refuses a workbook with nothing recognised when asked, before writing', async () => {
    const { port, recorded } = memoryPort([]);
    await expect(
      recalculateReview(port, {
        month: '2023-07',
        options: OPTIONS,
        now: new Date(),
        requireRecognised: true,
      }),
    ).rejects.toBeInstanceOf(NothingRecognised);
    await expect(
      reviewMonth(port, { month: '2023-07', options: OPTIONS, requireRecognised: true }),
    ).rejects.toBeInstanceOf(NothingRecognised);
    expect(recorded.reviews).toEqual([]);
  });
});

describe('fix', () => {
  it('applies only previewed changes that still hold, and logs them at the clock’s time', async () => {
    const { port, recorded } = memoryPort([TRACKER]);
    const preview = await previewFixes(port);
    expect(preview.length).toBeGreaterThan(0);
    const stale: FixChange = { ...preview[0]!, before: 'something else' };
    const outcome = await applyFixes(port, {
      changes: [stale, ...preview.slice(1)],
      locale: 'zh-CN',
      now: new Date(2024, 4, 20, 9, 30, 5),
    });
    expect(outcome).toMatchObject({ applied: preview.length - 1, skipped: 1 });
    expect(recorded.fixes[0]!.changes).toEqual(preview.slice(1));
    expect(recorded.fixes[0]!.log.rows[0]![0]).toBe('2024-05-20 09:30:05');
    expect(planFixes([TRACKER])).toEqual(preview);
  });

  it('writes nothing when no previewed change still holds', async () => {
    const { port, recorded } = memoryPort([TRACKER]);
    const outcome = await applyFixes(port, { changes: [], locale: 'zh-CN', now: new Date() });
    expect(outcome).toEqual({ applied: 0, skipped: 0, logSheet: null });
    expect(recorded.fixes).toEqual([]);
  });
});

describe('through the fake Excel', () => {
  it('an insert highlights due-soon rows with the settings in force, in one read and one write sync', async () => {
    const fake = createFakeExcel();
    const ops = createOpsWorkbook(fake.run, EXCEL_1_8);
    await ops.insertTemplate('tracker', 'zh-CN', { settings: { dueSoonDays: 9 } });
    expect(fake.stats.syncs).toBe(2);
    const formulas = fake.workbook.sheets[0]!.conditionalFormats.map((f) => f.formula);
    expect(formulas.some((formula) => formula.includes('TODAY()+9'))).toBe(true);
  });

  it('the review’s Updated stamp comes from the gateway’s clock and the given today', async () => {
    const fake = createFakeExcel();
    seedTeamTracker(fake);
    const ops = createOpsWorkbook(fake.run, EXCEL_1_8, () => new Date(2031, 5, 6, 7, 8));
    const outcome = await ops.recalculateReview('2023-07', {
      locale: 'zh-CN',
      today: '2023-07-20',
    });
    const sheet = fake.workbook.sheets.find((one) => one.name === outcome.sheetName)!;
    const texts = [...sheet.cells.values()].map((cell) => String(cell.value));
    expect(texts.some((text) => text.includes('2023-07-20 07:08'))).toBe(true);
  });
});
