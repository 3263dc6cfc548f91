/** Asks before a meeting is deleted, then offers an undo. */
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';
import { usePushUndo } from '../../state/undo';
import { Dialog } from '../../ui/Dialog';
import { useWrite } from '../../ui/use-write';

export function DeleteMeetingDialog({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { meetings } = useWorkspace();
  const closeDialog = useMeetingsUi((state) => state.closeDialog);
  const pushUndo = usePushUndo();
  const { run, pending } = useWrite();

  function confirm() {
    void run(() => meetings.softDelete(meeting.id), {
      done: () => {
        closeDialog();
        pushUndo({
          label: t('toast.meetingDeleted', { title: meeting.title }),
          undo: () => meetings.restore(meeting.id),
        });
      },
    });
  }

  return (
    <Dialog title={t('dialog.delete.title')} role="alertdialog" onCancel={closeDialog}>
      <p className="dialog-body">{t('dialog.delete.body', { title: meeting.title })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={closeDialog} data-autofocus>
          {t('action.cancel')}
        </button>
        <button type="button" className="danger" disabled={pending} onClick={confirm}>
          {t('action.delete')}
        </button>
      </div>
    </Dialog>
  );
}
