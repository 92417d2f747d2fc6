/**
 * The IDs one kind's sheets hold so far (SPEC §13: a repeat on the same sheet
 * is an error, on another sheet a warning), keyed case-insensitively.
 *
 * Nearly every ID is seen once, and the registry lives until the whole
 * workbook is read: an object and a one-item list per row were a sixth of
 * what a 10,000-row review kept past a young-generation collection (issue
 * 16). So a first sighting is one number (the sheet's index and the row),
 * and only a repeated ID gets a list.
 */
export interface Sighting {
  readonly sheet: string;
  readonly row: number;
}

/** Above any worksheet row (Excel has 1,048,576). */
const ROWS = 2 ** 21;

export class IdRegistry {
  /** Sheet names by index, in the order their first ID arrived. */
  private readonly sheets: string[] = [];
  private readonly seen = new Map<string, number | Sighting[]>();

  /** Where `key` was seen before, first sighting first; undefined when it is new. */
  sightings(key: string): readonly Sighting[] | undefined {
    const seen = this.seen.get(key);
    return typeof seen === 'number' ? [this.unpacked(seen)] : seen;
  }

  add(key: string, sheet: string, row: number): void {
    const seen = this.seen.get(key);
    if (seen === undefined) this.seen.set(key, this.packed(sheet, row));
    else if (typeof seen === 'number') this.seen.set(key, [this.unpacked(seen), { sheet, row }]);
    else seen.push({ sheet, row });
  }

  private packed(sheet: string, row: number): number {
    // Sheets arrive one after another: the last one is nearly always the one asked for.
    let index = this.sheets.length - 1;
    if (this.sheets[index] !== sheet) {
      index = this.sheets.indexOf(sheet);
      if (index < 0) index = this.sheets.push(sheet) - 1;
    }
    return index * ROWS + row;
  }

  private unpacked(packed: number): Sighting {
    const row = packed % ROWS;
    return { sheet: this.sheets[(packed - row) / ROWS]!, row };
  }
}
