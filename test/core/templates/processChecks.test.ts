/**
 * SPEC §11.1–§11.5: every code of the process pack on the cell that holds
 * the problem, read from our own tables (one bad value per row, the other
 * cells clean), and the handbook's rows checked clean.
 */
import {
  checkWorkbook,
  type EngineOptions,
  type Issue,
  type TemplateKind,
} from '../../../src/core';
import { STATUTORY_CALENDAR } from '../../../src/calendarData/statutory';
import { buildWorkingCalendar } from '../../../src/core/calendar';
import { getTemplate } from '../../../src/core/templates/registry';
import { grid, headers, letterOf, row } from '../grids';

const CALENDAR = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] });
const OPTIONS: EngineOptions = { today: '2023-07-20', locale: 'zh-CN', calendar: CALENDAR };

function ourTable(kind: TemplateKind, rows: Readonly<Record<string, unknown>>[]) {
  const template = getTemplate(kind);
  return grid(
    template.sheetName['zh-CN'],
    [headers(kind), ...rows.map((values) => row(kind, values))],
    undefined,
    template.tableName,
  );
}

/** `[cell, code, severity]` of every issue, in sheet order. */
function found(kind: TemplateKind, rows: Readonly<Record<string, unknown>>[]): string[][] {
  return checkWorkbook([ourTable(kind, rows)], OPTIONS)
    .issues.filter((issue: Issue) => issue.code !== 'text-date')
    .map((issue: Issue) => [issue.cell, issue.code, issue.severity]);
}

const at = (kind: TemplateKind, key: string, sheetRow: number): string =>
  `${letterOf(kind, key)}${sheetRow}`;

const MEETING = {
  id: 'MT-001',
  topic: 'Q3销售目标分解',
  startsAt: '2023-09-01 14:00',
  minutes: 60,
  place: '301会议室',
  host: '*经理',
  materialsSent: '2023-08-30',
};

describe('meeting notices (OpsMeetings)', () => {
  it('the handbook’s Q3销售目标分解 notice is clean', () => {
    expect(found('notices', [MEETING])).toEqual([]);
  });
  it.each([
    [{ minutes: 120 }, 'minutes', 'meeting-too-long', 'warning'],
    [{ minutes: '两小时' }, 'minutes', 'invalid-number', 'error'],
    [{ materialsSent: '2023-09-01' }, 'materialsSent', 'materials-late', 'warning'],
    [{ topic: '' }, 'topic', 'missing-name', 'error'],
    [{ startsAt: '' }, 'startsAt', 'missing-due', 'error'],
    [{ startsAt: '下周', materialsSent: '' }, 'startsAt', 'invalid-date', 'error'],
    [{ id: 'M1' }, 'id', 'id-format', 'warning'],
    [{ host: '待定' }, 'host', 'unassigned', 'warning'],
  ])('%j → %s %s', (change, key, code, severity) => {
    expect(found('notices', [{ ...MEETING, ...change }])).toEqual([
      [at('notices', key, 2), code, severity],
    ]);
  });
  it('90 minutes is not too long; a meeting already held needs no host', () => {
    expect(found('notices', [{ ...MEETING, minutes: '90分钟' }])).toEqual([]);
    expect(
      found('notices', [
        { ...MEETING, startsAt: '2023-07-01 10:00', host: '', materialsSent: '2023-06-29' },
      ]),
    ).toEqual([]);
  });
});

const ACTION = {
  meetingId: 'MT-001',
  topic: 'Q3销售目标分解',
  heldOn: '2023-07-01 14:00',
  minutesSent: '2023-07-02',
  action: '销售目标分解表',
  owner: '*经理',
  due: '2023-07-25',
  status: '进行中',
};

describe('meeting actions (OpsActions)', () => {
  it('two action items of one meeting share its ID without duplicate-id', () => {
    expect(found('actions', [ACTION, { ...ACTION, action: '区域推广方案' }])).toEqual([]);
  });
  it.each([
    [{ minutesSent: '2023-07-03' }, 'minutesSent', 'minutes-late', 'warning'],
    [{ action: '' }, 'action', 'missing-name', 'error'],
    [{ due: '' }, 'due', 'missing-due', 'error'],
    [{ due: '2023-06-30' }, 'due', 'due-before-start', 'error'],
    [{ owner: 'TBD' }, 'owner', 'unassigned', 'warning'],
    [{ status: '搞定了' }, 'status', 'invalid-status', 'error'],
    [{ status: '已完成' }, 'completed', 'missing-completed-date', 'warning'],
    [{ completed: '2023-02-30', status: '已完成' }, 'completed', 'invalid-date', 'error'],
  ])('%j → %s %s', (change, key, code, severity) => {
    expect(found('actions', [{ ...ACTION, ...change }])).toEqual([
      [at('actions', key, 2), code, severity],
    ]);
  });
});

const MILESTONE = {
  project: '客户管理系统上线',
  milestone: '原型设计',
  planned: '2023-09-20',
  owner: '*设计师',
};

describe('project milestones (OpsMilestones)', () => {
  it('a project written once holds every milestone below it', () => {
    expect(
      found('milestones', [MILESTONE, { ...MILESTONE, project: '', milestone: '开发测试' }]),
    ).toEqual([]);
  });
  it.each([
    [{ milestone: '' }, 'milestone', 'missing-name', 'error'],
    [{ planned: '' }, 'planned', 'missing-due', 'error'],
    [{ actual: '下周' }, 'actual', 'invalid-date', 'error'],
    [{ owner: '' }, 'owner', 'unassigned', 'warning'],
  ])('%j → %s %s', (change, key, code, severity) => {
    expect(found('milestones', [{ ...MILESTONE, ...change }])).toEqual([
      [at('milestones', key, 2), code, severity],
    ]);
  });
  it('a done milestone needs no owner', () => {
    expect(found('milestones', [{ ...MILESTONE, owner: '', actual: '2023-09-22' }])).toEqual([]);
  });
});

const CONTACT = {
  customer: 'ABC科技有限公司',
  tier: 'VIP',
  contact: '李经理',
  contactedOn: '2023-07-10 10:00',
  purpose: '需求调研',
  owner: '张*',
  followUpBy: '2023-07-25',
  status: '进行中',
};

describe('customer log (OpsCustomers)', () => {
  it.each(['VIP', '普通', '重要', '重点', 'Standard'])('tier %s is clean', (tier) => {
    expect(found('customers', [{ ...CONTACT, tier }])).toEqual([]);
  });
  it.each([
    [{ tier: '金牌' }, 'tier', 'invalid-tier', 'error'],
    [{ customer: '' }, 'customer', 'missing-name', 'error'],
    [{ contactedOn: '昨天' }, 'contactedOn', 'invalid-date', 'error'],
    [{ followUpBy: '2023-07-01' }, 'followUpBy', 'due-before-start', 'error'],
    [{ owner: '无' }, 'owner', 'unassigned', 'warning'],
    [{ status: '看情况' }, 'status', 'invalid-status', 'error'],
    [{ purpose: '喝茶' }, 'purpose', 'invalid-value', 'error'],
  ])('%j → %s %s', (change, key, code, severity) => {
    expect(found('customers', [{ ...CONTACT, ...change }])).toEqual([
      [at('customers', key, 2), code, severity],
    ]);
  });
});

const APPROVAL = {
  id: '制度-2023-001',
  document: '2023年费用报销制度',
  type: '制度',
  applicant: '*专员',
  submitted: '2023-07-03',
  chain: '部门负责人-分管领导-总经理',
  departmentHeadOpinion: '同意',
  departmentHeadDate: '2023-07-04',
  divisionLeadOpinion: '需补充差旅费标准',
  divisionLeadDate: '2023-07-06',
};

describe('document approvals (OpsApprovals)', () => {
  it('the handbook’s 2023年费用报销制度, returned with its reason, is clean', () => {
    expect(found('approvals', [APPROVAL])).toEqual([]);
  });
  it.each([
    [{ id: '2023-001' }, 'id', 'archive-number-format', 'warning'],
    [{ id: '制度-2022-001' }, 'id', 'archive-number-format', 'warning'],
    [{ divisionLeadOpinion: '驳回' }, 'divisionLeadOpinion', 'rejected-without-reason', 'warning'],
    [{ departmentHeadDate: '2023-07-01' }, 'departmentHeadDate', 'approval-order', 'error'],
    [{ divisionLeadDate: '2023-07-03' }, 'divisionLeadDate', 'approval-order', 'error'],
    [{ document: '' }, 'document', 'missing-name', 'error'],
    [{ chain: '部门负责人-董事会' }, 'chain', 'invalid-value', 'error'],
    [{ submitted: '下周一' }, 'submitted', 'invalid-date', 'error'],
  ])('%j → %s %s', (change, key, code, severity) => {
    expect(found('approvals', [{ ...APPROVAL, ...change }])).toEqual([
      [at('approvals', key, 2), code, severity],
    ]);
  });
  it('calendar-not-covered: a deadline counted in a year no calendar covers, once, on the cell it starts from', () => {
    const later = { ...APPROVAL, id: '制度-2031-001', submitted: '2031-03-03' };
    expect(
      found('approvals', [
        {
          ...later,
          departmentHeadDate: '2031-03-04',
          divisionLeadOpinion: '',
          divisionLeadDate: '',
        },
        {
          ...later,
          id: '制度-2031-002',
          departmentHeadDate: '2031-03-04',
          divisionLeadDate: '2031-03-06',
        },
      ]),
    ).toEqual([[at('approvals', 'submitted', 2), 'calendar-not-covered', 'warning']]);
  });
  it('a repeated archive number is a duplicate-id error on the repeat', () => {
    expect(found('approvals', [APPROVAL, APPROVAL])).toEqual([
      [at('approvals', 'id', 3), 'duplicate-id', 'error'],
    ]);
  });
});
