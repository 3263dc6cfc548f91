/**
 * Watches every write to the workspace database in one place, a Dexie DBCore middleware right above
 * IndexedDB, so no form has to report its own failures. A write fails when a request is refused
 * (quota, constraint, a closed connection), when the browser aborts the commit (a full disk) or when
 * the connection is lost; it succeeds when a read-write transaction commits. A transaction the code
 * aborts on purpose (IndexedDB then reports no error) is neither. The UI turns the outcomes into the
 * write-failure warning (features/write-failure).
 */
import type Dexie from 'dexie';
import type { DBCoreTransaction } from 'dexie';

export type WriteOutcome = { ok: true } | { ok: false; error: string };
export type WriteListener = (outcome: WriteOutcome) => void;

const listeners = new WeakMap<Dexie, Set<WriteListener>>();

/** The name of what went wrong, e.g. `QuotaExceededError`; Dexie wraps the browser's error in `inner`. */
export function errorName(error: unknown): string {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return 'UnknownError';
  const inner: unknown = 'inner' in error ? error.inner : undefined;
  return inner instanceof Error || inner instanceof DOMException ? inner.name : error.name;
}

/** Installs the watch on a database before it opens; `onWriteOutcome` then hears about every write. */
export function watchWrites(db: Dexie): void {
  const heard = new Set<WriteListener>();
  listeners.set(db, heard);
  const emit = (outcome: WriteOutcome) => heard.forEach((listener) => listener(outcome));
  const fail = (error: unknown) => emit({ ok: false, error: errorName(error) });

  // Transactions in which a request failed: their commit saves nothing more than was refused.
  const refused = new WeakSet<DBCoreTransaction>();
  const refuse = (trans: DBCoreTransaction, error: unknown) => {
    refused.add(trans);
    fail(error);
  };

  function watchTransaction(trans: DBCoreTransaction) {
    // Right above IndexedDB (the lowest level), Dexie's core transaction is the IDBTransaction itself.
    if (typeof IDBTransaction === 'undefined' || !(trans instanceof IDBTransaction)) return;
    trans.addEventListener('complete', () => {
      if (!refused.has(trans)) emit({ ok: true });
    });
    trans.addEventListener('abort', () => {
      if (trans.error) fail(trans.error);
    });
  }

  db.use({
    stack: 'dbcore',
    name: 'write-watch',
    level: -10,
    create: (down) => ({
      ...down,
      transaction(tables, mode, options) {
        try {
          const trans = down.transaction(tables, mode, options);
          if (mode === 'readwrite') watchTransaction(trans);
          return trans;
        } catch (error) {
          if (mode === 'readwrite') fail(error);
          throw error;
        }
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          // A refused request either rejects or comes back in `failures` (Dexie goes on with the rest).
          mutate: (request) =>
            table.mutate(request).then(
              (response) => {
                if (response.numFailures > 0) refuse(request.trans, Object.values(response.failures)[0]);
                return response;
              },
              (error: unknown) => {
                refuse(request.trans, error);
                throw error;
              },
            ),
        };
      },
    }),
  });
  // The browser closed the connection (storage cleared, profile gone): every later write fails.
  db.on('close', () => emit({ ok: false, error: 'DatabaseClosedError' }));
}

/** Listens to the outcome of every write to `db`; returns the function that stops listening. */
export function onWriteOutcome(db: Dexie, listener: WriteListener): () => void {
  const heard = listeners.get(db);
  heard?.add(listener);
  return () => heard?.delete(listener);
}
