/** Asks before a meeting is deleted, then offers an undo. */
import { useState } from 'react';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';

export function DeleteMeetingDialog({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { meetings } = useWorkspace();
  const closeDialog = useMeetingsUi((state) => state.closeDialog);
  const offerUndo = useMeetingsUi((state) => state.offerUndo);
  const [storageFailed, setStorageFailed] = useState(false);

  async function confirm() {
    try {
      await meetings.softDelete(meeting.id);
      closeDialog();
      offerUndo({ meetingId: meeting.id, title: meeting.title });
    } catch {
      setStorageFailed(true);
    }
  }

  return (
    <Dialog title={t('dialog.delete.title')} role="alertdialog" onCancel={closeDialog}>
      <p className="dialog-body">{t('dialog.delete.body', { title: meeting.title })}</p>
      <FieldError
        id={`delete-${meeting.id}-storage`}
        message={storageFailed ? t('error.storage') : undefined}
      />
      <div className="dialog-actions">
        <button type="button" onClick={closeDialog} data-autofocus>
          {t('action.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm}>
          {t('action.delete')}
        </button>
      </div>
    </Dialog>
  );
}
