/** SPEC §13 values of ambiguous columns: percentages, done flags, and what decides a column. */
import { columnContent } from '../../../src/core/headers/content';
import { parseDoneFlag } from '../../../src/core/values/doneFlag';
import { parsePercent } from '../../../src/core/values/percent';

describe('percent complete', () => {
  it.each([
    ['80%', 0.8],
    ['８０％', 0.8],
    [0.8, 0.8],
    [80, 0.8],
    ['0.8', 0.8],
    [1, 1],
    ['100%', 1],
    [0, 0],
  ])('%p reads as %p', (value, fraction) => {
    expect(parsePercent(value)).toEqual({ ok: true, value: fraction });
  });

  it.each([['进行中'], ['120%'], [-0.1], [250]])('%p is no percentage', (value) => {
    expect(parsePercent(value)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('done flags', () => {
  it.each([['✓'], ['√'], ['✔'], ['是'], ['Yes'], ['y'], ['TRUE'], [true]])(
    '%p is done',
    (value) => {
      expect(parseDoneFlag(value)).toEqual({ ok: true, value: true });
    },
  );

  it.each([['✗'], ['×'], ['否'], ['No'], ['N'], ['FALSE'], [false]])('%p is not done', (value) => {
    expect(parseDoneFlag(value)).toEqual({ ok: true, value: false });
  });
});

describe('a column is what most of its filled cells are', () => {
  it('mostly dates, mostly marks, mostly percentages', () => {
    expect(columnContent([45_000, '2024-05-10', '', 'late'])).toBe('dates');
    expect(columnContent(['✓', '✗', '', '√'])).toBe('flags');
    expect(columnContent([0.5, '80%', 1, 'n/a'])).toBe('percentages');
  });

  it('words, or no majority, decide nothing', () => {
    expect(columnContent(['已完成', '进行中'])).toBeNull();
    expect(columnContent(['✓', 45_000, 'x', 'y'])).toBeNull();
    expect(columnContent([])).toBeNull();
  });
});
