/** The handbook examples of SEED-TEMPLATES.md, as a team types them (title row, 起止时间 ranges). */
import { buildReview, checkWorkbook, readWorkbook } from '../../src/core';
import {
  HANDBOOK_COLLAB_HEADERS,
  HANDBOOK_COLLAB_ITEMS,
  HANDBOOK_TASKS,
  HANDBOOK_TRACKER_HEADERS,
} from '../fixtures/handbook';
import { grid } from './grids';

const TEAM_TRACKER = grid('日常运营任务跟踪表', [
  ['日常运营任务跟踪表', null, null, null, null, null, null, null, null, null],
  [...HANDBOOK_TRACKER_HEADERS],
  ...HANDBOOK_TASKS.map((row) => [...row]),
]);

const TEAM_COLLAB = grid('跨部门协作沟通记录表', [
  [...HANDBOOK_COLLAB_HEADERS],
  ...HANDBOOK_COLLAB_ITEMS.map((row) => [...row]),
]);

const options = { today: '2023-07-20', locale: 'zh-CN' as const };

describe('handbook examples', () => {
  it('OP-001 and OP-002: the team tracker is recognised below its merged title row and has no issue', () => {
    const result = checkWorkbook([TEAM_TRACKER], options);
    expect(result.sheets).toEqual([
      { sheet: '日常运营任务跟踪表', kind: 'tracker', ours: false, headerRow: 2, rows: 2 },
    ]);
    expect(result.issues).toEqual([]);
  });

  it('OP-001 and OP-002: 起止时间 ranges give start and due', () => {
    const { tasks } = readWorkbook([TEAM_TRACKER], options);
    expect(
      tasks.map(({ id, start, due, status, priority, owner }) => ({
        id,
        start,
        due,
        status,
        priority,
        owner,
      })),
    ).toEqual([
      {
        id: 'OP-001',
        start: '2023-07-01',
        due: '2023-07-15',
        status: 'inProgress',
        priority: 'high',
        owner: '张*',
      },
      {
        id: 'OP-002',
        start: '2023-07-10',
        due: '2023-07-20',
        status: 'notStarted',
        priority: 'medium',
        owner: '李*',
      },
    ]);
    expect(tasks[0]).toMatchObject({
      milestone: '7月5日完成问卷设计',
      progress: '问卷初稿已完成',
      notes: '需产品部*确认调研维度',
    });
  });

  it('OP-001 is overdue on 2023-07-20 and delayed with its note as the reason; OP-002 is not', () => {
    const review = buildReview(readWorkbook([TEAM_TRACKER], options), '2023-07', options);
    expect(review).toMatchObject({
      scope: 2,
      completed: 0,
      completionRate: 0,
      overdue: ['OP-001'],
      unassigned: [],
    });
    expect(review.delayed).toEqual([
      {
        id: 'OP-001',
        name: 'Q3客户满意度调研',
        due: '2023-07-15',
        reason: '需产品部*确认调研维度',
        daysLate: 5,
      },
    ]);
  });

  it('a range whose end is before its start is due-before-start on the range cell', () => {
    const broken = grid('S', [
      TEAM_TRACKER.cells[1] as unknown[],
      ['OP-003', '复盘', '市场部', '张*', '2023.07.15-07.01', '高', '进行中'],
    ]);
    expect(checkWorkbook([broken], options).issues).toEqual([
      expect.objectContaining({ cell: 'E2', field: 'due', code: 'due-before-start' }),
    ]);
  });

  it('a range cell that does not read is invalid-date on that cell', () => {
    const broken = grid('S', [
      TEAM_TRACKER.cells[1] as unknown[],
      ['OP-003', '复盘', '市场部', '张*', '下周', '高', '进行中'],
    ]);
    expect(checkWorkbook([broken], options).issues).toEqual([
      expect.objectContaining({ cell: 'E2', field: 'due', code: 'invalid-date' }),
    ]);
  });

  it('CO-001 and CO-002: the collaboration log reads partners, leads, dates and outcomes with no issue', () => {
    const reading = readWorkbook([TEAM_COLLAB], options);
    expect(reading.issues).toEqual([]);
    expect(
      reading.collab.map(({ id, partners, lead, follower, meetingDate, deadline }) => ({
        id,
        partners,
        lead,
        follower,
        meetingDate,
        deadline,
      })),
    ).toEqual([
      {
        id: 'CO-001',
        partners: ['研发部', '市场部'],
        lead: '王*',
        follower: '赵*',
        meetingDate: '2023-07-05',
        deadline: '2023-07-12',
      },
      {
        id: 'CO-002',
        partners: ['销售部', '行政部'],
        lead: '刘*',
        follower: '陈*',
        meetingDate: '2023-07-08',
        deadline: '2023-07-22',
      },
    ]);
  });

  it('CO-001 past its deadline with no status is a collaboration problem; CO-002 is not due yet', () => {
    const review = buildReview(
      readWorkbook([TEAM_TRACKER, TEAM_COLLAB], options),
      '2023-07',
      options,
    );
    expect(review.collaborationProblems).toEqual([
      { id: 'CO-001', topic: '产品V2.0版本需求对接', deadline: '2023-07-12', note: '排期表已提交' },
    ]);
  });

  it('the handbook review: 24 of 28 is 85.7%, and the rate is 0.857142', () => {
    const rows = Array.from({ length: 28 }, (_, i) => [
      `OP-${String(i + 1).padStart(3, '0')}`,
      `任务${i}`,
      '市场部',
      '张*',
      '2023.07.01-07.15',
      '高',
      i < 24 ? '已完成' : '进行中',
    ]);
    const sheet = grid('S', [TEAM_TRACKER.cells[1] as unknown[], ...rows]);
    const review = buildReview(readWorkbook([sheet], options), '2023-07', options);
    expect(review).toMatchObject({ scope: 28, completed: 24, completionRate: 0.857142 });
  });
});
