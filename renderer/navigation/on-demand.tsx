/**
 * Components loaded on demand, each in its own chunk: the screens other than the Meetings list and
 * the Export minutes dialog with the minutes builders and exporters behind it.
 *
 * Waiting for a chunk through Suspense costs more than the chunk: once React has shown a
 * fallback, it holds the content back for up to 300 ms so that parts do not pop in one by one. So
 * a component whose chunk is already loaded renders at once, without Suspense; main.tsx loads the
 * chunk of the first screen before the first render and the others when the browser is idle a few
 * seconds later (`loadWhenIdle`).
 */
import { lazy, useState, type ComponentType } from 'react';

export interface OnDemand<P> {
  /** The component: rendered at once when its chunk is loaded, through Suspense otherwise. */
  Component: ComponentType<P>;
  /** Loads the chunk (once; a failed load is tried again next time). */
  load(): Promise<unknown>;
}

export function onDemand<P extends object>(importer: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const load = (): Promise<ComponentType<P>> =>
    (pending ??= importer().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function Component(props: P) {
    // Chosen once per mount, so the component's state never moves from one component to another.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return { Component, load };
}

/** How long after start the chunks wait, so they never compete with the first screen's reads. */
const IDLE_LOAD_DELAY_MS = 3000;

/**
 * Loads chunks one at a time whenever the browser is idle, a few seconds after start (the first
 * screen reads its data and renders meanwhile), so opening them later does not wait. A chunk that
 * fails to load is tried again on demand.
 */
export function loadWhenIdle(loaders: readonly (() => Promise<unknown>)[]): void {
  if (typeof requestIdleCallback !== 'function') return;
  const queue = [...loaders];
  const next = () => {
    const load = queue.shift();
    if (load)
      void load().then(
        () => requestIdleCallback(next),
        () => requestIdleCallback(next),
      );
  };
  setTimeout(() => requestIdleCallback(next), IDLE_LOAD_DELAY_MS);
}
