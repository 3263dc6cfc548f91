/**
 * What identifies and bounds a meeting file, without the schemas that check one: the format and
 * version and the record tables in the order they are written. Writing a file needs
 * only this; the schemas (zod) load when a file is read (schemas.ts, validate.ts).
 */
import type { MeetingFile } from './schemas';

/** The value of `format` in a meeting file. */
export const MEETING_FORMAT = 'tandem.meeting';
/** The only version this build reads and writes. */
export const EXCHANGE_VERSION = 1;

/** The record tables of a meeting file, in the order they are written. */
export const MEETING_TABLES = [
  'attendance',
  'people',
  'agendaItems',
  'conflictPoints',
  'decisions',
  'actionItems',
  'knowledgeItems',
  'parkingLot',
  'definitions',
  'speakerTurns',
] as const satisfies readonly (keyof MeetingFile)[];
export type MeetingTable = (typeof MEETING_TABLES)[number];
