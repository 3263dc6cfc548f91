/**
 * Code the benchmark runs inside the pages (serialised by Playwright, so each function stands
 * alone). Times are the page's `performance.now()`, or `timeOrigin + now()` when two pages are
 * compared.
 */

declare global {
  interface Window {
    __benchReady?: number;
    __benchOnCommit?: (at: number) => void;
    __benchCapture?: Promise<{ start: number; visible: number; committed: number }>;
    __benchEnter?: number;
    __benchSeen?: Promise<number>;
  }
}

/**
 * Init script: `__benchReady` becomes the time, since navigation start, at which every selector
 * matched and the next frame was painted with a task run after it — the screen shows its data
 * and the main thread answers.
 */
export function readyProbe(selectors: string[]): void {
  const matched = () => selectors.every((selector) => document.querySelector(selector) !== null);
  const settle = () =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__benchReady = performance.now();
      };
      channel.port2.postMessage(null);
    });
  const observer = new MutationObserver(() => {
    if (!matched()) return;
    observer.disconnect();
    settle();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Init script: reports the completion of every read-write IndexedDB transaction over the conflict
 * points, which is when a logged point is on disk (the app's transactions use strict durability).
 */
export function commitProbe(): void {
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transaction(
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = original.apply(this, args);
    const names = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
    if (args[1] === 'readwrite' && names.includes('conflictPoints')) {
      tx.addEventListener('complete', () => window.__benchOnCommit?.(performance.now()));
    }
    return tx;
  };
}

/**
 * Arms one capture measurement before Enter is pressed: the time of the Enter keydown, when the
 * point with `text` is first in the log (the frame after the DOM change) and when its write completed.
 */
export function armCapture(text: string): void {
  let start: number | undefined;
  let visible: number | undefined;
  let committed: number | undefined;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && start === undefined) start = performance.now();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  window.__benchCapture = new Promise((resolve, reject) => {
    setTimeout(
      () => reject(new Error(`capture not seen: ${JSON.stringify({ start, visible, committed })}`)),
      15_000,
    );
    const finish = () => {
      if (start === undefined || visible === undefined || committed === undefined) return;
      window.removeEventListener('keydown', onKey, { capture: true });
      window.__benchOnCommit = undefined;
      resolve({ start, visible, committed });
    };
    const observer = new MutationObserver(() => {
      const first = document.querySelector('.conflict-list .conflict-statement');
      if (first?.textContent !== text) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        visible = performance.now();
        finish();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    window.__benchOnCommit = (at) => {
      if (start !== undefined && committed === undefined && at >= start) {
        committed = at;
        finish();
      }
    };
  });
}

/** Facilitator window: remembers when Enter went down, on the clock shared by both windows. */
export function armEnter(): void {
  window.__benchEnter = undefined;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    window.__benchEnter = performance.timeOrigin + performance.now();
    window.removeEventListener('keydown', onKey, { capture: true });
  };
  window.addEventListener('keydown', onKey, { capture: true });
}

/** Audience window: resolves when a projected point reads `text`, on the shared clock. */
export function armSeen(text: string): void {
  window.__benchSeen = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`"${text}" not projected`)), 15_000);
    const shown = () =>
      [...document.querySelectorAll('.audience-points li')].some((item) => item.textContent?.includes(text));
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * `count` raw IndexedDB puts of `record` (fresh ids, a meeting id no screen shows), each in its own
 * transaction with the app's strict durability; resolves to each put's time to completion. The
 * rows are deleted afterwards.
 */
export async function rawPuts({
  record,
  count,
}: {
  record: Record<string, unknown>;
  count: number;
}): Promise<number[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('tandem');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  const times: number[] = [];
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `bench-raw-${index}`;
    ids.push(id);
    const started = performance.now();
    const tx = db.transaction('conflictPoints', 'readwrite', { durability: 'strict' });
    tx.objectStore('conflictPoints').put({ ...record, id, meetingId: 'bench-raw-put' });
    await done(tx);
    times.push(performance.now() - started);
  }
  const cleanup = db.transaction('conflictPoints', 'readwrite');
  for (const id of ids) cleanup.objectStore('conflictPoints').delete(id);
  await done(cleanup);
  db.close();
  return times;
}

/** The newest stored conflict point whose statement is `text`, read straight from IndexedDB. */
export async function storedPoint(text: string): Promise<Record<string, unknown> | undefined> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('tandem');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const request = db.transaction('conflictPoints').objectStore('conflictPoints').getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return all.find((point) => point.statement === text);
}
