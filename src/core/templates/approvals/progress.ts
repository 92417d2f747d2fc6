/**
 * SPEC §11.5 where an approval stands. Each level of the chain starts on the
 * previous level's decision date (the first on the submission date) and has
 * its limit in working days; the working-day arithmetic comes in as a
 * function so the rules stay independent of where the calendar comes from.
 */
import type { CalendarDay } from '../../model';
import { LEVEL_LIMITS, type ApprovalLevel } from './levels';
import { readOpinion, type Opinion } from './opinion';

/** `n` working days after `day` (SPEC §10). */
export type AddWorkingDays = (day: CalendarDay, days: number) => CalendarDay;

/** What one level wrote: its opinion text and the day it decided (null when undated). */
export interface LevelEntry {
  readonly opinion: string;
  readonly date: CalendarDay | null;
  /** The opinion came from a team's single 审批意见栏 cell rather than the level's own column. */
  readonly fromCell?: boolean;
}

export interface ApprovalInput {
  readonly submitted: CalendarDay | null;
  readonly chain: readonly ApprovalLevel[];
  readonly entries: ReadonlyMap<ApprovalLevel, LevelEntry>;
}

/**
 * `decided`: the level wrote an opinion. `pending`: the chain has reached the
 * level and it has not decided. `waiting`: an earlier level is still pending.
 * `ended`: an earlier level rejected or returned the document.
 */
export type StepState = 'decided' | 'pending' | 'waiting' | 'ended';

export interface ApprovalStep {
  readonly level: ApprovalLevel;
  readonly state: StepState;
  readonly opinion: Opinion | null;
  /** The day the level's clock started: null before it is reached or when that day is unknown. */
  readonly start: CalendarDay | null;
  readonly deadline: CalendarDay | null;
  readonly decidedOn: CalendarDay | null;
  /** Pending and its deadline has passed. */
  readonly overdue: boolean;
  /** Decided after its deadline. */
  readonly late: boolean;
}

export type ApprovalOutcome = 'approved' | 'rejected' | 'returned' | 'pending';

export interface ApprovalProgress {
  readonly steps: readonly ApprovalStep[];
  readonly outcome: ApprovalOutcome;
}

export function approvalProgress(
  input: ApprovalInput,
  addWorkingDays: AddWorkingDays,
  today: CalendarDay,
): ApprovalProgress {
  const steps: ApprovalStep[] = [];
  let start: CalendarDay | null = input.submitted;
  let reachedState: StepState | null = null;
  let outcome: ApprovalOutcome = 'approved';
  for (const level of input.chain) {
    const entry = input.entries.get(level);
    const date = entry?.date ?? null;
    if (reachedState !== null) {
      steps.push(unreached(level, reachedState, entry));
      continue;
    }
    const opinion = readOpinion(entry?.opinion ?? '');
    const deadline = start === null ? null : addWorkingDays(start, LEVEL_LIMITS[level]);
    if (opinion === null) {
      steps.push({
        level,
        state: 'pending',
        opinion: null,
        start,
        deadline,
        decidedOn: null,
        overdue: deadline !== null && deadline < today,
        late: false,
      });
      reachedState = 'waiting';
      outcome = 'pending';
      continue;
    }
    steps.push({
      level,
      state: 'decided',
      opinion,
      start,
      deadline,
      decidedOn: date,
      overdue: false,
      late: deadline !== null && date !== null && date > deadline,
    });
    start = date;
    if (opinion.verdict !== 'approve') {
      reachedState = 'ended';
      outcome = opinion.verdict === 'reject' ? 'rejected' : 'returned';
    }
  }
  return { steps, outcome: input.chain.length === 0 ? 'pending' : outcome };
}

function unreached(
  level: ApprovalLevel,
  state: StepState,
  entry: LevelEntry | undefined,
): ApprovalStep {
  return {
    level,
    state,
    opinion: readOpinion(entry?.opinion ?? ''),
    start: null,
    deadline: null,
    decidedOn: entry?.date ?? null,
    overdue: false,
    late: false,
  };
}

/** The level the document waits on, or null when the chain is finished. */
export function pendingStep(progress: ApprovalProgress): ApprovalStep | null {
  return progress.steps.find((step) => step.state === 'pending') ?? null;
}
