/** Fake workbook / worksheet protection: whether it is on, readable after load + sync. */
import type { Protection } from '../../../src/excel/context';
import { FakeClientObject, FakeRequestContext, once } from './base';

export class FakeProtection extends FakeClientObject<() => boolean> implements Protection {
  constructor(context: FakeRequestContext, path: string, resolve: () => (() => boolean) | null) {
    super(context, path, once(resolve));
  }

  protected readers() {
    return { protected: (isOn: () => boolean) => isOn() };
  }

  get protected(): boolean {
    return this.read('protected');
  }
}
