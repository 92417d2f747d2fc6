/**
 * Issue 14: every review card item that stands for a row (a delayed action or
 * milestone, an overdue approval or customer, a KPI, a triggered risk) links
 * to that row's name cell (the column whose blank is `missing-name`: the
 * action item, the milestone, the risk), wherever the table starts, while
 * `review --json` keeps its keys. Delayed tasks link the same way.
 */
import { readWorkbook, type EngineOptions, type Grid } from '../../src/core';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { buildWorkingCalendar } from '../../src/core/calendar';
import { buildReview } from '../../src/core/review/model';
import { buildSections } from '../../src/core/review/sections';
import { KPIS } from '../../src/core/templates/kpis';
import { RISKS } from '../../src/core/templates/risks';
import { TRAINING } from '../../src/core/templates/training';
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

  it('every delayed, overdue, period or triggered row’s card item has its sheet and name cell', () => {
    const links = Object.fromEntries(
      sections.map(({ key, card }) => [
        key,
        card.items.map(({ at }) => (at ? `${at.sheet}!${at.cell}` : null)),
      ]),
    );
    expect(links).toEqual({
      // 待办事项, 里程碑节点, 客户名称, 文件名称, 指标名称, 风险描述.
      actions: ['会议纪要!F4'],
      milestones: ['项目进度!B4'],
      customers: ['客户沟通!A3', '客户沟通!A3'],
      approvals: ['文件审批!A4'],
      kpis: ['KPI监控表!A2'],
      risks: ['风险登记表!B2'],
    });
  });

  it('a table that starts further right links to its name cell there, delayed tasks too', () => {
    const shifted = (sheet: Grid, columns: number): Grid => ({
      ...sheet,
      origin: { row: sheet.origin.row, column: columns },
    });
    const reading = readWorkbook(
      [
        shifted(teamSheet('会议纪要', HANDBOOK_MINUTES_HEADERS, HANDBOOK_ACTIONS), 2),
        shifted(
          grid('任务', [
            ['任务ID', '任务名称', '负责人', '截止日期', '当前状态'],
            ['OP-001', '调研', '张*', '2023-09-05', '进行中'],
          ]),
          3,
        ),
      ],
      { ...OPTIONS, today: '2023-09-20' },
    );
    const actions = buildSections(reading, '2023-09').find(({ key }) => key === 'actions');
    expect(actions?.card.items.map(({ at }) => at)).toEqual([{ sheet: '会议纪要', cell: 'H4' }]);
    expect(buildReview(reading, '2023-09', OPTIONS).locations?.delayed).toEqual([
      { sheet: '任务', cell: 'E2' },
    ]);
  });

  it('each training session of the month is a line that selects its row', () => {
    const reading = readWorkbook(
      [
        grid(
          '培训',
          [
            TRAINING.columns.map((column) => column.header['zh-CN']),
            ['新员工入职培训', '王*', '2023-09-03', '2023-08-28', 12, 4.5, 88, ''],
            ['八月的培训', '李*', '2023-08-28', '2023-08-20', 8, 4, 80, ''],
            ['安全培训', '赵*', '2023-09-18', '2023-09-11', 20, '', '', ''],
          ],
          { row: 0, column: 0 },
          'OpsTraining',
        ),
      ],
      OPTIONS,
    );
    const training = buildSections(reading, '2023-09').find(({ key }) => key === 'training');
    expect(training?.card.items).toEqual([
      {
        text: '2023-09-03 新员工入职培训：满意度 4.5，考核成绩 88',
        at: { sheet: '培训', cell: 'A2' },
      },
      { text: '2023-09-18 安全培训：满意度 无，考核成绩 无', at: { sheet: '培训', cell: 'A4' } },
    ]);
  });

  it('the section JSON holds no location keys', () => {
    expect(JSON.stringify(sections.map(({ json }) => json))).not.toContain('"at"');
  });
});
