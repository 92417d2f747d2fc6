/**
 * Issue 14: every review card item that stands for a row (a delayed action or
 * milestone, an overdue approval or customer, a KPI, a triggered risk) links
 * to that row's first cell, while `review --json` keeps its keys.
 */
import { readWorkbook, type EngineOptions, type Grid } from '../../src/core';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { buildWorkingCalendar } from '../../src/core/calendar';
import { buildSections } from '../../src/core/review/sections';
import { KPIS } from '../../src/core/templates/kpis';
import { RISKS } from '../../src/core/templates/risks';
import {
  HANDBOOK_ACTIONS,
  HANDBOOK_APPROVAL_HEADERS,
  HANDBOOK_APPROVALS,
  HANDBOOK_CUSTOMER_HEADERS,
  HANDBOOK_CUSTOMERS,
  HANDBOOK_MILESTONE_HEADERS,
  HANDBOOK_MILESTONES,
  HANDBOOK_MINUTES_HEADERS,
} from '../fixtures/processPack';
import { grid } from './grids';

const teamSheet = (
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Grid => grid(name, [['（部门）运营手册模板'], [...header], ...rows.map((cells) => [...cells])]);

const ourSheet = (
  sheetName: string,
  columns: readonly { readonly key: string; readonly header: { readonly 'zh-CN': string } }[],
  row: Readonly<Record<string, unknown>>,
): Grid => ({
  sheetName,
  cells: [columns.map((column) => column.header['zh-CN']), columns.map((c) => row[c.key] ?? null)],
  origin: { row: 0, column: 0 },
});

const SHEETS: readonly Grid[] = [
  teamSheet('会议纪要', HANDBOOK_MINUTES_HEADERS, HANDBOOK_ACTIONS),
  teamSheet('项目进度', HANDBOOK_MILESTONE_HEADERS, HANDBOOK_MILESTONES),
  teamSheet('客户沟通', HANDBOOK_CUSTOMER_HEADERS, HANDBOOK_CUSTOMERS),
  // The handbook's approval is returned; a second one waits on its first level.
  teamSheet('文件审批', HANDBOOK_APPROVAL_HEADERS, [
    ...HANDBOOK_APPROVALS,
    ['2023年采购制度', '制度', '*专员', '2023-09-01', '部门负责人-总经理', ''],
  ]),
  ourSheet('KPI监控表', KPIS.columns, {
    indicator: '销售额',
    period: '2023-09',
    direction: '越高越好',
    target: 500,
    actual: 520,
  }),
  ourSheet('风险登记表', RISKS.columns, {
    id: 'RK-001',
    risk: '核心供应商断供',
    likelihood: 4,
    impact: 5,
    indicator: '库存天数',
    trigger: '≤',
    threshold: 10,
    current: 8,
    status: '监控中',
  }),
];

const OPTIONS: EngineOptions = {
  today: '2026-02-11',
  locale: 'zh-CN',
  calendar: buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] }),
};

describe('review card items link to their rows (issue 14)', () => {
  const sections = buildSections(readWorkbook(SHEETS, OPTIONS), '2023-09');

  it('every delayed, overdue, period or triggered row’s card item has its sheet and A<row>', () => {
    const links = Object.fromEntries(
      sections.map(({ key, card }) => [
        key,
        card.items.map(({ at }) => (at ? `${at.sheet}!${at.cell}` : null)),
      ]),
    );
    expect(links).toEqual({
      actions: ['会议纪要!A4'],
      milestones: ['项目进度!A4'],
      customers: ['客户沟通!A3', '客户沟通!A3'],
      approvals: ['文件审批!A4'],
      kpis: ['KPI监控表!A2'],
      risks: ['风险登记表!A2'],
    });
  });

  it('the section JSON holds no location keys', () => {
    expect(JSON.stringify(sections.map(({ json }) => json))).not.toContain('"at"');
  });
});
