/**
 * What identifies and bounds a meeting file, without the schemas that check one: the format and
 * version, the limits and the record tables in the order they are written. Writing a file needs
 * only this; the schemas (zod) load when a file is read (schemas.ts, validate.ts).
 */
import type { MeetingFile } from './schemas';

/** The value of `format` in a meeting file. */
export const MEETING_FORMAT = 'tandem.meeting';
/** The only version this build reads and writes. */
export const EXCHANGE_VERSION = 1;

/** Bounds: generous for real meetings, small enough that a hostile file cannot exhaust memory. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  idLength: 64,
  smallList: 200,
  records: 10_000,
} as const;

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
