/**
 * SPEC §11.5 with §10: per-level deadlines in China's working days, across
 * the 2026 Spring Festival (days off 02-15…23) and its make-up Saturdays
 * (2026-02-14 and 2026-02-28 are working days).
 */
import { STATUTORY_CALENDAR } from '../../../src/calendarData/statutory';
import { buildWorkingCalendar } from '../../../src/core/calendar';
import type { ApprovalLevel } from '../../../src/core/templates/approvals/levels';
import { approvalProgress, type LevelEntry } from '../../../src/core/templates/approvals/progress';

const calendar = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] });
const FULL: readonly ApprovalLevel[] = ['departmentHead', 'divisionLead', 'generalManager'];

const deadlines = (
  submitted: string,
  entries: Partial<Record<ApprovalLevel, LevelEntry>>,
  today: string,
) =>
  approvalProgress(
    {
      submitted,
      chain: FULL,
      entries: new Map(Object.entries(entries) as [ApprovalLevel, LevelEntry][]),
    },
    calendar.addWorkingDays.bind(calendar),
    today,
  ).steps.map((step) => [step.level, step.deadline, step.state, step.overdue, step.late]);

describe('approval deadlines across the 2026 Spring Festival', () => {
  it('submitted Friday 2026-02-13: the department head has until the make-up Saturday 02-14', () => {
    expect(deadlines('2026-02-13', {}, '2026-02-14')[0]).toEqual([
      'departmentHead',
      '2026-02-14',
      'pending',
      false,
      false,
    ]);
  });
  it('still pending on 02-15 (the first day of the holiday) it is overdue', () => {
    expect(deadlines('2026-02-13', {}, '2026-02-15')[0]?.[3]).toBe(true);
  });
  it('decided on the make-up Saturday, the division lead’s 2 working days end 02-25 after the holiday', () => {
    expect(
      deadlines(
        '2026-02-13',
        { departmentHead: { opinion: '同意', date: '2026-02-14' } },
        '2026-02-24',
      ),
    ).toEqual([
      ['departmentHead', '2026-02-14', 'decided', false, false],
      ['divisionLead', '2026-02-25', 'pending', false, false],
      ['generalManager', null, 'waiting', false, false],
    ]);
  });
  it('the general manager’s 3 working days from Thursday 02-26 count the make-up Saturday 02-28', () => {
    const steps = deadlines(
      '2026-02-13',
      {
        departmentHead: { opinion: '同意', date: '2026-02-14' },
        divisionLead: { opinion: '同意', date: '2026-02-26' },
        generalManager: { opinion: '批准', date: '2026-03-03' },
      },
      '2026-03-05',
    );
    expect(steps).toEqual([
      ['departmentHead', '2026-02-14', 'decided', false, false],
      ['divisionLead', '2026-02-25', 'decided', false, true],
      ['generalManager', '2026-03-02', 'decided', false, true],
    ]);
  });
});
