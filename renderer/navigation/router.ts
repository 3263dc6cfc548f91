/**
 * Hash routing: works the same under app://tandem/ in Electron and under any static web server,
 * because the path never changes, only the fragment.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'meetings' }
  | { name: 'prepare'; meetingId: string }
  | { name: 'run'; meetingId: string }
  | { name: 'people' }
  | { name: 'definitions' }
  | { name: 'restore' }
  | { name: 'register' }
  | { name: 'audience'; meetingId: string }
  | { name: 'not-found'; hash: string };

const PREPARE = /^\/meetings\/([0-9a-zA-Z-]{1,64})$/;
const RUN = /^\/meetings\/([0-9a-zA-Z-]{1,64})\/run$/;
const AUDIENCE = /^\/audience\/([0-9a-zA-Z-]{1,64})$/;

/** Reads a route from a location hash such as `#/meetings` or `#/meetings/<id>`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/meetings') return { name: 'meetings' };
  if (path === '/people') return { name: 'people' };
  if (path === '/definitions') return { name: 'definitions' };
  if (path === '/restore') return { name: 'restore' };
  if (path === '/register') return { name: 'register' };
  const prepare = PREPARE.exec(path);
  if (prepare?.[1]) return { name: 'prepare', meetingId: prepare[1] };
  const run = RUN.exec(path);
  if (run?.[1]) return { name: 'run', meetingId: run[1] };
  const audience = AUDIENCE.exec(path);
  if (audience?.[1]) return { name: 'audience', meetingId: audience[1] };
  return { name: 'not-found', hash };
}

/** The hash of a route, for links. */
export function hrefOf(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'meetings':
      return '#/meetings';
    case 'prepare':
      return `#/meetings/${route.meetingId}`;
    case 'run':
      return `#/meetings/${route.meetingId}/run`;
    case 'people':
      return '#/people';
    case 'definitions':
      return '#/definitions';
    case 'restore':
      return '#/restore';
    case 'register':
      return '#/register';
    case 'audience':
      return `#/audience/${route.meetingId}`;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(route: Exclude<Route, { name: 'not-found' }>): void {
  window.location.hash = hrefOf(route);
}
