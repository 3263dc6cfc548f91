/** "Export minutes": opens the export dialog for this meeting (on Prepare and on Run). */
import type { Id } from '../../domain/types';
import { useT } from '../../i18n/react';
import { useExportUi } from '../../state/export-ui';

export function ExportMinutesButton({ meetingId, primary = false }: { meetingId: Id; primary?: boolean }) {
  const t = useT();
  const openExport = useExportUi((state) => state.openExport);
  return (
    <button type="button" className={primary ? 'primary' : undefined} onClick={() => openExport(meetingId)}>
      {t('export.open')}
    </button>
  );
}
