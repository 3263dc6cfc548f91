/** The suggested name of an exported meeting file: `<title>-<date>.tandem.json`, safe on every system. */
import { fileNamePart, safeFileName } from '../../../electron/shared/file-name';
import type { CalendarDate } from '../types';

/** The most characters of a title in a file name, leaving room for the date and what follows. */
const MAX_TITLE_CHARS = 80;

/**
 * The start of every file name of a meeting, `<title>-<date>`: the title made safe by the one rule
 * of electron/shared/file-name.ts and cut to keep the name short, or `meeting` when nothing of it
 * is left.
 */
export function meetingFileStem(title: string, date: CalendarDate): string {
  const safe = fileNamePart(title, MAX_TITLE_CHARS);
  return `${safe === '' ? 'meeting' : safe}-${date}`;
}

/** e.g. `Q1 joint strategy-2026-12-01.tandem.json`. */
export function exchangeFileName(title: string, date: CalendarDate): string {
  return safeFileName(meetingFileStem(title, date), 'tandem.json', `meeting-${date}`);
}
