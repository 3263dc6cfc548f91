/**
 * Takes one automatic backup of a meeting: read every record in one read transaction, skip the
 * write when nothing changed since the last backup (same fingerprint), otherwise hand the exchange
 * file to the platform. Never throws: a failure comes back as data for a quiet notice, because a
 * backup must never break the meeting it protects.
 */
import { exportMeetingJson } from '../../domain/exchange/format';
import { fingerprint } from '../../domain/fingerprint';
import type { Id, Timestamp } from '../../domain/types';
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

/** Backs up meeting `meetingId` unless its records still have `lastFingerprint`. */
export async function takeBackup(
  deps: BackupDeps,
  meetingId: Id,
  lastFingerprint: string | undefined,
): Promise<BackupOutcome> {
  try {
    const records = await deps.exchange.readMeeting(meetingId);
    const current = fingerprint(JSON.stringify(records));
    if (current === lastFingerprint) return { kind: 'unchanged' };
    const written = await deps.platform.writeBackup(exportMeetingJson(records, deps.now()));
    if (written.ok) return { kind: 'saved', info: written.value, fingerprint: current };
    return { kind: written.error.code === 'unavailable' ? 'unavailable' : 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}
