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
  /** `tab` and `query` (the filters, see domain/register-address.ts) are absent on a plain link. */
  | { name: 'register'; tab?: 'decisions' | 'actions' | 'agreements'; query?: string }
  | { name: 'audience'; meetingId: string }
  /** The trends of one series, or of the whole workspace when `seriesId` is absent. */
  | { name: 'trends'; seriesId?: string }
  | { name: 'not-found'; hash: string };

const PREPARE = /^\/meetings\/([0-9a-zA-Z-]{1,64})$/;
const RUN = /^\/meetings\/([0-9a-zA-Z-]{1,64})\/run$/;
const AUDIENCE = /^\/audience\/([0-9a-zA-Z-]{1,64})$/;
const TRENDS = /^\/trends(?:\/([0-9a-zA-Z-]{1,64}))?$/;
const REGISTER = /^\/register(?:\/(decisions|actions|agreements))?(?:\?(.*))?$/;

/** Reads a route from a location hash such as `#/meetings` or `#/meetings/<id>`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/meetings') return { name: 'meetings' };
  if (path === '/people') return { name: 'people' };
  if (path === '/definitions') return { name: 'definitions' };
  if (path === '/restore') return { name: 'restore' };
  const register = REGISTER.exec(path);
  if (register) {
    const [, tab, query] = register;
    if (tab === undefined && !query) return { name: 'register' };
    const named = tab === 'actions' || tab === 'agreements' ? tab : 'decisions';
    return { name: 'register', tab: named, query: query ?? '' };
  }
  const trends = TRENDS.exec(path);
  if (trends) return trends[1] === undefined ? { name: 'trends' } : { name: 'trends', seriesId: trends[1] };
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
    case 'register': {
      if (route.tab === undefined) return '#/register';
      const query = route.query ? `?${route.query}` : '';
      return `#/register/${route.tab}${query}`;
    }
    case 'audience':
      return `#/audience/${route.meetingId}`;
    case 'trends':
      return route.seriesId === undefined ? '#/trends' : `#/trends/${route.seriesId}`;
  }
}

/** Told when `replaceRoute` changes the address (which fires no hashchange). */
const REPLACED = 'tandem-route-replaced';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(route: Exclude<Route, { name: 'not-found' }>): void {
  window.location.hash = hrefOf(route);
}

/** Changes the address without a new history entry (each keystroke of a search, for one). */
export function replaceRoute(route: Exclude<Route, { name: 'not-found' }>): void {
  const hash = hrefOf(route);
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new Event(REPLACED));
}
