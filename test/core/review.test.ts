/** SPEC §5 monthly review model. */
import { buildReview, formatCompletion, readWorkbook } from '../../src/core';
import { CLEAN_ITEM, CLEAN_TASK, collabLog, EN, tracker, ZH } from './grids';

const reviewOf = (
  tasks: Record<string, unknown>[],
  month = '2023-07',
  options = ZH,
  items: Record<string, unknown>[] = [],
) => buildReview(readWorkbook([tracker(tasks), collabLog(items)], options), month, options);

describe('monthly review', () => {
  it('scope: tasks due in M, not cancelled', () => {
    const review = reviewOf([
      { ...CLEAN_TASK, id: 'OP-1', due: '2023-07-01' },
      { ...CLEAN_TASK, id: 'OP-2', due: '2023-07-31' },
      { ...CLEAN_TASK, id: 'OP-3', due: '2023-08-01' },
      { ...CLEAN_TASK, id: 'OP-4', due: '2023-06-30' },
      { ...CLEAN_TASK, id: 'OP-5', due: '2023-07-10', status: '已取消' },
      { ...CLEAN_TASK, id: 'OP-6', due: 'TBD' },
    ]);
    expect(review.scope).toBe(2);
  });

  it('completed and completion rate: done scope tasks over scope', () => {
    const review = reviewOf([
      { ...CLEAN_TASK, id: 'OP-1', status: '已完成', completed: '2023-07-20' },
      { ...CLEAN_TASK, id: 'OP-2' },
      { ...CLEAN_TASK, id: 'OP-3' },
    ]);
    expect(review).toMatchObject({ scope: 3, completed: 1, completionRate: 0.333333 });
  });

  it('completion rate: none when scope is 0', () => {
    expect(reviewOf([], '2023-07').completionRate).toBeNull();
    expect(formatCompletion(0, 0)).toBe('—');
  });

  it('completion rate: cut to six decimals (24/28 → 0.857142), shown as 85.7% (24/28)', () => {
    const tasks = Array.from({ length: 28 }, (_, i) => ({
      ...CLEAN_TASK,
      id: `OP-${i + 1}`,
      ...(i < 24 ? { status: '已完成', completed: '2023-07-20' } : {}),
    }));
    const review = reviewOf(tasks);
    expect(review.completionRate).toBe(0.857142);
    expect(formatCompletion(review.completed, review.scope)).toBe('85.7% (24/28)');
  });

  it('delayed: scope tasks overdue as of today or done late; reason = notes, else progress, else empty; daysLate = today − due while open, completed − due when done late (SPEC §12)', () => {
    const review = reviewOf([
      {
        ...CLEAN_TASK,
        id: 'OP-1',
        due: '2023-07-15',
        notes: '需产品部确认调研维度',
        progress: '初稿',
      },
      { ...CLEAN_TASK, id: 'OP-2', due: '2023-07-15', progress: '问卷初稿已完成' },
      { ...CLEAN_TASK, id: 'OP-3', due: '2023-07-10', status: '已完成', completed: '2023-07-12' },
      { ...CLEAN_TASK, id: 'OP-4', due: '2023-07-10', status: '已完成', completed: '2023-07-10' },
      { ...CLEAN_TASK, id: 'OP-5', due: '2023-07-25' },
    ]);
    expect(review.delayed).toEqual([
      {
        id: 'OP-1',
        name: CLEAN_TASK.name,
        due: '2023-07-15',
        reason: '需产品部确认调研维度',
        daysLate: 5,
      },
      {
        id: 'OP-2',
        name: CLEAN_TASK.name,
        due: '2023-07-15',
        reason: '问卷初稿已完成',
        daysLate: 5,
      },
      { id: 'OP-3', name: CLEAN_TASK.name, due: '2023-07-10', reason: '', daysLate: 2 },
    ]);
  });

  it('a task with a blank ID is named "<sheet>!<row>"', () => {
    const review = reviewOf([CLEAN_TASK, { ...CLEAN_TASK, id: '', due: '2023-07-01' }]);
    expect(review.delayed.map((task) => task.id)).toEqual(['任务跟踪表!3']);
    expect(review.overdue).toEqual(['任务跟踪表!3']);
  });

  it('overdue and unassigned cover every task as of today, not only month M', () => {
    const review = reviewOf(
      [
        { ...CLEAN_TASK, id: 'OP-1', due: '2023-06-01' },
        { ...CLEAN_TASK, id: 'OP-2', due: '2023-09-01', owner: '待定' },
        { ...CLEAN_TASK, id: 'OP-3', due: '2023-06-01', status: '已取消', owner: '' },
      ],
      '2023-08',
    );
    expect(review).toMatchObject({ scope: 0, overdue: ['OP-1'], unassigned: ['OP-2'] });
  });

  it('collaboration problems: items with deadline in M, not cancelled, overdue or late', () => {
    const review = reviewOf([], '2023-07', ZH, [
      { ...CLEAN_ITEM, id: 'CO-1', deadline: '2023-07-12', result: '名单待销售部补充' },
      {
        ...CLEAN_ITEM,
        id: 'CO-2',
        deadline: '2023-07-12',
        status: '已完成',
        completed: '2023-07-15',
        decision: '7月10日前输出排期',
      },
      { ...CLEAN_ITEM, id: 'CO-3', deadline: '2023-07-12', status: '已取消' },
      { ...CLEAN_ITEM, id: 'CO-4', deadline: '2023-07-25' },
      { ...CLEAN_ITEM, id: 'CO-5', deadline: '2023-06-12' },
    ]);
    expect(review.collaborationProblems).toEqual([
      { id: 'CO-1', topic: CLEAN_ITEM.topic, deadline: '2023-07-12', note: '名单待销售部补充' },
      { id: 'CO-2', topic: CLEAN_ITEM.topic, deadline: '2023-07-12', note: '7月10日前输出排期' },
    ]);
  });

  it('by department: scope, completed and rate per department, sorted by name, blank department localised', () => {
    const tasks = [
      {
        ...CLEAN_TASK,
        id: 'OP-1',
        department: '市场部',
        status: '已完成',
        completed: '2023-07-20',
      },
      { ...CLEAN_TASK, id: 'OP-2', department: '市场部' },
      { ...CLEAN_TASK, id: 'OP-3', department: '产品部' },
      { ...CLEAN_TASK, id: 'OP-4', department: '' },
    ];
    expect(reviewOf(tasks).byDepartment).toEqual([
      { department: '产品部', scope: 1, completed: 0, completionRate: 0 },
      { department: '市场部', scope: 2, completed: 1, completionRate: 0.5 },
      { department: '未分配部门', scope: 1, completed: 0, completionRate: 0 },
    ]);
    expect(reviewOf(tasks, '2023-07', EN).byDepartment.map((d) => d.department)).toContain(
      '(No department)',
    );
  });

  it('the model carries the month and today as given', () => {
    expect(reviewOf([], '2023-07')).toMatchObject({ month: '2023-07', today: '2023-07-20' });
  });
});
