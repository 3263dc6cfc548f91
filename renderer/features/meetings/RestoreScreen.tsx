/**
 * Restore: the automatic backups, newest first, with the meeting, the time and the size. Restoring
 * one reads it from the shell and sends it down the import path of Import meeting (complete check,
 * a preview of what changes and restore in place when the meeting is here, a copy only on request,
 * one transaction), so a backup is exactly as safe to restore as a meeting file.
 */
import '../../styles/backups.css';
import { useId, useState } from 'react';
import { useLanguage, useT } from '../../i18n/react';
import type { BackupInfo } from '../../platform/platform';
import { usePlatform } from '../../platform/react';
import { ImportDialogs } from './ImportDialogs';
import { useImportFlow } from './use-import-flow';
import { formatBackupSize, formatBackupTime } from '../../ui/backup-format';
import { useBackupList, type BackupList } from './use-backup-list';

export function RestoreScreen() {
  const t = useT();
  const headingId = useId();
  const platform = usePlatform();
  const list = useBackupList();
  const importer = useImportFlow({ restore: true });
  const [readFailed, setReadFailed] = useState(false);

  async function restore(id: string) {
    setReadFailed(false);
    const read = await platform.readBackup(id);
    if (read.ok) await importer.importText(read.value);
    else setReadFailed(true);
  }

  return (
    <section className="screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>{t('backups.heading')}</h1>
      </div>
      <p className="muted restore-intro">{t('backups.intro')}</p>
      <p role="alert" className="danger-text">
        {readFailed ? t('backups.readFailed') : ''}
      </p>
      <BackupListView list={list} onRestore={(id) => void restore(id)} />
      <ImportDialogs {...importer.dialogs} />
    </section>
  );
}

function BackupListView({ list, onRestore }: { list: BackupList; onRestore: (id: string) => void }) {
  const t = useT();
  switch (list.kind) {
    case 'loading':
      return <p className="muted">{t('app.loading')}</p>;
    case 'unavailable':
      return <Empty text={t('backups.unavailable')} />;
    case 'failed':
      return <Empty text={t('backups.listFailed')} />;
    case 'ready':
      if (list.backups.length === 0) return <Empty text={t('backups.empty')} />;
      return <BackupTable backups={list.backups} onRestore={onRestore} />;
  }
}

function Empty({ text }: { text: string }) {
  return (
    <div className="empty">
      <p className="empty-title">{text}</p>
    </div>
  );
}

function BackupTable({ backups, onRestore }: { backups: BackupInfo[]; onRestore: (id: string) => void }) {
  const t = useT();
  const language = useLanguage();
  return (
    <table className="backup-table" aria-label={t('backups.table')}>
      <thead>
        <tr>
          <th scope="col">{t('backups.meeting')}</th>
          <th scope="col">{t('backups.time')}</th>
          <th scope="col">{t('backups.size')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.id}>
            <th scope="row">{backup.meetingTitle ?? t('backups.unreadable')}</th>
            <td>{formatBackupTime(language, backup.createdAt)}</td>
            <td>{formatBackupSize(language, backup.bytes)}</td>
            <td>
              <button type="button" onClick={() => onRestore(backup.id)}>
                {t('backups.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
