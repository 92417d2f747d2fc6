/** Fake `workbook.names`: defined names, which share one namespace with table names. */
import type { NamedItemCollection } from '../../../src/excel/context';
import { fakeError } from '../errors';
import { FakeRequestContext, parseItemsLoad } from './base';

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
}
