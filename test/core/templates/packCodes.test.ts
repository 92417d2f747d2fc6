/**
 * SPEC §11.1–§11.9: every code the process pack declares (and the §3 generic
 * codes where they apply), each on its cell, on our tables in both languages:
 * the same cell and severity whichever language the sheet and the messages
 * are in, and a message in that language.
 */
import { checkWorkbook, dayToSerial, getTemplate, LOCALES, type Issue } from '../../../src/core';
import type { TemplateKind } from '../../../src/core';
import { STATUTORY_CALENDAR } from '../../../src/calendarData/statutory';
import { buildWorkingCalendar } from '../../../src/core/calendar';
import { grid, headers, row } from '../grids';

const CALENDAR = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] });

const day = (text: string): number => dayToSerial(text);
const at = (text: string, hour: number): number => day(text) + hour / 24;

type Values = Readonly<Record<string, unknown>>;
interface Case {
  readonly kind: TemplateKind;
  readonly today: string;
  readonly base: Values;
  readonly code: string;
  /** One or more rows: the base with these values over it. */
  readonly rows: readonly Values[];
  readonly cell: string;
  readonly severity: 'error' | 'warning';
}

const NOTICE: Values = {
  id: 'MT-001',
  topic: 'Q3销售目标分解',
  startsAt: at('2023-09-01', 14),
  minutes: 60,
  place: '301会议室',
  host: '*总',
  attendees: '销售部全体',
  materialsSent: day('2023-08-30'),
};
const ACTION: Values = {
  meetingId: 'MT-001',
  heldOn: at('2023-09-01', 14),
  minutesSent: day('2023-09-02'),
  action: '销售目标分解表',
  owner: '*经理',
  due: day('2023-09-05'),
  status: '进行中',
};
const MILESTONE: Values = {
  project: '客户管理系统上线',
  milestone: '原型设计',
  planned: day('2023-09-20'),
  owner: '*设计师',
};
const CUSTOMER: Values = {
  customer: 'ABC科技有限公司',
  tier: 'VIP',
  contactedOn: at('2023-09-10', 10),
  owner: '李经理',
  followUpBy: day('2023-09-20'),
  status: '进行中',
};
const APPROVAL: Values = {
  id: '制度-2023-001',
  document: '2023年费用报销制度',
  type: '制度',
  applicant: '*专员',
  submitted: day('2023-07-03'),
  chain: '部门负责人-分管领导',
  departmentHeadOpinion: '同意',
  departmentHeadDate: day('2023-07-04'),
};
const TRAINING: Values = {
  topic: '新员工入职培训',
  trainer: '*HR经理',
  heldOn: day('2023-07-18'),
  notifiedOn: day('2023-07-14'),
  trainees: 12,
  satisfaction: 4.2,
  score: 85,
};
/** The handbook's own first example row: it has no dates, so it types into our table as it is. */
const handbookRow = (kind: TemplateKind): Values => getTemplate(kind).sample!['zh-CN'][0]!;
const RACI = handbookRow('raci');
const KPI = handbookRow('kpis');
const RISK = handbookRow('risks');

const one = (
  kind: TemplateKind,
  today: string,
  base: Values,
  code: string,
  values: Values,
  cell: string,
  severity: 'error' | 'warning',
): Case => ({ kind, today, base, code, rows: [values], cell, severity });

const CASES: readonly Case[] = [
  // §11.1
  one('notices', '2023-08-25', NOTICE, 'meeting-too-long', { minutes: 120 }, 'D2', 'warning'),
  one(
    'notices',
    '2023-08-25',
    NOTICE,
    'materials-late',
    { materialsSent: day('2023-09-01') },
    'J2',
    'warning',
  ),
  one('notices', '2023-08-25', NOTICE, 'unassigned', { host: '待定' }, 'F2', 'warning'),
  one('notices', '2023-08-25', NOTICE, 'missing-name', { topic: '' }, 'B2', 'error'),
  one('notices', '2023-08-25', NOTICE, 'missing-due', { startsAt: null }, 'C2', 'error'),
  one('notices', '2023-08-25', NOTICE, 'invalid-date', { materialsSent: '下周' }, 'J2', 'error'),
  // §11.2
  one(
    'actions',
    '2023-09-03',
    ACTION,
    'minutes-late',
    { minutesSent: day('2023-09-03') },
    'D2',
    'warning',
  ),
  one('actions', '2023-09-03', ACTION, 'unassigned', { owner: '' }, 'G2', 'warning'),
  one('actions', '2023-09-03', ACTION, 'missing-due', { due: null }, 'H2', 'error'),
  one('actions', '2023-09-03', ACTION, 'invalid-status', { status: '做梦中' }, 'I2', 'error'),
  one(
    'actions',
    '2023-09-03',
    ACTION,
    'missing-completed-date',
    { status: '已完成' },
    'J2',
    'warning',
  ),
  one('actions', '2023-09-03', ACTION, 'missing-name', { action: '' }, 'F2', 'error'),
  // §11.3
  one('milestones', '2023-09-15', MILESTONE, 'unassigned', { owner: '' }, 'F2', 'warning'),
  one('milestones', '2023-09-15', MILESTONE, 'missing-due', { planned: null }, 'C2', 'error'),
  one('milestones', '2023-09-15', MILESTONE, 'invalid-date', { actual: '下周' }, 'D2', 'error'),
  one('milestones', '2023-09-15', MILESTONE, 'missing-name', { milestone: '' }, 'B2', 'error'),
  // §11.4
  one('customers', '2023-09-15', CUSTOMER, 'invalid-tier', { tier: '金牌' }, 'B2', 'error'),
  one('customers', '2023-09-15', CUSTOMER, 'unassigned', { owner: '' }, 'H2', 'warning'),
  one('customers', '2023-09-15', CUSTOMER, 'invalid-status', { status: '做梦中' }, 'J2', 'error'),
  one('customers', '2023-09-15', CUSTOMER, 'invalid-date', { followUpBy: '下周' }, 'I2', 'error'),
  one('customers', '2023-09-15', CUSTOMER, 'missing-name', { customer: '' }, 'A2', 'error'),
  // §11.5
  one(
    'approvals',
    '2023-07-05',
    APPROVAL,
    'archive-number-format',
    { id: '制度-2022-001' },
    'A2',
    'warning',
  ),
  one(
    'approvals',
    '2023-07-05',
    APPROVAL,
    'archive-number-format',
    { id: '制度2023001' },
    'A2',
    'warning',
  ),
  one(
    'approvals',
    '2023-07-05',
    APPROVAL,
    'rejected-without-reason',
    { departmentHeadOpinion: '驳回' },
    'G2',
    'warning',
  ),
  one(
    'approvals',
    '2023-07-10',
    APPROVAL,
    'approval-order',
    { divisionLeadOpinion: '同意', divisionLeadDate: day('2023-07-03') },
    'K2',
    'error',
  ),
  one('approvals', '2023-07-05', APPROVAL, 'missing-name', { document: '' }, 'B2', 'error'),
  one('approvals', '2023-07-05', APPROVAL, 'invalid-date', { submitted: '下周' }, 'E2', 'error'),
  // §11.6
  one(
    'training',
    '2023-07-20',
    TRAINING,
    'notice-late',
    { notifiedOn: day('2023-07-16') },
    'D2',
    'warning',
  ),
  one('training', '2023-07-20', TRAINING, 'score-out-of-range', { satisfaction: 6 }, 'F2', 'error'),
  one('training', '2023-07-20', TRAINING, 'score-out-of-range', { score: 101 }, 'G2', 'error'),
  one('training', '2023-07-20', TRAINING, 'invalid-number', { trainees: '很多' }, 'E2', 'error'),
  one('training', '2023-07-20', TRAINING, 'missing-name', { topic: '' }, 'A2', 'error'),
  // §11.7
  one('raci', '2023-07-20', RACI, 'raci-no-accountable', { role2: 'C' }, 'A2', 'error'),
  one('raci', '2023-07-20', RACI, 'raci-many-accountable', { role1: 'A/R' }, 'A2', 'error'),
  one('raci', '2023-07-20', RACI, 'raci-no-responsible', { role1: 'C' }, 'A2', 'error'),
  one('raci', '2023-07-20', RACI, 'invalid-raci', { role3: '拍板' }, 'D2', 'error'),
  // §11.8
  one('kpis', '2026-02-20', KPI, 'missing-direction', { direction: '' }, 'E2', 'warning'),
  one('kpis', '2026-02-20', KPI, 'invalid-number', { actual: '五百二' }, 'G2', 'error'),
  one('kpis', '2026-02-20', KPI, 'invalid-date', { period: '一月' }, 'C2', 'error'),
  {
    kind: 'kpis',
    today: '2026-02-20',
    base: KPI,
    code: 'duplicate-kpi',
    rows: [{}, { actual: 510 }],
    cell: 'A3',
    severity: 'error',
  },
  // §11.9
  one('risks', '2026-02-20', RISK, 'score-out-of-range', { likelihood: 7 }, 'D2', 'error'),
  one('risks', '2026-02-20', RISK, 'score-out-of-range', { impact: 0 }, 'E2', 'error'),
  one('risks', '2026-02-20', RISK, 'invalid-strategy', { strategy: '躲避' }, 'H2', 'error'),
  one('risks', '2026-02-20', RISK, 'accepting-high-risk', { strategy: '接受' }, 'H2', 'warning'),
  one('risks', '2026-02-20', RISK, 'high-risk-unprepared', { contingency: '' }, 'N2', 'warning'),
  one('risks', '2026-02-20', RISK, 'high-risk-unprepared', { owner: '' }, 'M2', 'warning'),
  one('risks', '2026-02-20', RISK, 'missing-id', { id: '' }, 'A2', 'warning'),
];

function check(
  kind: TemplateKind,
  locale: (typeof LOCALES)[number],
  rows: readonly Values[],
  today: string,
) {
  const template = getTemplate(kind);
  return checkWorkbook(
    [
      grid(
        template.sheetName[locale],
        [headers(kind, locale), ...rows.map((values) => row(kind, values))],
        undefined,
        template.tableName,
      ),
    ],
    { today, locale, calendar: CALENDAR, statutory: STATUTORY_CALENDAR },
  ).issues;
}

const located = (issues: readonly Issue[]) =>
  issues.map((issue) => [issue.cell, issue.code, issue.severity]);

describe('every process-pack code on its cell, in both languages', () => {
  it.each([
    'notices',
    'actions',
    'milestones',
    'customers',
    'approvals',
    'training',
    'raci',
    'kpis',
    'risks',
  ] as const)('the base %s row is clean', (kind) => {
    const base = CASES.find((candidate) => candidate.kind === kind)!;
    for (const locale of LOCALES)
      expect(located(check(kind, locale, [base.base], base.today))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.kind, c.code, c.cell, c] as const))(
    '%s: %s on %s',
    (_kind, _code, _cell, c) => {
      const rows = c.rows.map((values) => ({ ...c.base, ...values }));
      const [zh, en] = LOCALES.map((locale) => check(c.kind, locale, rows, c.today));
      expect(located(zh!)).toContainEqual([c.cell, c.code, c.severity]);
      expect(located(en!)).toEqual(located(zh!));
      const message = (issues: readonly Issue[]) =>
        issues.find((issue) => issue.cell === c.cell && issue.code === c.code)!.message;
      expect(message(zh!)).toMatch(/[\u4e00-\u9fff]/);
      expect(message(en!)).toMatch(/[A-Za-z]{4}/);
      expect(message(en!)).not.toMatch(/[，：；（）]/);
    },
  );
});
