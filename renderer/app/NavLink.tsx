/** A link in the main navigation, marked as the current page when its screen is showing. */
import { hrefOf, type Route } from '../navigation/router';

type Target = Exclude<Route, { name: 'not-found' }>;

export function NavLink({ to, current, label }: { to: Target; current: Route; label: string }) {
  const active = current.name === to.name || (to.name === 'meetings' && current.name === 'prepare');
  return (
    <a href={hrefOf(to)} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
}
