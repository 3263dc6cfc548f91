/**
 * The one place the Export minutes dialog lives, inside the app frame: the buttons on Prepare and
 * Run and the application menu open it through the export UI state. Asked for without a meeting
 * (the menu on the Meetings list, say), it tells the user to open one first.
 */
import { Suspense } from 'react';
import { onDemand } from '../../navigation/on-demand';
import { navigate } from '../../navigation/router';
import { useT } from '../../i18n/react';
import { useExportUi } from '../../state/export-ui';
import { Dialog } from '../../ui/Dialog';

// The dialog, the minutes builders and the exporters: a chunk of their own, loaded when idle.
const dialogChunk = onDemand(() => import('./ExportMinutesDialog').then((m) => m.ExportMinutesDialog));
const ExportMinutesDialog = dialogChunk.Component;
/** Loads the Export minutes dialog's chunk. */
export const loadExportDialog = dialogChunk.load;

export function ExportMinutesHost() {
  const dialog = useExportUi((state) => state.dialog);
  const closeExport = useExportUi((state) => state.closeExport);
  switch (dialog.kind) {
    case 'closed':
      return null;
    case 'meeting':
      return (
        <Suspense fallback={null}>
          <ExportMinutesDialog
            key={dialog.opening}
            meetingId={dialog.meetingId}
            opening={dialog.opening}
            onClose={closeExport}
          />
        </Suspense>
      );
    case 'no-meeting':
      return <NoMeetingNotice onClose={closeExport} />;
  }
}

function NoMeetingNotice({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={t('export.open')} onCancel={onClose}>
      <p className="dialog-body">{t('export.noMeeting')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
        <button
          type="button"
          className="primary"
          data-autofocus
          onClick={() => {
            onClose();
            navigate({ name: 'meetings' });
          }}
        >
          {t('export.showMeetings')}
        </button>
      </div>
    </Dialog>
  );
}
