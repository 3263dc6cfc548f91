/**
 * The automatic backups of the meeting on the run screen: every three minutes while it runs (when
 * something changed) and once when it ends. Returns the notice to show. Everything happens in
 * timers and promises, never in the handler of a keystroke.
 */
import { useEffect, useRef } from 'react';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { usePlatform } from '../../platform/react';
import { NO_NOTICE, useBackupsState, type BackupNotice } from '../../state/backups';
import { createBackupScheduler, type BackupScheduler } from './backup-scheduler';
import { takeBackup } from './take-backup';

export function useLiveBackups(meeting: Meeting): BackupNotice {
  const { exchange } = useWorkspace();
  const platform = usePlatform();
  const scheduler = useRef<BackupScheduler | null>(null);
  const meetingId = meeting.id;
  const seen = useRef({ meetingId, status: meeting.status });

  useEffect(() => {
    const deps = { exchange, platform, now: () => new Date().toISOString() };
    const created = createBackupScheduler({
      take: async () => {
        const store = useBackupsState.getState();
        const outcome = await takeBackup(deps, meetingId, store.meetings[meetingId]?.fingerprint);
        if (outcome.kind === 'saved') store.saved(meetingId, outcome.fingerprint, outcome.info.createdAt);
        if (outcome.kind === 'failed') store.failed(meetingId);
      },
    });
    scheduler.current = created;
    if (seen.current.status === 'running') created.start();
    return () => created.stop();
  }, [exchange, platform, meetingId]);

  const status = meeting.status;
  useEffect(() => {
    const current = scheduler.current;
    if (!current) return;
    if (status === 'running') current.start();
    else current.stop();
    const previous = seen.current;
    if (previous.meetingId === meetingId && previous.status === 'running' && status === 'ended')
      void current.backupNow();
    seen.current = { meetingId, status };
  }, [status, meetingId]);

  return useBackupsState((state) => state.meetings[meetingId]?.notice ?? NO_NOTICE);
}
