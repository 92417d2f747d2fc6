/** SPEC §5 derived facts, today injected. */
import { collabFacts, factDays, readWorkbook, type TaskRecord } from '../../src/core';
import { taskFacts } from '../../src/core';
import { CLEAN_ITEM, collabLog, TODAY, ZH } from './grids';

const days = factDays(TODAY, { dueSoonDays: 3 });
const task = (changes: Partial<TaskRecord>): TaskRecord => ({
  sheet: 'S',
  row: 2,
  id: 'OP-001',
  name: 'x',
  department: '市场部',
  owner: '张*',
  start: null,
  due: '2023-07-25',
  priority: 'high',
  status: 'inProgress',
  milestone: '',
  completed: null,
  progress: '',
  percentComplete: null,
  notes: '',
  ...changes,
});

describe('derived facts', () => {
  it('open: not done and not cancelled (an unreadable status counts as open)', () => {
    expect(taskFacts(task({ status: 'inProgress' }), days).open).toBe(true);
    expect(taskFacts(task({ status: 'onHold' }), days).open).toBe(true);
    expect(taskFacts(task({ status: null }), days).open).toBe(true);
    expect(taskFacts(task({ status: 'done' }), days).open).toBe(false);
    expect(taskFacts(task({ status: 'cancelled' }), days).open).toBe(false);
  });

  it('overdue: open and due before today', () => {
    expect(taskFacts(task({ due: '2023-07-19' }), days).overdue).toBe(true);
    expect(taskFacts(task({ due: TODAY }), days).overdue).toBe(false);
    expect(taskFacts(task({ due: '2023-07-19', status: 'done' }), days).overdue).toBe(false);
    expect(taskFacts(task({ due: null }), days).overdue).toBe(false);
  });

  it('due soon: open and today ≤ due ≤ today + 3 days', () => {
    expect(taskFacts(task({ due: TODAY }), days).dueSoon).toBe(true);
    expect(taskFacts(task({ due: '2023-07-23' }), days).dueSoon).toBe(true);
    expect(taskFacts(task({ due: '2023-07-24' }), days).dueSoon).toBe(false);
    expect(taskFacts(task({ due: '2023-07-19' }), days).dueSoon).toBe(false);
    expect(taskFacts(task({ due: TODAY, status: 'cancelled' }), days).dueSoon).toBe(false);
  });

  it('due soon: the number of days is a setting', () => {
    const week = factDays(TODAY, { dueSoonDays: 7 });
    expect(taskFacts(task({ due: '2023-07-27' }), week).dueSoon).toBe(true);
    expect(taskFacts(task({ due: '2023-07-28' }), week).dueSoon).toBe(false);
  });

  it('due soon: month and year ends are crossed as calendar days', () => {
    const eve = factDays('2023-12-30', { dueSoonDays: 3 });
    expect(taskFacts(task({ due: '2024-01-02' }), eve).dueSoon).toBe(true);
    expect(taskFacts(task({ due: '2024-01-03' }), eve).dueSoon).toBe(false);
  });

  it('unassigned: open and no owner', () => {
    expect(taskFacts(task({ owner: null }), days).unassigned).toBe(true);
    expect(taskFacts(task({ owner: null, status: 'done' }), days).unassigned).toBe(false);
  });

  it('late: done and completed after due', () => {
    expect(taskFacts(task({ status: 'done', completed: '2023-07-26' }), days).late).toBe(true);
    expect(taskFacts(task({ status: 'done', completed: '2023-07-25' }), days).late).toBe(false);
    expect(taskFacts(task({ status: 'inProgress', completed: '2023-07-26' }), days).late).toBe(
      false,
    );
  });

  it('unassigned (collaboration): no lead or no follow-up owner', () => {
    const { collab } = readWorkbook(
      [
        collabLog([
          CLEAN_ITEM,
          { ...CLEAN_ITEM, id: 'CO-2', lead: '' },
          { ...CLEAN_ITEM, id: 'CO-3', follower: 'TBD' },
        ]),
      ],
      ZH,
    );
    expect(collab.map((item) => collabFacts(item, days).unassigned)).toEqual([false, true, true]);
  });
});
