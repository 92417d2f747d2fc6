/**
 * Issue 13 through the gateway over the fake Excel (src/excel, the use cases
 * the pane and the ribbon call): the training evaluation, RACI matrix, KPI
 * monitor and risk register inserted with the handbook's example, in both
 * languages, checked clean, then edited as a person would and checked again:
 * each code on its cell, in the sheet's language, equal to what the core finds
 * reading the same cells.
 */
import {
  checkWorkbook,
  getTemplate,
  TABLE_NAMES,
  type Issue,
  type Locale,
  type TemplateKind,
} from '../../src/core';
import type { FakeExcel } from '../fake-excel';
import { fillTable, setUp, type Row } from './helpers';

const TODAY = '2026-02-20';
const KINDS = ['training', 'raci', 'kpis', 'risks'] as const;

/** A person's edits on the first example row, and the codes they must produce on which column. */
const EDITS: Readonly<
  Record<(typeof KINDS)[number], { row: Row; codes: readonly [string, string][] }>
> = {
  training: {
    row: { notifiedOn: '2023-07-16', satisfaction: 6, score: '一百零一' },
    codes: [
      ['notifiedOn', 'notice-late'],
      ['satisfaction', 'score-out-of-range'],
      ['score', 'invalid-number'],
    ],
  },
  raci: {
    row: { role1: 'A/R', role2: 'R、A', role3: '拍板' },
    codes: [
      ['task', 'raci-many-accountable'],
      ['role3', 'invalid-raci'],
    ],
  },
  kpis: {
    row: { direction: '', target: '五百', lastYear: '1,234.5' },
    codes: [
      ['direction', 'missing-direction'],
      ['target', 'invalid-number'],
    ],
  },
  risks: {
    row: { likelihood: 7, strategy: '躲避', owner: '' },
    codes: [
      ['likelihood', 'score-out-of-range'],
      ['strategy', 'invalid-strategy'],
    ],
  },
};

/** The sheet's cells as the core reads them: what the gateway read must give the same issues. */
function gridOf(fake: FakeExcel, kind: TemplateKind) {
  const table = fake.workbook.table(TABLE_NAMES[kind])!;
  const { row, column, rowCount, columnCount } = table.rect;
  const cells = Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: columnCount }, (_, c) => table.sheet.cellAt(row + r, column + c).value),
  );
  return {
    sheetName: table.sheet.name,
    cells,
    origin: { row, column },
    tableName: table.name,
  };
}

const located = (issues: readonly Issue[]) =>
  issues.map((issue) => [issue.cell, issue.code, issue.severity]);

describe.each(KINDS.flatMap((kind) => (['zh-CN', 'en-US'] as const).map((l) => [kind, l])))(
  '%s (%s) through the gateway',
  (kind, locale) => {
    const template = getTemplate(kind as TemplateKind);
    const letterOf = (key: string): string =>
      String.fromCharCode(65 + template.columns.findIndex((column) => column.key === key));

    it('inserts the handbook example, which checks clean', async () => {
      const { fake, ops } = setUp();
      const inserted = await ops.insertTemplate(kind as TemplateKind, locale as Locale, {
        withSample: true,
      });
      expect(inserted.sheetName).toBe(template.sheetName[locale as Locale]);
      const result = await ops.checkWorkbook({ locale: locale as Locale, today: TODAY });
      expect(result.errors).toBe(0);
      expect(result.sheets).toEqual([
        expect.objectContaining({
          kind,
          ours: true,
          rows: template.sample![locale as Locale].length,
        }),
      ]);
      expect(gridOf(fake, kind as TemplateKind).cells.length).toBe(
        template.sample![locale as Locale].length + 1,
      );
    });

    it('a person’s edits give each code on its cell, in the sheet’s language, as the core reads them', async () => {
      const { fake, ops } = setUp();
      await ops.insertTemplate(kind as TemplateKind, locale as Locale, { withSample: true });
      const edit = EDITS[kind as (typeof KINDS)[number]];
      fillTable(fake, kind as TemplateKind, [edit.row]);
      const result = await ops.checkWorkbook({ locale: locale as Locale, today: TODAY });
      const found = located(result.issues);
      for (const [key, code] of edit.codes)
        expect(found).toContainEqual([`${letterOf(key)}2`, code, expect.any(String)]);
      // The message is in the sheet's language; an English one quotes the cell's own text only.
      for (const issue of result.issues)
        if (locale === 'zh-CN') expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
        else expect(issue.message.replace(/"[^"]*"/g, '')).not.toMatch(/[\u4e00-\u9fff，：；]/);
      const core = checkWorkbook([gridOf(fake, kind as TemplateKind)], {
        today: TODAY,
        locale: locale as Locale,
      });
      expect(located(result.issues)).toEqual(located(core.issues));
    });
  },
);
