/** Asks before a meeting is deleted, then offers an undo. */
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';
import { Dialog } from '../../ui/Dialog';
import { useUndoable } from '../../ui/use-undoable';

export function DeleteMeetingDialog({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { meetings } = useWorkspace();
  const closeDialog = useMeetingsUi((state) => state.closeDialog);
  const { undoable, pending } = useUndoable();

  async function confirm() {
    const deleted = await undoable(() => meetings.softDelete(meeting.id), {
      label: t('toast.meetingDeleted', { title: meeting.title }),
      undo: () => meetings.restore(meeting.id),
    });
    if (deleted) closeDialog();
  }

  return (
    <Dialog title={t('dialog.delete.title')} role="alertdialog" onCancel={closeDialog}>
      <p className="dialog-body">{t('dialog.delete.body', { title: meeting.title })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={closeDialog} data-autofocus>
          {t('action.cancel')}
        </button>
        <button type="button" className="danger" disabled={pending} onClick={() => void confirm()}>
          {t('action.delete')}
        </button>
      </div>
    </Dialog>
  );
}
