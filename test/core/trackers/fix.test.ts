/** SPEC §13 Fix: each conversion before/after, the log, a second Fix finds nothing, data safety. */
import fc from 'fast-check';
import { checkWorkbook, type Grid } from '../../../src/core';
import { planFixes, planFixLog, type FixChange } from '../../../src/core/fix';
import { CLEAN_TASK, grid, headers, row, tracker, ZH } from '../grids';
import * as gallery from './gallery';

const brief = (changes: readonly FixChange[]) =>
  changes.map(({ sheet, cell, kind, before, after }) => ({ sheet, cell, kind, before, after }));

/** The grid after an edge applied exactly `changes`. */
function applied(target: Grid, changes: readonly FixChange[]): Grid {
  const cells = target.cells.map((line) => [...line]);
  for (const change of changes) {
    if (change.sheet !== target.sheetName) continue;
    const line = cells[change.row - target.origin.row]!;
    const column = change.column - target.origin.column;
    line[column] =
      change.after.kind === 'day'
        ? change.after.serial
        : change.after.kind === 'text'
          ? change.after.text
          : '';
  }
  return { ...target, cells };
}

describe('Fix: each conversion in our own table', () => {
  const ours = tracker([
    {
      ...CLEAN_TASK,
      start: '2023.07.01',
      due: '2023年7月25日 周二',
      status: '处理中',
      priority: 'H',
      owner: '待定',
    },
  ]);

  it('text dates become real dates in the column format; synonyms become dropdown values; placeholders blank', () => {
    expect(brief(planFixes([ours]))).toEqual([
      {
        sheet: '任务跟踪表',
        cell: 'D2',
        kind: 'noOwner',
        before: '待定',
        after: { kind: 'blank' },
      },
      {
        sheet: '任务跟踪表',
        cell: 'E2',
        kind: 'textDate',
        before: '2023.07.01',
        after: { kind: 'day', day: '2023-07-01', serial: 45108, numberFormat: 'yyyy-mm-dd' },
      },
      {
        sheet: '任务跟踪表',
        cell: 'F2',
        kind: 'textDate',
        before: '2023年7月25日 周二',
        after: { kind: 'day', day: '2023-07-25', serial: 45132, numberFormat: 'yyyy-mm-dd' },
      },
      {
        sheet: '任务跟踪表',
        cell: 'G2',
        kind: 'priority',
        before: 'H',
        after: { kind: 'text', text: '高' },
      },
      {
        sheet: '任务跟踪表',
        cell: 'H2',
        kind: 'status',
        before: '处理中',
        after: { kind: 'text', text: '进行中' },
      },
    ]);
  });

  it('an English table gets English dropdown values', () => {
    const english = tracker(
      [{ ...CLEAN_TASK, start: 45108, due: 45132, status: '进行中', priority: 'high' }],
      'Tasks',
      'en-US',
    );
    expect(brief(planFixes([english])).map(({ cell, after }) => [cell, after])).toEqual([
      ['G2', { kind: 'text', text: 'High' }],
      ['H2', { kind: 'text', text: 'In progress' }],
    ]);
  });

  it('after Fix, Check no longer reports text dates, and a second Fix finds nothing', () => {
    const fixed = applied(ours, planFixes([ours]));
    expect(checkWorkbook([fixed], ZH).issues.map((issue) => issue.code)).toEqual(['unassigned']);
    expect(planFixes([fixed])).toEqual([]);
  });

  it('what Fix cannot read it leaves alone: unknown words, not-dates, real dates, names', () => {
    const untouched = tracker([
      { ...CLEAN_TASK, start: 45108, due: '下周', status: '看情况', priority: 'P9', owner: '张*' },
    ]);
    expect(planFixes([untouched])).toEqual([]);
  });

  it('a date with a time of day in a date-and-time column becomes date and time (2023-07-05 14:00, 下午3点)', () => {
    const log = grid('协作', [
      headers('collab'),
      row('collab', {
        topic: '对接',
        meetingDate: '2023-07-05 14:00',
        deadline: '2023-07-22',
        status: '进行中',
        lead: '王*',
        follower: '赵*',
      }),
      row('collab', {
        topic: '复盘',
        meetingDate: '2023/7/6 下午3点',
        deadline: '2023-07-25',
        status: '进行中',
        lead: '王*',
        follower: '赵*',
      }),
    ]);
    const meetings = planFixes([log]).filter((change) => change.field === 'meetingDate');
    expect(meetings.map(({ cell, before, after }) => ({ cell, before, after }))).toEqual([
      {
        cell: 'F2',
        before: '2023-07-05 14:00',
        after: expect.objectContaining({
          day: '2023-07-05',
          minutes: 840,
          serial: 45112 + 840 / 1440,
        }),
      },
      {
        cell: 'F3',
        before: '2023/7/6 下午3点',
        after: expect.objectContaining({
          day: '2023-07-06',
          minutes: 900,
          serial: 45113 + 900 / 1440,
        }),
      },
    ]);
    expect(meetings[0]!.after).toMatchObject({ numberFormat: expect.stringMatching(/h/) });
    expect(planFixLog([log], ['协作'], meetings, '2023-07-10 09:00', 'zh-CN').rows[0]).toEqual([
      '2023-07-10 09:00',
      '协作',
      'F2',
      '2023-07-05 14:00',
      '2023-07-05 14:00',
    ]);
  });

  it('a date with a time in a date column becomes its day, as Check reads it (SPEC §4)', () => {
    const ours = tracker([{ ...CLEAN_TASK, due: '2023-07-25 14:30' }]);
    const due = planFixes([ours]).filter((change) => change.field === 'due');
    expect(due.map(({ after }) => after)).toEqual([
      expect.objectContaining({ day: '2023-07-25', serial: 45132 }),
    ]);
    expect(due[0]!.after).not.toHaveProperty('minutes');
  });

  it('a time that is no time (25:00) leaves a date-and-time cell as it is', () => {
    const log = grid('协作', [
      headers('collab'),
      row('collab', {
        topic: '对接',
        meetingDate: '2023-07-05 25:00',
        deadline: 45130,
        status: '进行中',
        lead: '王*',
        follower: '赵*',
      }),
    ]);
    expect(planFixes([log]).filter((change) => change.field === 'meetingDate')).toEqual([]);
  });
});

describe('Fix: recognised team sheets', () => {
  it('a day-first column converts by its order; 周五 and (Fri) go; merged rows are written once', () => {
    const english = grid('Launch plan', [
      ['Task', 'Owner', 'Start', 'Due', 'Status'],
      ['Vendor shortlist', 'Ann', gallery.serial('2024-05-01'), '25-05-2024', 'Closed'],
      ['Pricing page', 'Bob', gallery.serial('2024-05-06'), '10-05-2024', 'Doing'],
      ['Press kit', 'TBD', '2024-05-10 (Fri)', gallery.serial('2024-05-24'), 'To do'],
    ]);
    const changes = planFixes([english, gallery.mergedOwnerAndDue]);
    expect(
      brief(changes).map(({ sheet, cell, kind, before }) => `${sheet}!${cell} ${kind} ${before}`),
    ).toEqual([
      'Launch plan!D2 textDate 25-05-2024',
      'Launch plan!E2 status Closed',
      'Launch plan!D3 textDate 10-05-2024',
      'Launch plan!E3 status Doing',
      'Launch plan!B4 noOwner TBD',
      'Launch plan!C4 textDate 2024-05-10 (Fri)',
      'Launch plan!E4 status To do',
      '周计划!E4 status 未开始',
      '周计划!E5 status 未开始',
      '周计划!E7 status 未开始',
    ]);
  });

  it('sheets that are no tracker get no change', () => {
    expect(
      planFixes([
        grid('预算', [
          ['项目', '金额'],
          ['差旅', '2023.07.05'],
        ]),
      ]),
    ).toEqual([]);
  });
});

describe('Fix log', () => {
  const changes = planFixes([tracker([{ ...CLEAN_TASK, status: '处理中' }])]);

  it('a new 修正记录 sheet under a free name, one row per change: time, sheet, cell, before, after', () => {
    const plan = planFixLog(
      [],
      ['任务跟踪表', '修正记录'],
      changes,
      '2024-05-20 09:30:00',
      'zh-CN',
    );
    expect(plan).toEqual({
      sheetName: '修正记录 (2)',
      exists: false,
      header: ['时间', '工作表', '单元格', '修改前', '修改后'],
      firstRow: 1,
      rows: [
        ['2024-05-20 09:30:00', '任务跟踪表', 'E2', '2023-07-01', '2023-07-01'],
        ['2024-05-20 09:30:00', '任务跟踪表', 'F2', '2023-07-25', '2023-07-25'],
        ['2024-05-20 09:30:00', '任务跟踪表', 'H2', '处理中', '进行中'],
      ],
    });
  });

  it('an existing log, in either language, is appended to below its last row', () => {
    const existing = grid('Fix Log', [
      ['Time', 'Sheet', 'Cell', 'Before', 'After'],
      ['2024-05-01 10:00:00', 'Tasks', 'F2', 'TBD', ''],
    ]);
    const plan = planFixLog([existing], ['Fix Log'], changes, 't', 'zh-CN');
    expect(plan).toMatchObject({ sheetName: 'Fix Log', exists: true, firstRow: 2 });
  });
});

describe('Fix data safety (property)', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      '2023.07.05',
      '7月5日',
      '处理中',
      'H',
      '待定',
      'TBD',
      '张*',
      '=SUM(A1)',
      '-',
      '10-05-2024',
    ),
    fc.integer({ min: 0, max: 60_000 }),
    fc.string({ maxLength: 6 }),
    fc.constant(null),
  );
  const rows = fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { maxLength: 8 });

  it('plans only data cells of bound columns, each at most once, and a second Fix finds nothing', () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (data, ours) => {
        const sheet: Grid = {
          sheetName: 'S',
          cells: [headers('tracker'), ...data],
          origin: { row: 3, column: 2 },
          ...(ours ? { tableName: 'OpsTasks' } : {}),
        };
        const changes = planFixes([sheet]);
        const places = new Set(changes.map((change) => `${change.row}:${change.column}`));
        expect(places.size).toBe(changes.length);
        for (const change of changes) {
          expect(change.row).toBeGreaterThan(3);
          expect(change.row).toBeLessThan(4 + data.length);
          expect(change.column).toBeGreaterThanOrEqual(2);
          expect(change.column).toBeLessThan(14);
        }
        expect(planFixes([applied(sheet, changes)])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
