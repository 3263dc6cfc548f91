/** Says that a meeting was deleted and offers to bring it back, until dismissed or replaced. */
import { useState } from 'react';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';

export function UndoToast() {
  const t = useT();
  const { meetings } = useWorkspace();
  const undo = useMeetingsUi((state) => state.undo);
  const clearUndo = useMeetingsUi((state) => state.clearUndo);
  const [storageFailed, setStorageFailed] = useState(false);

  async function restore() {
    if (!undo) return;
    try {
      await meetings.restore(undo.meetingId);
      clearUndo();
    } catch {
      setStorageFailed(true);
    }
  }

  return (
    <div role="status" className="toast-region">
      {undo && (
        <div className="toast">
          <span>{storageFailed ? t('error.storage') : t('toast.meetingDeleted', { title: undo.title })}</span>
          <button type="button" onClick={restore}>
            {t('action.undo')}
          </button>
          <button type="button" className="quiet" onClick={clearUndo}>
            {t('action.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
