/**
 * What identifies and bounds a meeting file, without the schemas that check one: the format and
 * version and the record tables in the order they are written. Writing a file needs
 * only this; the schemas (zod) load when a file is read (schemas.ts, validate.ts).
 */
import type { MeetingFile } from './schemas';

/** The value of `format` in a meeting file. */
export const MEETING_FORMAT = 'tandem.meeting';
/** The version this build writes. */
export const EXCHANGE_VERSION = 3;
/**
 * Every version this build reads. Version 1 (before the live cockpit) has no votes, rounds, mirror
 * rounds or timer extensions; version 2 (before follow-through, issue 17) has no "revisit if"
 * conditions on decisions. Both are read as a file of the current version that has none (upgrade.ts).
 */
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3];

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
  'votes',
  'roundEntries',
  'mirrorRounds',
  'ledgerEntries',
  'ledgerReviews',
] as const satisfies readonly (keyof MeetingFile)[];
export type MeetingTable = (typeof MEETING_TABLES)[number];
