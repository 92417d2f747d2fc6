/** The column tally Fix asks for each converted date: counts kept current, ties to the first cell. */
import { ColumnStyleTally } from '../../src/xlsx/edit/columnStyleTally';

function tally(cells: readonly [number, number][]): ColumnStyleTally {
  const result = new ColumnStyleTally();
  for (const [row, style] of cells) result.add(row, style);
  return result;
}

it('counts each format in the order of its first cell', () => {
  expect(
    tally([
      [1, 7],
      [2, 3],
      [3, 7],
    ]).counts(),
  ).toEqual([
    { style: 7, count: 2 },
    { style: 3, count: 1 },
  ]);
});

it('drops a replaced cell, and the order follows the first cell that remains', () => {
  const column = tally([
    [1, 7],
    [2, 3],
    [3, 7],
  ]);
  column.replace(1);
  expect(column.counts()).toEqual([
    { style: 3, count: 1 },
    { style: 7, count: 1 },
  ]);
  column.replace(2);
  column.replace(2);
  column.replace(9);
  expect(column.counts()).toEqual([{ style: 7, count: 1 }]);
});
