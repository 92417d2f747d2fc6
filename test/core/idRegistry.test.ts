/**
 * The ID registry keeps a first sighting as one number: whatever the sheets
 * and rows, it answers exactly as a plain list per ID would.
 */
import fc from 'fast-check';
import { IdRegistry, type Sighting } from '../../src/core/read/idRegistry';

it('answers as a list per ID would, for any sheets, rows and repeats', () => {
  const sighting = fc.record({
    key: fc.constantFrom('OP-1', 'OP-2', 'OP-3', 'X-9'),
    sheet: fc.constantFrom('任务跟踪表', 'Tasks', '任务跟踪表 (2)', 'S4', 'S5'),
    row: fc.integer({ min: 0, max: 1_048_575 }),
  });
  fc.assert(
    fc.property(fc.array(sighting, { maxLength: 40 }), (sightings) => {
      const registry = new IdRegistry();
      const model = new Map<string, Sighting[]>();
      for (const { key, sheet, row } of sightings) {
        expect(registry.sightings(key)).toEqual(model.get(key));
        registry.add(key, sheet, row);
        model.set(key, [...(model.get(key) ?? []), { sheet, row }]);
      }
    }),
  );
});

it('keeps the last row of a sheet and the sheets after hundreds of others apart', () => {
  const registry = new IdRegistry();
  for (let sheet = 0; sheet < 600; sheet += 1) registry.add(`ID-${sheet}`, `S${sheet}`, 1_048_575);
  expect(registry.sightings('ID-599')).toEqual([{ sheet: 'S599', row: 1_048_575 }]);
  expect(registry.sightings('ID-0')).toEqual([{ sheet: 'S0', row: 1_048_575 }]);
  expect(registry.sightings('ID-600')).toBeUndefined();
});
