/** The backups as the Restore screen shows them: loading, unavailable here, unreadable, or the list. */
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../platform/platform';
import { usePlatform } from '../../platform/react';

export type BackupList =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'failed' }
  | { kind: 'ready'; backups: BackupInfo[] };

export function useBackupList(): BackupList {
  const platform = usePlatform();
  const [list, setList] = useState<BackupList>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    void platform.listBackups().then((result) => {
      if (!current) return;
      if (result.ok) setList({ kind: 'ready', backups: result.value });
      else setList({ kind: result.error.code === 'unavailable' ? 'unavailable' : 'failed' });
    });
    return () => {
      current = false;
    };
  }, [platform]);
  return list;
}
