/** Renames a meeting; the same title rules as creating one. */
import { useState, type FormEvent } from 'react';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';
import { fieldMessages } from './field-errors';

export function RenameMeetingDialog({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { meetings } = useWorkspace();
  const closeDialog = useMeetingsUi((state) => state.closeDialog);
  const [title, setTitle] = useState(meeting.title);
  const [error, setError] = useState<string | undefined>();
  const [storageFailed, setStorageFailed] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const outcome = await meetings.rename(meeting.id, title);
      setStorageFailed(false);
      if (outcome.ok) closeDialog();
      else setError(fieldMessages(t, outcome.errors).title);
    } catch {
      setStorageFailed(true);
    }
  }

  return (
    <Dialog title={t('dialog.rename.title')} onCancel={closeDialog}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('meeting.title')}
          value={title}
          onValue={setTitle}
          error={error}
          autoFocusFirst
          autoComplete="off"
        />
        <FieldError
          id={`rename-${meeting.id}-storage`}
          message={storageFailed ? t('error.storage') : undefined}
        />
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('action.rename')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
