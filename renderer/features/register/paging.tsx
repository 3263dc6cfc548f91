/**
 * The register shows long lists a page at a time: the first rows, then "Show 50 more" on request,
 * so a workspace with thousands of rows renders only what is looked at. A row that a link points
 * to is always within the rows shown.
 */
import { useState } from 'react';
import { useT } from '../../i18n/react';

export const PAGE_SIZE = 50;

export function usePage<T extends { row: { id: string } }>(entries: readonly T[], targetId?: string) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const targetIndex = targetId === undefined ? -1 : entries.findIndex((entry) => entry.row.id === targetId);
  const count = Math.min(entries.length, Math.max(limit, targetIndex + 1));
  return {
    shown: entries.slice(0, count),
    remaining: entries.length - count,
    showMore: () => setLimit(count + PAGE_SIZE),
  };
}

export function ShowMore({ remaining, onClick }: { remaining: number; onClick: () => void }) {
  const t = useT();
  if (remaining <= 0) return null;
  return (
    <button type="button" className="register-more" onClick={onClick}>
      {t('register.showMore', { count: Math.min(remaining, PAGE_SIZE) })}
    </button>
  );
}
