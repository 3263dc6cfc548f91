/**
 * The quiet line at the foot of the run screen about automatic backups: the time of the last one,
 * or — announced politely, never in a dialog — that one failed. It also runs the backups
 * (use-live-backups.ts), so the run screen needs only this one element.
 */
import '../../styles/backups.css';
import type { Meeting } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/react';
import { formatBackupClock } from '../../ui/backup-format';
import { useLiveBackups } from './use-live-backups';

export function BackupStatus({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const language = useLanguage();
  const notice = useLiveBackups(meeting);
  return (
    <div className="backup-status">
      <p role="status" className="backup-failed">
        {notice.kind === 'failed' ? t('backups.failed') : ''}
      </p>
      {notice.kind === 'saved' && (
        <p className="muted">{t('backups.saved', { time: formatBackupClock(language, notice.at) })}</p>
      )}
    </div>
  );
}
