/**
 * The suggested names of the files the Export minutes dialog writes, all starting like the
 * meeting's exchange file (`<title>-<date>`) and ending in a word for what the file holds, in the
 * language of the export: `Q1 joint strategy-2026-12-01-minutes.md`,
 * `Q1-Strategie-2026-12-01-Entscheidungen.csv`.
 */
import { safeFileName } from '../../../electron/shared/file-name';
import { meetingFileStem } from '../exchange/file-name';
import type { CalendarDate, Language } from '../types';
import { word } from './words';

/** What an exported file holds. */
export type ExportContent = 'minutes' | 'decisions' | 'actions' | 'calendar';

/** The name of one exported file of a meeting; `extension` without the dot. */
export function exportFileName(
  meeting: { title: string; date: CalendarDate },
  content: ExportContent,
  language: Language,
  extension: string,
): string {
  const what = word(language, `name.${content}`);
  return safeFileName(`${meetingFileStem(meeting.title, meeting.date)}-${what}`, extension, what);
}
