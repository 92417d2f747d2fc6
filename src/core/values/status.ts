/** SPEC §4 status words in Simplified, Traditional and English (any case). */
import type { Status } from '../model';
import type { Parsed } from './parsed';
import { parseWordCell, vocabulary } from './vocabulary';

/** Every status word, as written here: the readers and the sheet's formulas draw from this one list. */
export const STATUS_WORD_LIST: Readonly<Record<string, Status>> = {
  待启动: 'notStarted',
  未开始: 'notStarted',
  未启动: 'notStarted',
  待开始: 'notStarted',
  待办: 'notStarted',
  计划中: 'notStarted',
  'Not started': 'notStarted',
  'To do': 'notStarted',
  Pending: 'notStarted',
  'Not yet started': 'notStarted',
  Planned: 'notStarted',
  Open: 'notStarted',
  // Issue trackers' queues (Jira, Phabricator exports; 待处理 in Chinese issue lists).
  Backlog: 'notStarted',
  待处理: 'notStarted',
  未处理: 'notStarted',
  // A plan's row just added (新增), not yet begun.
  新增: 'notStarted',
  进行中: 'inProgress',
  处理中: 'inProgress',
  执行中: 'inProgress',
  跟进中: 'inProgress',
  推进中: 'inProgress',
  已开始: 'inProgress',
  'In progress': 'inProgress',
  Doing: 'inProgress',
  Ongoing: 'inProgress',
  Started: 'inProgress',
  WIP: 'inProgress',
  // Review and rework steps of a team's workflow: still open, still someone's work.
  'In review': 'inProgress',
  'Under review': 'inProgress',
  'Ready for review': 'inProgress',
  'Ready for final review': 'inProgress',
  'Pending review': 'inProgress',
  'Needs changes': 'inProgress',
  'Changes needed': 'inProgress',
  'Change is needed': 'inProgress',
  'Changes requested': 'inProgress',
  审核中: 'inProgress',
  待审核: 'inProgress',
  评审中: 'inProgress',
  待评审: 'inProgress',
  待修改: 'inProgress',
  修改中: 'inProgress',
  // Late but open: the due date says how late; the status keeps the task open.
  延期: 'inProgress',
  已延期: 'inProgress',
  未完成: 'inProgress',
  Delayed: 'inProgress',
  // Testing and reopened issues are open work too.
  Testing: 'inProgress',
  'In testing': 'inProgress',
  'In QA': 'inProgress',
  Reopened: 'inProgress',
  测试中: 'inProgress',
  待测试: 'inProgress',
  待验证: 'inProgress',
  重新打开: 'inProgress',
  已完成: 'done',
  完成: 'done',
  已交付: 'done',
  已完结: 'done',
  完结: 'done',
  已结束: 'done',
  已办结: 'done',
  Done: 'done',
  Completed: 'done',
  Complete: 'done',
  Finished: 'done',
  Closed: 'done',
  Resolved: 'done',
  已解决: 'done',
  已处理: 'done',
  已暂停: 'onHold',
  暂停: 'onHold',
  搁置: 'onHold',
  已搁置: 'onHold',
  挂起: 'onHold',
  'On hold': 'onHold',
  Paused: 'onHold',
  Suspended: 'onHold',
  Blocked: 'onHold',
  // Put off to a later date (推迟): paused, not late work still under way as 延期 is.
  推迟: 'onHold',
  已推迟: 'onHold',
  Postponed: 'onHold',
  Deferred: 'onHold',
  已取消: 'cancelled',
  取消: 'cancelled',
  作废: 'cancelled',
  已作废: 'cancelled',
  Cancelled: 'cancelled',
  Canceled: 'cancelled',
  Dropped: 'cancelled',
  // Stopped for good (停止, 终止): no longer anyone's work.
  停止: 'cancelled',
  已停止: 'cancelled',
  终止: 'cancelled',
  已终止: 'cancelled',
  Terminated: 'cancelled',
};

const STATUS_WORDS = vocabulary<Status>(STATUS_WORD_LIST);

/**
 * Weekly reports write the schedule before the status (`正常-已完成`,
 * `延期-进行中`): the status is the part after the dash.
 */
const SCHEDULE_PREFIX = /^(?:正常|延期|延迟|滞后|提前|超期)\s*[-–—:：]\s*(.+)$/;

/** Traditional forms (進行中, 待啟動, 已暫停…) fold to these through the match key. */
export function parseStatus(value: unknown): Parsed<Status> {
  const found = parseWordCell(value, STATUS_WORDS);
  if (found.ok || typeof value !== 'string') return found;
  const status = SCHEDULE_PREFIX.exec(value.trim())?.[1];
  if (status === undefined) return found;
  const inner = parseWordCell(status, STATUS_WORDS);
  return inner.ok ? inner : found;
}

export const isFinished = (status: Status | null): boolean =>
  status === 'done' || status === 'cancelled';

/** The words of the given statuses (for the sheet's formulas). */
export function statusWords(statuses: readonly Status[]): string[] {
  return Object.entries(STATUS_WORD_LIST)
    .filter(([, status]) => statuses.includes(status))
    .map(([word]) => word);
}
