/** Fake `workbook.names`: defined names, which share one namespace with table names. */
import type { NamedItem, NamedItemCollection } from '../../../src/excel/context';
import { fakeError } from '../errors';
import { qualifiedAddress } from '../address';
import type { FakeDefinedName } from '../state';
import { FakeClientObject, FakeRequestContext, parseItemsLoad } from './base';
import type { FakeRange } from './range';

/** One defined name (a null object when missing); `delete()` removes it at sync. */
class FakeNamedItem extends FakeClientObject<FakeDefinedName> implements NamedItem {
  protected readers() {
    return { name: (name: FakeDefinedName) => name.name };
  }

  delete(): void {
    this.queue({ method: 'delete' }, (defined) => {
      const names = this.context.engine.state.names;
      names.splice(names.indexOf(defined), 1);
    });
  }
}

interface LoadedName {
  readonly name: string;
}

export class FakeNamedItemCollection implements NamedItemCollection {
  private loadedItems: LoadedName[] | null = null;
  private readonly path = 'workbook.names';

  constructor(private readonly context: FakeRequestContext) {}

  get items(): LoadedName[] {
    if (!this.loadedItems) throw fakeError('PropertyNotLoaded', `${this.path}.items`);
    return this.loadedItems;
  }

  load(propertyNames: string): this {
    const names = parseItemsLoad(propertyNames);
    if (!names || !names.every((name) => name === 'name')) {
      throw fakeError('InvalidArgument', `${this.path}.load(${propertyNames})`);
    }
    this.context.enqueue({
      request: { path: this.path, load: propertyNames },
      apply: () => this.context.engine.state.names.map(({ name }) => ({ name })),
      commit: (items) => {
        this.loadedItems = items as LoadedName[];
      },
    });
    return this;
  }

  /** As Excel: the name refers to the range's sheet-qualified address; a taken name fails the sync. */
  add(name: string, reference: FakeRange): void {
    this.context.enqueue({
      request: { path: this.path, method: 'add', args: [name, reference.path] },
      apply: () => {
        const { sheet, rect } = reference.resolved();
        this.context.engine.state.addName(name, qualifiedAddress(sheet.name, rect));
        return null;
      },
      commit: () => undefined,
    });
  }

  /** Names are case-insensitive in Excel. */
  getItemOrNullObject(name: string): FakeNamedItem {
    const wanted = name.toLowerCase();
    return new FakeNamedItem(
      this.context,
      `${this.path}.getItemOrNullObject(${name})`,
      () => this.context.engine.state.names.find((n) => n.name.toLowerCase() === wanted) ?? null,
      true,
    );
  }
}
