/** Text helpers shared by the domain: trimming user input and matching search queries. */

/** Folds case and accents so that "uber" finds "Über" and "BESPRECHUNG" finds "Besprechung". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** True when every word of `query` occurs in `text`, ignoring case and accents. An empty query matches. */
export function matchesQuery(text: string, query: string): boolean {
  if (query.trim() === '') return true;
  const haystack = foldForSearch(text);
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Trims and collapses inner runs of white space, as titles are shown on one line. */
export function cleanLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The first line of a text, cut to `length` characters with an ellipsis: short enough for an
 * option or the accessible name of a button that acts on the text.
 */
export function snippet(text: string, length = 60): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > length ? `${line.slice(0, length - 1).trimEnd()}…` : line;
}
