/**
 * Bilingual teams write their header twice, one language per row (风险编号
 * above Risk ID): the second row is header too (the two-header-row rule in
 * headers/bind.ts takes it), never a row of data with an invalid value in
 * every column. A data row stays data, whatever words it holds.
 */
import fc from 'fast-check';
import { checkWorkbook, TEMPLATE_KINDS, type TemplateKind } from '../../src/core';
import { CLEAN_TASK, grid, headers, row, ZH } from './grids';

/** Every kind Check reads by its headers (RACI finds its roles by content; the review and calendar are not checked). */
const KINDS = TEMPLATE_KINDS.filter(
  (kind) => kind !== 'raci' && kind !== 'calendar' && kind !== 'review',
);

describe('a header written again below in the other language', () => {
  it.each(KINDS)('%s: the second header row is header, the rows under it are checked', (kind) => {
    const zh = headers(kind as TemplateKind, 'zh-CN');
    const en = headers(kind as TemplateKind, 'en-US');
    const once = checkWorkbook([grid('表', [zh])], ZH);
    const twice = checkWorkbook([grid('表', [zh, en])], ZH);
    expect(once.sheets.map((sheet) => sheet.kind)).toEqual([kind]);
    expect(twice.sheets).toEqual([{ ...once.sheets[0], headerRow: 2, rows: 0 }]);
    expect(twice.issues).toEqual([]);
    // English first, Chinese below: the same.
    const reversed = checkWorkbook([grid('表', [en, zh])], ZH);
    expect(reversed.sheets[0]).toMatchObject({ kind, headerRow: 2, rows: 0 });
  });

  it('a tracker under two header rows gives the issues it gives under one, a row lower', () => {
    const task = row('tracker', { ...CLEAN_TASK, owner: null, due: '2023-07-10' });
    const once = checkWorkbook([grid('表', [headers('tracker'), task])], ZH);
    const twice = checkWorkbook(
      [grid('表', [headers('tracker'), headers('tracker', 'en-US'), task])],
      ZH,
    );
    expect(once.issues.length).toBeGreaterThan(0);
    expect(twice.issues.map((issue) => [issue.code, issue.row])).toEqual(
      once.issues.map((issue) => [issue.code, issue.row + 1]),
    );
  });

  it('a data row below the header stays data, whatever text it holds', () => {
    const words = fc.constantFrom(...headers('tracker'), ...headers('tracker', 'en-US'), '进行中');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 3 }), (texts) => {
        // A row with a due date in it is data: a header row holds no days.
        const data = row('tracker', { ...CLEAN_TASK, name: texts.join(' ') });
        const result = checkWorkbook([grid('表', [headers('tracker'), data])], ZH);
        expect(result.sheets[0]).toMatchObject({ headerRow: 1, rows: 1 });
      }),
      { numRuns: 50 },
    );
  });
});
