/**
 * The handbooks' own process-pack sheets (their headers, the project written
 * once, the single 审批意见栏 cell) are recognised as our templates, read
 * clean, and give the figures a person computes by hand.
 */
import { readWorkbook, type EngineOptions, type Grid } from '../../../src/core';
import { STATUTORY_CALENDAR } from '../../../src/calendarData/statutory';
import { buildWorkingCalendar } from '../../../src/core/calendar';
import { recordsOf } from '../../../src/core/read/workbook';
import { buildSections } from '../../../src/core/review/sections';
import {
  HANDBOOK_ACTIONS,
  HANDBOOK_APPROVAL_HEADERS,
  HANDBOOK_APPROVALS,
  HANDBOOK_CUSTOMER_HEADERS,
  HANDBOOK_CUSTOMERS,
  HANDBOOK_MILESTONE_HEADERS,
  HANDBOOK_MILESTONES,
  HANDBOOK_MINUTES_HEADERS,
  HANDBOOK_NOTICE_HEADERS,
  HANDBOOK_NOTICES,
} from '../../fixtures/processPack';
import { grid } from '../grids';

const teamSheet = (
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Grid => grid(name, [['（部门）运营手册模板'], [...header], ...rows.map((cells) => [...cells])]);

const CALENDAR = buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] });

const SHEETS: readonly Grid[] = [
  teamSheet('会议通知', HANDBOOK_NOTICE_HEADERS, HANDBOOK_NOTICES),
  teamSheet('会议纪要', HANDBOOK_MINUTES_HEADERS, HANDBOOK_ACTIONS),
  teamSheet('项目进度', HANDBOOK_MILESTONE_HEADERS, HANDBOOK_MILESTONES),
  teamSheet('客户沟通', HANDBOOK_CUSTOMER_HEADERS, HANDBOOK_CUSTOMERS),
  teamSheet('文件审批', HANDBOOK_APPROVAL_HEADERS, HANDBOOK_APPROVALS),
];

function read(today: string) {
  const options: EngineOptions = { today, locale: 'zh-CN', calendar: CALENDAR };
  return { reading: readWorkbook(SHEETS, options), options };
}

function section(kind: string, month: string, today: string) {
  return buildSections(read(today).reading, month).find((built) => built.kind === kind)?.json;
}

describe('the handbook’s process-pack sheets', () => {
  it('are recognised as notices, actions, milestones, customers and approvals, below a title row', () => {
    const { reading } = read('2023-09-12');
    expect(reading.sheets.map((sheet) => [sheet.sheet, sheet.kind, sheet.headerRow])).toEqual([
      ['会议通知', 'notices', 2],
      ['会议纪要', 'actions', 2],
      ['项目进度', 'milestones', 2],
      ['客户沟通', 'customers', 2],
      ['文件审批', 'approvals', 2],
    ]);
  });
  it('read clean (as of the day each example describes)', () => {
    expect(read('2023-08-20').reading.issues).toEqual([]);
  });
  it('MT-001 Q3销售目标分解: 2 action items due in 2023-09, 1 done, 区域推广方案 4 days late on 09-12', () => {
    expect(section('actions', '2023-09', '2023-09-12')).toEqual({
      scope: 2,
      completed: 1,
      delayed: [
        {
          id: '会议纪要!4',
          name: '区域推广方案',
          due: '2023-09-08',
          reason: '等待市场部提供活动预算',
          daysLate: 4,
        },
      ],
    });
  });
  it('客户管理系统上线 (written once): 需求确认 on time, 原型设计 延期2天', () => {
    expect(section('milestones', '2023-09', '2023-10-01')).toEqual({
      scope: 2,
      onTime: 1,
      delayed: [
        {
          project: '客户管理系统上线',
          milestone: '原型设计',
          planned: '2023-09-20',
          actual: '2023-09-22',
          deviationDays: 2,
        },
      ],
    });
  });
  it('ABC科技有限公司 (重要 = VIP), contacted 2026-01-10, is due a revisit 2026-02-10', () => {
    expect(section('customers', '2026-02', '2026-02-11')).toEqual({
      revisitOverdue: [
        {
          customer: 'ABC科技有限公司',
          tier: 'vip',
          lastContact: '2026-01-10',
          revisitBy: '2026-02-10',
        },
      ],
      followUpsOverdue: [{ customer: 'ABC科技有限公司', followUpBy: '2026-01-20' }],
    });
  });
  it('2023年费用报销制度: 部门负责人：同意；分管领导：需补充差旅费标准 is returned, nothing pending', () => {
    const { reading } = read('2023-07-20');
    const [approval] = recordsOf(reading, 'approvals');
    expect([...(approval?.entries ?? [])]).toEqual([
      ['departmentHead', { opinion: '同意', date: null, fromCell: true }],
      ['divisionLead', { opinion: '需补充差旅费标准', date: null, fromCell: true }],
    ]);
    expect(section('approvals', '2023-07', '2023-07-20')).toEqual({
      submitted: 1,
      onTimeRate: null,
      overdue: [],
    });
  });
});
