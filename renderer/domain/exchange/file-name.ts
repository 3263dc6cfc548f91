/** The suggested name of an exported meeting file: `<title>-<date>.tandem.json`, safe on every system. */
import type { CalendarDate } from '../types';

/** Characters no file system takes everywhere, control characters, and runs of dots. */
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]+|\.{2,}/g;

/**
 * The start of every file name of a meeting, `<title>-<date>`: the title with unsafe characters
 * replaced and cut to keep the name short, or `meeting` when nothing of it is left.
 */
export function meetingFileStem(title: string, date: CalendarDate): string {
  const safe = title
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${safe === '' ? 'meeting' : safe}-${date}`;
}

/** e.g. `Q1 joint strategy-2026-12-01.tandem.json`. */
export function exchangeFileName(title: string, date: CalendarDate): string {
  return `${meetingFileStem(title, date)}.tandem.json`;
}
