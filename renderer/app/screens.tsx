/**
 * The screens that are not the first one a user sees, each loaded on demand in its own chunk, so
 * starting the app (the Meetings list) parses only what that list needs. A chunk is a local file,
 * so the wait is a few milliseconds; AppShell shows "Loading…" meanwhile.
 *
 * Waiting for a chunk through Suspense costs more than the chunk: once React has shown a
 * fallback, it holds the content back for up to 300 ms so that screens do not pop in piece by
 * piece. So the chunk of the screen the app opens on is loaded before the first render
 * (`loadScreenOf`, main.tsx), the others when the browser is idle a little later (`loadScreensWhenIdle`),
 * and a screen whose chunk is there renders at once, without Suspense.
 */
import { lazy, useState, type ComponentType } from 'react';
import type { Route } from './router';

interface OnDemand<P> {
  /** The screen: rendered at once when its chunk is loaded, through Suspense otherwise. */
  Screen: ComponentType<P>;
  /** Loads the chunk (once; a failed load is tried again next time). */
  load(): Promise<unknown>;
}

function onDemand<P extends object>(importer: () => Promise<ComponentType<P>>): OnDemand<P> {
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
  function Screen(props: P) {
    // Chosen once per mount, so the screen's state never moves from one component to another.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Screen, load };
}

const audience = onDemand(() => import('../features/audience/AudienceScreen').then((m) => m.AudienceScreen));
const restore = onDemand(() => import('../features/backups/RestoreScreen').then((m) => m.RestoreScreen));
const definitions = onDemand(() =>
  import('../features/definitions/DefinitionsScreen').then((m) => m.DefinitionsScreen),
);
const people = onDemand(() => import('../features/people/PeopleScreen').then((m) => m.PeopleScreen));
const prepare = onDemand(() => import('../features/prepare/PrepareScreen').then((m) => m.PrepareScreen));
const register = onDemand(() => import('../features/register/RegisterScreen').then((m) => m.RegisterScreen));
const run = onDemand(() => import('../features/run/RunScreen').then((m) => m.RunScreen));

export const AudienceScreen = audience.Screen;
export const RestoreScreen = restore.Screen;
export const DefinitionsScreen = definitions.Screen;
export const PeopleScreen = people.Screen;
export const PrepareScreen = prepare.Screen;
export const RegisterScreen = register.Screen;
export const RunScreen = run.Screen;

const LOADERS: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  audience: audience.load,
  restore: restore.load,
  definitions: definitions.load,
  people: people.load,
  prepare: prepare.load,
  register: register.load,
  run: run.load,
};

/** Loads the chunk of the screen `route` shows; resolves at once for the Meetings list (or on failure). */
export async function loadScreenOf(route: Route): Promise<void> {
  await LOADERS[route.name]?.().catch(() => undefined);
}

/** How long after start the other chunks wait, so they never compete with the first screen's reads. */
const IDLE_LOAD_DELAY_MS = 3000;

/**
 * Loads every other screen's chunk, one at a time whenever the browser is idle, a few seconds
 * after start (the first screen reads its data and renders meanwhile), so going to a screen later
 * does not wait for its chunk. A chunk that fails to load is tried again on demand.
 */
export function loadScreensWhenIdle(): void {
  if (typeof requestIdleCallback !== 'function') return;
  const queue = Object.values(LOADERS);
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
