/**
 * Writing the JSON exchange format of one meeting (docs/exchange-format.md), deterministically: a
 * fixed order of the top-level fields, records sorted by id, and the keys of every record in
 * alphabetical order, so export → import → export gives the same text apart from `exportedAt`.
 * It needs none of the schemas that reading a file does (format.ts), so exports and backups load
 * without them.
 */
import type { Id, Timestamp } from '../types';
import { EXCHANGE_VERSION, MEETING_FORMAT, MEETING_TABLES } from './envelope';
import type { MeetingFile } from './schemas';

/** Everything of one meeting that a file carries, without the envelope. */
export type MeetingRecords = Omit<MeetingFile, 'format' | 'version' | 'exportedAt'>;

/** A copy of `value` whose object keys are in alphabetical order, at every depth. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
}

const byId = (a: { id: Id }, b: { id: Id }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The file text of a meeting, exported at `now`. */
export function exportMeetingJson(records: MeetingRecords, now: Timestamp): string {
  const file: Record<string, unknown> = {
    format: MEETING_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: now,
    meeting: canonical(records.meeting),
  };
  for (const table of MEETING_TABLES) {
    file[table] = [...records[table]].sort(byId).map(canonical);
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}
