/**
 * The screens that are not the first one a user sees, each loaded on demand in its own chunk, so
 * starting the app (the Meetings list) parses only what that list needs. A chunk is a local file,
 * so the wait is a few milliseconds; AppShell shows "Loading…" meanwhile.
 */
import { lazy } from 'react';

export const AudienceScreen = lazy(() =>
  import('../features/audience/AudienceScreen').then((module) => ({ default: module.AudienceScreen })),
);
export const RestoreScreen = lazy(() =>
  import('../features/backups/RestoreScreen').then((module) => ({ default: module.RestoreScreen })),
);
export const DefinitionsScreen = lazy(() =>
  import('../features/definitions/DefinitionsScreen').then((module) => ({
    default: module.DefinitionsScreen,
  })),
);
export const PeopleScreen = lazy(() =>
  import('../features/people/PeopleScreen').then((module) => ({ default: module.PeopleScreen })),
);
export const PrepareScreen = lazy(() =>
  import('../features/prepare/PrepareScreen').then((module) => ({ default: module.PrepareScreen })),
);
export const RegisterScreen = lazy(() =>
  import('../features/register/RegisterScreen').then((module) => ({ default: module.RegisterScreen })),
);
export const RunScreen = lazy(() =>
  import('../features/run/RunScreen').then((module) => ({ default: module.RunScreen })),
);
