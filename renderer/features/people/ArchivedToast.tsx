/** Says that a person was archived (and so left the list) and offers to undo it. */
import { useState } from 'react';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { usePeopleUi } from '../../state/people-ui';

export function ArchivedToast() {
  const t = useT();
  const { people } = useWorkspace();
  const archived = usePeopleUi((state) => state.archived);
  const noteArchived = usePeopleUi((state) => state.noteArchived);
  const [storageFailed, setStorageFailed] = useState(false);

  async function undo() {
    if (!archived) return;
    try {
      await people.unarchive(archived.personId);
      noteArchived(null);
    } catch {
      setStorageFailed(true);
    }
  }

  return (
    <div role="status" className="toast-region">
      {archived && (
        <div className="toast">
          <span>
            {storageFailed ? t('error.storage') : t('people.archivedToast', { name: archived.name })}
          </span>
          <button type="button" onClick={undo}>
            {t('action.undo')}
          </button>
          <button type="button" className="quiet" onClick={() => noteArchived(null)}>
            {t('action.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
