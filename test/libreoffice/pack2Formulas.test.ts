/**
 * The KPI, risk and RACI live formulas, recalculated by LibreOffice, equal the
 * core's figures on every row: hand-picked edge cases (lower is better, an
 * actual of 0, a target of 0, negative figures, 2.7 ÷ 3) and seeded random rows.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { attainment, kpiStatus, yearOnYear } from '../../src/core/templates/kpis/attainment';
import { parseDirection } from '../../src/core/templates/kpis/direction';
import {
  attainmentFormula,
  KPI_STATUS_LABELS,
  statusFormula,
  yearOnYearFormula,
} from '../../src/core/templates/kpis/formulas';
import { withoutOneAccountableFormula } from '../../src/core/templates/raci/formulas';
import { parseRaciCell } from '../../src/core/templates/raci/letters';
import { countRoles } from '../../src/core/templates/raci/task';
import {
  levelFormula,
  scoreFormula,
  triggeredFormula,
} from '../../src/core/templates/risks/formulas';
import {
  LEVEL_LABELS,
  parseRating,
  riskLevel,
  riskScore,
} from '../../src/core/templates/risks/score';
import { parseRiskStatus } from '../../src/core/templates/risks/status';
import { parseTrigger, warningTriggered } from '../../src/core/templates/risks/trigger';
import { parseNumberCell } from '../../src/core/values/number';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';

const soffice = findSoffice();
if (!soffice) console.warn('soffice not found: the KPI / risk / RACI formula tests are SKIPPED.');
const describeWithEngine = soffice ? describe : describe.skip;

type Value = string | number | null;
const PRECISE = '0.000000000000';

const DIRECTIONS = ['越高越好', '越低越好', 'Higher is better', 'lower', '', '看情况'];
const TARGETS = [500, 3, 0.03, 0, -100, 2, 100];
const ACTUALS = [520, 2.7, 0.033, 0, -50, 2.5, 90, 89.99, 100];
const LAST_YEARS: Value[] = [400, 0, -100, null];

function kpiRows(): Value[][] {
  const rows: Value[][] = [];
  for (const direction of DIRECTIONS)
    for (const target of TARGETS)
      for (const actual of ACTUALS)
        rows.push([direction, target, actual, LAST_YEARS[rows.length % 4] ?? null]);
  const figure = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
  );
  for (const [direction, target, actual, lastYear] of fc.sample(
    fc.tuple(fc.constantFrom(...DIRECTIONS), figure, figure, figure),
    { numRuns: 300, seed: 20260201 },
  ))
    rows.push([direction, target, actual, lastYear]);
  return rows;
}

const RATINGS: Value[] = [1, 2, 3, 4, 5, 0, 6, 2.5, '高', null];
const TRIGGERS = ['', '≥', '≤', '>=', '<=', '不高于', '约等于'];
const STATUSES = ['监控中', '已发生', '已关闭', 'Closed', ''];

function riskRows(): Value[][] {
  const rows: Value[][] = [];
  for (const likelihood of RATINGS) for (const impact of RATINGS) rows.push([likelihood, impact]);
  return rows.map((row, index) => [
    ...row,
    TRIGGERS[index % TRIGGERS.length] ?? '',
    10,
    [8, 10, 12][index % 3] ?? 8,
    STATUSES[index % STATUSES.length] ?? '',
  ]);
}

const ROLE_CELLS = ['R', 'A', 'C', 'I', 'A/R', 'R、A', '审批', '負責', 'Accountable', '', '-'];

function raciRows(): Value[][] {
  return fc
    .sample(fc.array(fc.constantFrom(...ROLE_CELLS), { minLength: 4, maxLength: 4 }), {
      numRuns: 150,
      seed: 7,
    })
    .map((roles, index) => [`任务${index + 1}`, ...roles]);
}

const toCell = (value: Value): ExcelJS.CellValue => value;

describeWithEngine(
  'LibreOffice recalculates the process pack formulas as the core computes',
  () => {
    const KPIS = kpiRows();
    const RISKS = riskRows();
    const RACI = raciRows();
    let sheets: Map<string, string[][]>;

    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      const kpis = workbook.addWorksheet('KPI');
      KPIS.forEach((values, index) => {
        const r = index + 1;
        const cells = {
          direction: `$A${r}`,
          target: `$B${r}`,
          actual: `$C${r}`,
          lastYear: `$D${r}`,
          attainment: `$E${r}`,
        };
        const row = kpis.getRow(r);
        values.forEach((value, column) => (row.getCell(column + 1).value = toCell(value)));
        row.getCell(5).value = { formula: attainmentFormula(cells).slice(1) };
        row.getCell(6).value = { formula: yearOnYearFormula(cells).slice(1) };
        row.getCell(7).value = { formula: statusFormula(cells, 'zh-CN').slice(1) };
        row.getCell(8).value = { formula: statusFormula(cells, 'en-US').slice(1) };
        row.getCell(5).numFmt = PRECISE;
        row.getCell(6).numFmt = PRECISE;
      });
      const risks = workbook.addWorksheet('Risk');
      RISKS.forEach((values, index) => {
        const r = index + 1;
        const row = risks.getRow(r);
        values.forEach((value, column) => (row.getCell(column + 1).value = toCell(value)));
        row.getCell(7).value = { formula: scoreFormula(`$A${r}`, `$B${r}`).slice(1) };
        row.getCell(8).value = { formula: levelFormula(`$G${r}`, 'zh-CN').slice(1) };
        row.getCell(9).value = { formula: levelFormula(`$G${r}`, 'en-US').slice(1) };
        row.getCell(10).value = {
          formula: triggeredFormula({
            trigger: `$C${r}`,
            threshold: `$D${r}`,
            current: `$E${r}`,
            status: `$F${r}`,
          }).slice(1),
        };
      });
      const raci = workbook.addWorksheet('RACI');
      RACI.forEach((values, index) => {
        const r = index + 1;
        const row = raci.getRow(r);
        values.forEach((value, column) => (row.getCell(column + 1).value = toCell(value)));
        row.getCell(6).value = {
          formula: withoutOneAccountableFormula(`$A${r}`, `$B${r}:$E${r}`).slice(1),
        };
      });
      const dir = mkdtempSync(path.join(tmpdir(), 'ops-lo-pack2-'));
      const file = path.join(dir, 'formulas.xlsx');
      await workbook.xlsx.writeFile(file);
      const csv = new LibreOfficeSession(soffice!).convert(file, CSV_ALL_SHEETS);
      expect(csv.status).toBe(0);
      sheets = new Map(
        csv.outputs.map((output) => [
          path.basename(output, '.csv').replace(/^formulas-/, ''),
          parseCsv(readFileSync(output, 'utf8')),
        ]),
      );
    }, 300_000);

    const shownNumber = (shown: string | undefined): number | null =>
      shown === undefined || shown === '' ? null : Number(shown);

    it('KPI attainment, YoY and status', () => {
      const sheet = sheets.get('KPI')!;
      const mismatches = KPIS.flatMap(([direction, target, actual, lastYear], index) => {
        const shown = sheet[index] ?? [];
        const way = parseDirection(direction);
        const t = parseNumberCell(target);
        const a = parseNumberCell(actual);
        const ly = parseNumberCell(lastYear);
        const known = way.ok && t.ok && a.ok;
        const ratio = known ? attainment(way.value, t.value, a.value) : null;
        const status = known ? kpiStatus(way.value, t.value, a.value) : null;
        const yoy = a.ok && ly.ok ? yearOnYear(a.value, ly.value) : null;
        const got = {
          ratio: shownNumber(shown[4]),
          yoy: shownNumber(shown[5]),
          zh: shown[6],
          en: shown[7],
        };
        const close = (x: number | null, y: number | null): boolean =>
          x === null || y === null ? x === y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
        const ok =
          close(got.ratio, ratio) &&
          close(got.yoy, yoy) &&
          got.zh === (status === null ? '' : KPI_STATUS_LABELS['zh-CN'][status]) &&
          got.en === (status === null ? '' : KPI_STATUS_LABELS['en-US'][status]);
        return ok ? [] : [{ row: [direction, target, actual, lastYear], got, ratio, yoy, status }];
      });
      expect(mismatches).toEqual([]);
    });

    it('risk score, level and the early-warning flag', () => {
      const sheet = sheets.get('Risk')!;
      const mismatches = RISKS.flatMap(
        ([likelihood, impact, trigger, threshold, current, status], index) => {
          const shown = sheet[index] ?? [];
          const l = parseRating(likelihood);
          const i = parseRating(impact);
          const score = l.ok && i.ok ? riskScore(l.value, i.value) : null;
          const level = score === null ? null : riskLevel(score);
          const way = parseTrigger(trigger);
          const state = parseRiskStatus(status);
          const fired =
            way.ok &&
            warningTriggered(
              way.value,
              Number(threshold),
              Number(current),
              state.ok ? state.value : null,
            );
          const expected = [
            score === null ? '' : String(score),
            level === null ? '' : LEVEL_LABELS['zh-CN'][level],
            level === null ? '' : LEVEL_LABELS['en-US'][level],
            fired ? 'TRUE' : 'FALSE',
          ];
          return JSON.stringify(shown.slice(6, 10)) === JSON.stringify(expected)
            ? []
            : [
                {
                  row: [likelihood, impact, trigger, threshold, current, status],
                  shown: shown.slice(6, 10),
                  expected,
                },
              ];
        },
      );
      expect(mismatches).toEqual([]);
    });

    it('RACI: the row flag is set exactly when the task lacks exactly one A', () => {
      const sheet = sheets.get('RACI')!;
      const mismatches = RACI.flatMap((row, index) => {
        const letters = row.slice(1).map((cell) => {
          const read = parseRaciCell(cell);
          return read.ok ? read.value : null;
        });
        const expected = countRoles(letters).accountable !== 1 ? 'TRUE' : 'FALSE';
        return sheet[index]?.[5] === expected ? [] : [{ row, shown: sheet[index]?.[5], expected }];
      });
      expect(mismatches).toEqual([]);
    });
  },
);
