/** Small builders for the grids the core reads in tests. */
import {
  getTemplate,
  type EngineOptions,
  type Grid,
  type Locale,
  type TemplateKind,
} from '../../src/core';

export const TODAY = '2023-07-20';
export const ZH: EngineOptions = { today: TODAY, locale: 'zh-CN' };
export const EN: EngineOptions = { today: TODAY, locale: 'en-US' };

export function grid(
  sheetName: string,
  cells: unknown[][],
  origin = { row: 0, column: 0 },
  tableName?: string,
): Grid {
  return { sheetName, cells, origin, ...(tableName ? { tableName } : {}) };
}

export function headers(kind: TemplateKind, locale: Locale = 'zh-CN'): string[] {
  return getTemplate(kind).columns.map((column) => column.header[locale]);
}

/** A row for one of our templates from values keyed by column key. */
export function row(kind: TemplateKind, values: Readonly<Record<string, unknown>>): unknown[] {
  return getTemplate(kind).columns.map((column) => values[column.key] ?? null);
}

/** Our tracker (header at A1) holding the given rows. */
export function tracker(
  rows: Readonly<Record<string, unknown>>[],
  sheetName = '任务跟踪表',
  locale: Locale = 'zh-CN',
): Grid {
  return grid(
    sheetName,
    [headers('tracker', locale), ...rows.map((values) => row('tracker', values))],
    undefined,
    'OpsTasks',
  );
}

/**
 * A team's own tracker laid out with our headers: every §3 rule applies, but
 * not §6's `text-date`, which is about our tables' formulas.
 */
export function teamTracker(
  rows: Readonly<Record<string, unknown>>[],
  sheetName = '任务跟踪表',
): Grid {
  return grid(sheetName, [headers('tracker'), ...rows.map((values) => row('tracker', values))]);
}

export function teamCollabLog(
  rows: Readonly<Record<string, unknown>>[],
  sheetName = '跨部门协作记录表',
): Grid {
  return grid(sheetName, [headers('collab'), ...rows.map((values) => row('collab', values))]);
}

export function collabLog(
  rows: Readonly<Record<string, unknown>>[],
  sheetName = '跨部门协作记录表',
): Grid {
  return grid(
    sheetName,
    [headers('collab'), ...rows.map((values) => row('collab', values))],
    undefined,
    'OpsCollab',
  );
}

/** A complete, clean task: tests change one field at a time. */
export const CLEAN_TASK = {
  id: 'OP-001',
  name: 'Q3客户满意度调研',
  department: '市场部',
  owner: '张*',
  start: '2023-07-01',
  due: '2023-07-25',
  priority: '高',
  status: '进行中',
};

export const CLEAN_ITEM = {
  id: 'CO-001',
  topic: '产品V2.0版本需求对接',
  initiator: '产品部',
  partners: '研发部、市场部',
  lead: '王*',
  meetingDate: '2023.07.05',
  decision: '7月10日前研发部输出开发排期',
  follower: '赵*',
  deadline: '2023.07.22',
  status: '进行中',
};

/** The column letter of a template column key in our own layout. */
export function letterOf(kind: TemplateKind, key: string): string {
  return String.fromCharCode(
    65 + getTemplate(kind).columns.findIndex((column) => column.key === key),
  );
}
