/** Messages of long lists that render a page at a time (renderer/ui/ShowMore.tsx). */
import type { Messages } from './messages';

export const listsEn = {
  'list.shownOf': 'Showing {shown} of {total}',
  'list.showMore': 'Show more',
} as const;

export const listsDe: Messages<typeof listsEn> = {
  'list.shownOf': '{shown} von {total} angezeigt',
  'list.showMore': 'Mehr anzeigen',
};
