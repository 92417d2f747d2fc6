/** SPEC §5 monthly review for month M, in the shape of SPEC §7 `review --json`. */
import type { EngineOptions } from '../engine';
import { collabFacts, factDays, recordName, taskFacts } from '../facts';
import { coreText } from '../messages';
import {
  DEFAULT_FACT_SETTINGS,
  type CollaborationProblem,
  type DelayedTask,
  type DepartmentCompletion,
  type MonthKey,
  type ReviewModel,
  type RowLocation,
  type TaskRecord,
} from '../model';
import { rowLocation, type WorkbookReading } from '../read/workbook';
import { daysBetween } from '../values/calendar';
import { completionRate } from './format';
import { compareZh } from '../text/collation';

const inMonth = (day: string | null, month: MonthKey): day is string =>
  day !== null && day.length === 10 && day.startsWith(month) && day.charAt(7) === '-';

/**
 * Why a task is late: its notes, else its progress text. A bare number or
 * percentage (`0`, `60%`) in the progress column says how far, not why.
 */
function delayReason(task: TaskRecord): string {
  const progress = /^[\d.\s%％]*$/.test(task.progress) ? '' : task.progress;
  return task.notes || progress;
}

export function buildReview(
  reading: WorkbookReading,
  month: MonthKey,
  options: EngineOptions,
): ReviewModel {
  const days = factDays(options.today, options.settings ?? DEFAULT_FACT_SETTINGS, options.calendar);
  const noDepartment = coreText(options.locale, 'review.noDepartment');
  const delayed: DelayedTask[] = [];
  const delayedRows: RowLocation[] = [];
  const overdue: string[] = [];
  const unassigned: string[] = [];
  const departments = new Map<string, { scope: number; completed: number }>();
  let scope = 0;
  let completed = 0;

  for (const task of reading.tasks) {
    const facts = taskFacts(task, days);
    if (facts.overdue) overdue.push(recordName(task));
    if (facts.unassigned) unassigned.push(recordName(task));
    if (task.status === 'cancelled' || !inMonth(task.due, month)) continue;
    const done = task.status === 'done';
    scope += 1;
    if (done) completed += 1;
    const department = task.department || noDepartment;
    const tally = departments.get(department) ?? { scope: 0, completed: 0 };
    tally.scope += 1;
    if (done) tally.completed += 1;
    departments.set(department, tally);
    if (facts.overdue || facts.late) {
      // Late work is measured to the day it was done; open work to today.
      const until = facts.late && task.completed !== null ? task.completed : options.today;
      delayed.push({
        id: recordName(task),
        name: task.name,
        due: task.due,
        reason: delayReason(task),
        daysLate: daysBetween(task.due, until),
      });
      delayedRows.push(rowLocation(reading, task));
    }
  }

  const collaborationProblems: CollaborationProblem[] = [];
  const problemRows: RowLocation[] = [];
  for (const item of reading.collab) {
    if (item.status === 'cancelled' || !inMonth(item.deadline, month)) continue;
    const facts = collabFacts(item, days);
    if (facts.overdue || facts.late) {
      collaborationProblems.push({
        id: recordName(item),
        topic: item.topic,
        deadline: item.deadline,
        note: item.result || item.decision || '',
      });
      problemRows.push(rowLocation(reading, item));
    }
  }

  const byDepartment: DepartmentCompletion[] = [...departments]
    .sort(([a], [b]) => compareZh(a, b))
    .map(([department, tally]) => ({
      department,
      scope: tally.scope,
      completed: tally.completed,
      completionRate: completionRate(tally.completed, tally.scope),
    }));

  return {
    month,
    today: options.today,
    scope,
    completed,
    completionRate: completionRate(completed, scope),
    delayed,
    overdue,
    unassigned,
    byDepartment,
    collaborationProblems,
    locations: { delayed: delayedRows, collaborationProblems: problemRows },
  };
}
