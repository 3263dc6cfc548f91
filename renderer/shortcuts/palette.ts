/**
 * What the Ctrl+K palette lists for a query: the registry's entries by their name in the UI
 * language. Actions (entries with keys) come before screens (entries without); typing keeps the
 * entries whose name holds every typed word, ignoring case and accents, those whose name starts
 * with the query first, then those with a word starting with it, then the rest. Pure.
 */
import { foldForSearch, matchesQuery } from '../domain/text';

export interface PaletteEntry {
  id: string;
  /** The name in the UI language. */
  name: string;
  /** The keys as people read them ("Alt+L"); undefined for a command without keys. */
  keys?: string;
}

function rank(name: string, query: string): number {
  const folded = foldForSearch(name);
  if (folded.startsWith(query)) return 0;
  if (folded.split(/[\s\-–/(]+/).some((word) => word.startsWith(query))) return 1;
  return 2;
}

/** The entries to show for `query`, in the order shown. */
export function paletteEntries(entries: readonly PaletteEntry[], query: string): PaletteEntry[] {
  const base = [...entries.filter((entry) => entry.keys), ...entries.filter((entry) => !entry.keys)];
  const folded = foldForSearch(query.trim());
  if (folded === '') return base;
  return base
    .filter((entry) => matchesQuery(entry.name, query))
    .map((entry, index) => ({ entry, index, rank: rank(entry.name, folded) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ entry }) => entry);
}
