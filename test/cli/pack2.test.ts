/**
 * SPEC §11.6–§11.10 through the compiled command line: `template <kind>` for
 * each pack-2 kind, `check --json` with every issue on its cell, and
 * `review --json` with the training, kpis and risks sections under their keys.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planSheet } from '../../src/core';
import { KPIS } from '../../src/core/templates/kpis';
import { RACI } from '../../src/core/templates/raci';
import { RISKS } from '../../src/core/templates/risks';
import { TRAINING } from '../../src/core/templates/training';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { builtCli, runCli } from './support/builtCli';
import { load } from './support/workbooks';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-cli-pack2-'));

beforeAll(() => {
  builtCli();
}, 300_000);

describe('pack 2 through the CLI', () => {
  it.each(['training', 'raci', 'kpis', 'risks'])('template %s writes its table', async (kind) => {
    const out = path.join(dir, `${kind}.xlsx`);
    expect(runCli(['template', kind, '--out', out, '--lang', 'zh-CN']).status).toBe(0);
    const workbook = await load(out);
    const tables = workbook.worksheets.flatMap((sheet) =>
      (sheet.getTables() as unknown as { model: { name: string } }[]).map((t) => t.model.name),
    );
    expect(tables).toHaveLength(1);
  });

  it('check --json and review --json over the handbook samples with a few mistakes', async () => {
    const workbook = new ExcelJS.Workbook();
    const withRow = <T extends typeof TRAINING | typeof RACI | typeof KPIS | typeof RISKS>(
      template: T,
      extra: Record<string, string | number>,
    ): T => {
      const sample = template.sample!;
      return { ...template, sample: { ...sample, 'zh-CN': [...sample['zh-CN'], extra] } };
    };
    for (const template of [
      withRow(TRAINING, {
        topic: '客户服务礼仪',
        heldOn: '2023-07-20',
        notifiedOn: '2023-07-19',
        satisfaction: 6,
        score: 80,
      }),
      withRow(RACI, { task: '年度计划', role1: 'R', role2: 'A', role3: 'A', role4: 'X' }),
      withRow(KPIS, {
        indicator: '销售额',
        period: '2026-01',
        direction: '越高越好',
        target: 500,
        actual: 480,
      }),
      withRow(RISKS, {
        id: 'RK-006',
        risk: '汇率波动',
        likelihood: 5,
        impact: 4,
        strategy: '接受',
        owner: '待定',
      }),
    ])
      writeSheetPlan(workbook, planSheet(template, 'zh-CN', { withSample: true }));
    const file = path.join(dir, 'pack2.xlsx');
    await workbook.xlsx.writeFile(file);

    const check = runCli(['check', file, '--today', '2026-02-20', '--json']);
    expect(check.status).toBe(1);
    const issues = (
      JSON.parse(check.stdout) as { issues: { sheet: string; cell: string; code: string }[] }
    ).issues;
    expect(issues.map(({ sheet, cell, code }) => `${sheet}!${cell} ${code}`)).toEqual([
      '培训效果评估表!D3 notice-late',
      '培训效果评估表!F3 score-out-of-range',
      '项目责任矩阵!E5 invalid-raci',
      '项目责任矩阵!A5 raci-many-accountable',
      '风险登记表!M7 high-risk-unprepared',
      '风险登记表!H7 accepting-high-risk',
      // Checks across rows come after every sheet was read.
      'KPI监控表!A10 duplicate-kpi',
    ]);

    const review = runCli([
      'review',
      file,
      '--month',
      '2026-01',
      '--today',
      '2026-02-20',
      '--json',
    ]);
    expect(review.status).toBe(0);
    const document = JSON.parse(review.stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(
      expect.arrayContaining(['month', 'delayed', 'training', 'kpis', 'risks']),
    );
    expect(document).not.toHaveProperty('raci');
    expect(document.training).toEqual({
      sessions: 0,
      averageSatisfaction: null,
      averageScore: null,
    });
    expect((document.kpis as { indicator: string }[]).map((kpi) => kpi.indicator)).toContain(
      '订单处理时长',
    );
    expect(document.kpis).toEqual(
      expect.arrayContaining([
        {
          indicator: '销售额',
          family: 'financial',
          period: '2026-01',
          target: 500,
          actual: 520,
          attainment: 1.04,
          status: 'met',
        },
      ]),
    );
    expect(document.risks).toEqual({
      triggered: [
        { id: 'RK-001', risk: '核心供应商断供', indicator: '库存天数', threshold: 10, current: 8 },
        {
          id: 'RK-003',
          risk: '订单系统宕机',
          indicator: '月故障时长（小时）',
          threshold: 4,
          current: 5,
        },
      ],
      high: ['RK-001', 'RK-002', 'RK-006'],
    });

    const july = JSON.parse(
      runCli(['review', file, '--month', '2023-07', '--today', '2026-02-20', '--json']).stdout,
    ) as { training: unknown };
    expect(july.training).toEqual({ sessions: 2, averageSatisfaction: 4.2, averageScore: 82.5 });
  }, 120_000);
});
