/**
 * Fake `Excel.RangeAreas` as `Range.getMergedAreasOrNullObject()` returns it
 * (ExcelApi 1.13): the merged areas whose top-left cell lies in the range
 * (office-js#3611), each readable through `areas.items` (office-js#1590);
 * a null object when there are none.
 */
import type { RangeAreas } from '../../../src/excel/context';
import { contains, type Rect } from '../address';
import { FakeClientObject, FakeRequestContext, once } from './base';
import type { RangeTarget } from './range';

const AREA_PROPERTIES = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'] as const;
type AreaView = Readonly<Record<(typeof AREA_PROPERTIES)[number], number>>;

export class FakeRangeAreas extends FakeClientObject<readonly Rect[]> implements RangeAreas {
  constructor(context: FakeRequestContext, path: string, range: () => RangeTarget) {
    super(
      context,
      path,
      once(() => {
        const { sheet, rect } = range();
        const merged = sheet.merges.filter((area) =>
          contains(rect, { ...area, rowCount: 1, columnCount: 1 }),
        );
        return merged.length > 0 ? merged : null;
      }),
      true,
    );
  }

  protected readers() {
    return Object.fromEntries(
      AREA_PROPERTIES.map((name) => [
        `areas/items/${name}`,
        (areas: readonly Rect[]) =>
          areas.map(
            (area) =>
              ({
                rowIndex: area.row,
                columnIndex: area.column,
                rowCount: area.rowCount,
                columnCount: area.columnCount,
              })[name],
          ),
      ]),
    );
  }

  get areas(): { readonly items: readonly AreaView[] } {
    const columns = AREA_PROPERTIES.map((name) => this.read<number[]>(`areas/items/${name}`));
    const count = columns[0]?.length ?? 0;
    return {
      items: Array.from(
        { length: count },
        (_, i) =>
          Object.fromEntries(
            AREA_PROPERTIES.map((name, p) => [name, columns[p]?.[i] ?? 0]),
          ) as AreaView,
      ),
    };
  }
}
