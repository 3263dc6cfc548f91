/** What every section builder of the minutes shares: the snapshot, the options and the lookups. */
import type { Language, Timestamp } from '../types';
import type { Formatter } from './format';
import type { Names } from './names';
import type { MeetingSnapshot } from './snapshot';
import type { WordKey } from './words';

export interface MinutesOptions {
  /** The language of the minutes; the meeting's own language unless the export dialog overrides it. */
  language?: Language;
  /** Leave out who raised relationship points (default true). */
  anonymousRelationship?: boolean;
  /** Include the notes of each agenda item (default true). */
  includeNotes?: boolean;
  /** The moment the minutes are made; also the end of an item that is still running. */
  now: Timestamp;
  /** The zone actual times are shown in; the runtime's own zone when left out. */
  timeZone?: string;
}

export interface BuildContext {
  snapshot: MeetingSnapshot;
  language: Language;
  anonymousRelationship: boolean;
  includeNotes: boolean;
  now: Timestamp;
  w(key: WordKey, values?: Record<string, string | number>): string;
  f: Formatter;
  n: Names;
}

/** The live records of a list: soft-deleted rows never reach the minutes. */
export function live<T extends { deletedAt?: string }>(list: readonly T[]): T[] {
  return list.filter((entry) => entry.deletedAt === undefined);
}

/** The header row of a table, from its column words. */
export function columns(ctx: BuildContext, keys: readonly WordKey[]): string[] {
  return keys.map((key) => ctx.w(key));
}
