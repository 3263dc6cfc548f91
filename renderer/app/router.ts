/**
 * Hash routing: works the same under app://tandem/ in Electron and under any static web server,
 * because the path never changes, only the fragment.
 */
import { useSyncExternalStore } from 'react';

export type Route = { name: 'meetings' } | { name: 'not-found'; hash: string };

/** Reads a route from a location hash such as `#/meetings`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/meetings') return { name: 'meetings' };
  return { name: 'not-found', hash };
}

/** The hash of a route, for links. */
export function hrefOf(route: Route['name']): string {
  return route === 'meetings' ? '#/meetings' : '#/';
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

export function navigate(route: Route['name']): void {
  window.location.hash = hrefOf(route);
}
