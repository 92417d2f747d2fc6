/**
 * Proxy mechanics shared by every fake object: properties are readable only
 * after `load` + `sync`, writes and method calls are queued and applied at
 * `sync`, and each proxy resolves to its target in the state lazily (once),
 * like an Office.js object path.
 */
import { FakeEngine, type Operation } from '../engine';
import { fakeError } from '../errors';
import type { FakeSheet } from '../state';

export class FakeRequestContext {
  private queue: Operation[] = [];
  private open = true;

  constructor(
    readonly engine: FakeEngine,
    private readonly delayForCellEdit = false,
  ) {}

  enqueue(operation: Operation): void {
    if (!this.open) throw fakeError('InvalidOperation', 'object used after Excel.run ended');
    this.queue.push(operation);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const operations = this.queue.splice(0);
    await this.engine.admit(this.delayForCellEdit, operations);
    this.engine.execute(operations);
  }

  close(): void {
    this.open = false;
  }
}

/** Resolves a target once, at the first operation that needs it. */
export function once<T>(resolve: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = resolve();
      done = true;
    }
    return value;
  };
}

export abstract class FakeClientObject<Target> {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
    protected readonly resolveTarget: () => Target | null,
    private readonly nullable = false,
  ) {
    if (nullable) {
      context.enqueue({
        request: { path },
        apply: () => this.resolveTarget() === null,
        commit: (isNull) => this.loaded.set('isNullObject', isNull),
      });
    } else {
      this.loaded.set('isNullObject', false);
    }
  }

  /** Property readers, run at sync time against the target. */
  protected abstract readers(): Readonly<Record<string, (target: Target) => unknown>>;

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  load(propertyNames: string): this {
    const names = propertyNames
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const readers = this.readers();
    for (const name of names) {
      if (!(name in readers)) throw fakeError('InvalidArgument', `${this.path}.load(${name})`);
    }
    this.context.enqueue({
      request: { path: this.path, load: names },
      apply: () => {
        // Loading a null object is allowed and loads nothing, as in Office.js.
        if (this.nullable && this.resolveTarget() === null) return {};
        const target = this.target();
        return Object.fromEntries(names.map((name) => [name, readers[name]?.(target)]));
      },
      commit: (values) => {
        for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
          this.loaded.set(name, value);
        }
      },
    });
    return this;
  }

  /** Marks a property as loaded (collections load their items' properties). */
  preload(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw fakeError('PropertyNotLoaded', `${this.path}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** The target, or ItemNotFound for a missing item or a null object. */
  protected target(): Target {
    const target = this.resolveTarget();
    if (target === null) throw fakeError('ItemNotFound', this.path);
    return target;
  }

  /** Queues a write or method call; `apply` runs at sync against the target. */
  protected queue(request: Record<string, unknown>, apply: (target: Target) => unknown): void {
    this.context.enqueue({
      request: { path: this.path, ...request },
      apply: () => {
        apply(this.target());
        return null;
      },
    });
  }
}

export function assertWritable(sheet: FakeSheet, what: string): void {
  if (sheet.isProtected) throw fakeError('AccessDenied', `${sheet.name}: ${what}`);
}

/** Collections expose `items` after `load('items/…')`, each item loaded likewise. */
export function parseItemsLoad(propertyNames: string): string[] | null {
  const names = propertyNames.split(',').map((name) => name.trim());
  if (!names.every((name) => name === 'items' || name.startsWith('items/'))) return null;
  return names.map((name) => name.slice('items/'.length)).filter(Boolean);
}
