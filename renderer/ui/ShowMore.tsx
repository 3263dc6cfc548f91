/**
 * Long lists render a page at a time (the run screen's decisions and action items can run to
 * hundreds): `usePage` keeps how many are shown, and `ShowMore` says how many of how many and adds
 * the next page. Everything shown stays an ordinary list item, reachable by Tab and screen readers.
 */
import '../styles/lists.css';
import { useState } from 'react';
import { useT } from '../i18n/react';

/** How many rows a long list renders at first, and how many more each Show more adds. */
export const LIST_PAGE = 50;

export function usePage(pageSize = LIST_PAGE): { limit: number; more: () => void } {
  const [limit, setLimit] = useState(pageSize);
  return { limit, more: () => setLimit((current) => current + pageSize) };
}

export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <p className="list-more">
      <span className="muted">{t('list.shownOf', { shown, total })}</span>
      <button type="button" onClick={onMore}>
        {t('list.showMore')}
      </button>
    </p>
  );
}
