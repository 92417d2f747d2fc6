/**
 * The process pack through the compiled command line (SPEC §11.10): its
 * templates written and read back clean, its codes in `check --json` with
 * their cells, and each kind's section in `review --json` (absent for a kind
 * the workbook lacks) and in the text output — on the handbooks' own sheets.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
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
} from '../fixtures/processPack';
import { builtCli, runCli } from './support/builtCli';
import { saveAs } from './support/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-cli-pack1-'));
const file = (name: string) => path.join(dir, name);

function teamSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(['（部门）运营手册模板']);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
}

let handbook: string;
let withoutPack: string;

beforeAll(async () => {
  builtCli();
  const workbook = new ExcelJS.Workbook();
  teamSheet(workbook, '会议通知', HANDBOOK_NOTICE_HEADERS, HANDBOOK_NOTICES);
  teamSheet(workbook, '会议纪要', HANDBOOK_MINUTES_HEADERS, HANDBOOK_ACTIONS);
  teamSheet(workbook, '项目进度', HANDBOOK_MILESTONE_HEADERS, HANDBOOK_MILESTONES);
  teamSheet(workbook, '客户沟通', HANDBOOK_CUSTOMER_HEADERS, HANDBOOK_CUSTOMERS);
  teamSheet(workbook, '文件审批', HANDBOOK_APPROVAL_HEADERS, HANDBOOK_APPROVALS);
  handbook = file('process-pack.xlsx');
  await saveAs(workbook, handbook);
  withoutPack = file('tracker-only.xlsx');
  expect(runCli(['template', 'tracker', '--out', withoutPack]).status).toBe(0);
}, 180_000);

describe('process pack on the command line', () => {
  it.each(['notices', 'actions', 'milestones', 'customers', 'approvals'])(
    'template %s writes a sheet that check reads back clean in both languages',
    (kind) => {
      for (const lang of ['zh-CN', 'en-US']) {
        const out = file(`${kind}-${lang}.xlsx`);
        expect(runCli(['template', kind, '--out', out, '--lang', lang]).status).toBe(0);
        const check = runCli(['check', out, '--json', '--today', '2023-07-20']);
        expect(check.status).toBe(0);
        expect(JSON.parse(check.stdout)).toMatchObject({ issues: [], errors: 0 });
      }
    },
  );

  it('review --json adds actions, milestones, customers and approvals with the handbook’s figures', () => {
    const run = runCli([
      'review',
      handbook,
      '--month',
      '2023-09',
      '--today',
      '2023-09-12',
      '--json',
    ]);
    expect(run.status).toBe(0);
    const review = JSON.parse(run.stdout);
    expect(review.actions).toEqual({
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
    expect(review.milestones).toEqual({
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
    expect(review.customers).toEqual({ revisitOverdue: [], followUpsOverdue: [] });
    expect(review.approvals).toEqual({ submitted: 0, onTimeRate: null, overdue: [] });
  });

  it('ABC科技有限公司 (重要 = VIP) is due a revisit 2026-02-10', () => {
    const run = runCli([
      'review',
      handbook,
      '--month',
      '2026-02',
      '--today',
      '2026-02-11',
      '--json',
    ]);
    expect(JSON.parse(run.stdout).customers.revisitOverdue).toEqual([
      {
        customer: 'ABC科技有限公司',
        tier: 'vip',
        lastContact: '2026-01-10',
        revisitBy: '2026-02-10',
      },
    ]);
  });

  it('a workbook without the pack has none of its keys', () => {
    const run = runCli(['review', withoutPack, '--month', '2023-09', '--json']);
    const review = JSON.parse(run.stdout);
    for (const key of ['actions', 'milestones', 'customers', 'approvals'])
      expect(review).not.toHaveProperty(key);
  });

  it('the text output says each section with its month', () => {
    const run = runCli(['review', handbook, '--month', '2023-09', '--today', '2023-09-12']);
    expect(run.stdout).toContain('会议待办（2023-09）：到期 2 项，已完成 1 项，延期 1 项');
    expect(run.stdout).toContain('客户管理系统上线 · 原型设计：计划 2023-09-20，延期2天');
  });
});
