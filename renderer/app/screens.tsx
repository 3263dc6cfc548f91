/**
 * The screens that are not the first one a user sees, each loaded on demand in its own chunk
 * (on-demand.tsx), so starting the app (the Meetings list) parses only what that list needs.
 * AppShell shows "Loading…" while a chunk that is not loaded yet arrives.
 */
import type { Route } from '../navigation/router';
import { onDemand } from '../navigation/on-demand';

const audience = onDemand(() => import('../features/audience/AudienceScreen').then((m) => m.AudienceScreen));
const restore = onDemand(() => import('../features/meetings/RestoreScreen').then((m) => m.RestoreScreen));
const definitions = onDemand(() =>
  import('../features/definitions/DefinitionsScreen').then((m) => m.DefinitionsScreen),
);
const people = onDemand(() => import('../features/people/PeopleScreen').then((m) => m.PeopleScreen));
const prepare = onDemand(() => import('./screens/PrepareScreen').then((m) => m.PrepareScreen));
const register = onDemand(() => import('./screens/RegisterPage').then((m) => m.RegisterPage));
// The Trends screen brings its charting library (visx) in its own chunk, so the start never parses it.
const trends = onDemand(() => import('../features/trends/TrendsScreen').then((m) => m.TrendsScreen));
const run = onDemand(() => import('./screens/RunScreen').then((m) => m.RunScreen));

export const AudienceScreen = audience.Component;
export const RestoreScreen = restore.Component;
export const DefinitionsScreen = definitions.Component;
export const PeopleScreen = people.Component;
export const PrepareScreen = prepare.Component;
export const RegisterScreen = register.Component;
export const RunScreen = run.Component;
export const TrendsScreen = trends.Component;

const LOADERS: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  audience: audience.load,
  restore: restore.load,
  definitions: definitions.load,
  people: people.load,
  prepare: prepare.load,
  register: register.load,
  run: run.load,
  trends: trends.load,
};

/** Every screen chunk's loader, for loading them when idle. */
export const SCREEN_LOADERS = Object.values(LOADERS);

/** Loads the chunk of the screen `route` shows; resolves at once for the Meetings list (or on failure). */
export async function loadScreenOf(route: Route): Promise<void> {
  await LOADERS[route.name]?.().catch(() => undefined);
}
