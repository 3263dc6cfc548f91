/**
 * Makes IndexedDB itself refuse writes, the way a full disk does: `add` and `put` on the chosen
 * object stores throw a `QuotaExceededError` before anything is written. The failure therefore
 * travels through Dexie and the repositories exactly as a real one would. Used by data and UI tests.
 */
import { vi } from 'vitest';

export interface FailingWrites {
  /** Writes succeed again. */
  restore(): void;
}

/**
 * From now on, `add` and `put` (or only the methods named) on these object stores (all when none is
 * named) fail with a full-disk error.
 */
export function failWrites(
  stores: string[] = [],
  methods: Array<'add' | 'put'> = ['add', 'put'],
): FailingWrites {
  const refuse = (store: IDBObjectStore, method: 'add' | 'put') =>
    methods.includes(method) && (stores.length === 0 || stores.includes(store.name));
  const quota = () => new DOMException('The storage quota is exceeded.', 'QuotaExceededError');
  const { add, put } = IDBObjectStore.prototype;
  const spies = [
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (refuse(this, 'add')) throw quota();
      return add.apply(this, args);
    }),
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (refuse(this, 'put')) throw quota();
      return put.apply(this, args);
    }),
  ];
  return { restore: () => spies.forEach((spy) => spy.mockRestore()) };
}
