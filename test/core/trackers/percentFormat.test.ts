/**
 * SPEC §13, known bug: a cell FORMATTED AS A PERCENTAGE holds a fraction
 * whatever its size (Excel stores 150% as 1.5). Only the edge knows the
 * format; it hands the core the grid's `percentFormatted` areas.
 */
import fc from 'fast-check';
import { checkWorkbook, type Grid, type Issue } from '../../../src/core';
import { isPercentFormatCode, parsePercent } from '../../../src/core/values/percent';
import { PercentCells, percentAreasOf } from '../../../src/core/read/percentCells';
import { EN, grid, ZH } from '../grids';

const codes = (issues: readonly Issue[]) =>
  issues.map(({ cell, severity, code }) => ({ cell, severity, code }));

describe('a number formatted as a percentage is a fraction whatever its size', () => {
  it.each([
    [0.8, 0.8],
    [1, 1],
    [0, 0],
    ['80%', 0.8],
  ])('formatted %p reads as %p', (value, fraction) => {
    expect(parsePercent(value, true)).toEqual({ ok: true, value: fraction });
  });

  it('formatted 1.5 is 150%, out of range, shown as Excel shows it', () => {
    expect(parsePercent(1.5, true)).toEqual({ ok: false, reason: 'invalid', text: '150%' });
    expect(parsePercent(80, true)).toMatchObject({ ok: false, text: '8000%' });
  });

  it('an unformatted number keeps its reading: 1.5 is 1.5%, 80 is 80%', () => {
    expect(parsePercent(1.5)).toEqual({ ok: true, value: 0.015 });
    expect(parsePercent(80)).toEqual({ ok: true, value: 0.8 });
  });

  it('property: formatted numbers in 0…1 read as themselves, above 1 are invalid', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (value) => {
        const result = parsePercent(value, true);
        if (value <= 1) expect(result).toEqual({ ok: true, value });
        else expect(result).toMatchObject({ ok: false, reason: 'invalid' });
      }),
    );
  });
});

describe('percentage format codes', () => {
  it.each(['0%', '0.0%', '0.00%', '[Red]0%', '#,##0.0%;[Red]-0.0%'])(
    '%p shows a percentage',
    (code) => expect(isPercentFormatCode(code)).toBe(true),
  );
  it.each(['General', '0.00', '0"%"', '0\\%', '[$%-804]0', 'yyyy/m/d', '@'])(
    '%p does not',
    (code) => expect(isPercentFormatCode(code)).toBe(false),
  );
});

describe('percent cells: runs of one column', () => {
  it('formats down a column become runs, broken by other formats', () => {
    const areas = percentAreasOf(3, 10, [['0%'], ['0.0%'], ['General'], ['0%'], [null]]);
    expect(areas).toEqual([
      { top: 10, left: 3, bottom: 11, right: 3 },
      { top: 13, left: 3, bottom: 13, right: 3 },
    ]);
    const cells = new PercentCells(areas);
    expect([9, 10, 11, 12, 13, 14].map((row) => cells.has(row, 3))).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(cells.has(10, 2)).toBe(false);
  });

  it('property: a cell is found exactly when one of many runs holds it', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 200 }), fc.nat(250), (marks, probe) => {
        const formats = marks.map((percent) => [percent ? '0%' : 'General']);
        const cells = new PercentCells(percentAreasOf(0, 0, formats));
        expect(cells.has(probe, 0)).toBe(marks[probe] === true);
      }),
    );
  });
});

describe('check: a team tracker whose 进度 column is formatted as a percentage', () => {
  const sheet = (progress: unknown[], formatted: boolean): Grid => ({
    ...grid('计划', [
      ['任务', '负责人', '截止日期', '状态', '进度'],
      ...progress.map((value, index) => [`任务${index + 1}`, '张*', '2023-08-31', '进行中', value]),
    ]),
    ...(formatted
      ? { percentFormatted: [{ top: 1, left: 4, bottom: progress.length, right: 4 }] }
      : {}),
  });

  it('150% (1.5 formatted) is an invalid-percent error on its cell, saying 150%', () => {
    const result = checkWorkbook([sheet([0.5, 1.5], true)], ZH);
    expect(codes(result.issues)).toEqual([
      { cell: 'E3', severity: 'error', code: 'invalid-percent' },
    ]);
    expect(result.issues[0]?.message).toContain('150%');
    expect(checkWorkbook([sheet([1.5], true)], EN).issues[0]?.message).toContain('150%');
  });

  it('the same 1.5 unformatted is 1.5%, no issue', () => {
    expect(checkWorkbook([sheet([0.5, 1.5], false)], ZH).issues).toEqual([]);
  });

  it('a done status with formatted 0.5 is a progress-mismatch, formatted 1 is none', () => {
    const done = (value: number): Grid => ({
      ...grid('计划', [
        ['任务', '负责人', '截止日期', '状态', '进度'],
        ['任务1', '张*', '2023-07-01', '已完成', value],
      ]),
      percentFormatted: [{ top: 1, left: 4, bottom: 1, right: 4 }],
    });
    const result = checkWorkbook([done(0.5)], ZH);
    expect(codes(result.issues)).toEqual([
      { cell: 'E2', severity: 'warning', code: 'progress-mismatch' },
    ]);
    expect(result.issues[0]?.message).toContain('50%');
    expect(checkWorkbook([done(1)], ZH).issues).toEqual([]);
  });
});
