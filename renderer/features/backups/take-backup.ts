/**
 * Takes one automatic backup of a meeting: read every record in one read transaction, skip the
 * write when nothing changed since the last backup, otherwise hand the exchange file to the
 * platform. "Changed" is judged by a fingerprint of every record's id and `updatedAt` (each
 * repository write sets it), which costs a few milliseconds even for thousands of records, so the
 * file itself is only built when there is something new to keep.
 * Never throws: a failure comes back as data for a quiet notice, because a
 * backup must never break the meeting it protects.
 */
import { MEETING_TABLES } from '../../domain/exchange/envelope';
import { exportMeetingJson, type MeetingRecords } from '../../domain/exchange/write';
import { fingerprint } from '../../domain/fingerprint';
import type { Id, RecordMeta, Timestamp } from '../../domain/types';
import type { ExchangeRepository } from '../../data/repositories/exchange';
import type { BackupInfo, Platform } from '../../platform/platform';

export interface BackupDeps {
  exchange: Pick<ExchangeRepository, 'readMeeting'>;
  platform: Pick<Platform, 'writeBackup'>;
  now: () => Timestamp;
}

export type BackupOutcome =
  | { kind: 'saved'; info: BackupInfo; fingerprint: string }
  | { kind: 'unchanged' }
  | { kind: 'unavailable' }
  | { kind: 'failed' };

/** A fingerprint that changes whenever a record of the meeting is added, edited or deleted. */
export function changeFingerprint(records: MeetingRecords): string {
  const rows: RecordMeta[] = [records.meeting];
  for (const table of MEETING_TABLES) rows.push(...records[table]);
  return fingerprint(rows.map((row) => `${row.id}@${row.updatedAt}`).join('\n'));
}

/** Backs up meeting `meetingId` unless its records still have `lastFingerprint`. */
export async function takeBackup(
  deps: BackupDeps,
  meetingId: Id,
  lastFingerprint: string | undefined,
): Promise<BackupOutcome> {
  try {
    const records = await deps.exchange.readMeeting(meetingId);
    const current = changeFingerprint(records);
    if (current === lastFingerprint) return { kind: 'unchanged' };
    const written = await deps.platform.writeBackup(exportMeetingJson(records, deps.now()));
    if (written.ok) return { kind: 'saved', info: written.value, fingerprint: current };
    return { kind: written.error.code === 'unavailable' ? 'unavailable' : 'failed' };
    // Kept: a backup reads the database and writes a file, no database write; its outcome is data.
  } catch {
    return { kind: 'failed' };
  }
}
