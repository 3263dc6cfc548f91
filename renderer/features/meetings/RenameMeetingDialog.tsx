/** Renames a meeting; the same title rules as creating one. */
import { useState, type FormEvent } from 'react';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';
import { fieldMessages } from './field-errors';

export function RenameMeetingDialog({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { meetings } = useWorkspace();
  const closeDialog = useMeetingsUi((state) => state.closeDialog);
  const [title, setTitle] = useState(meeting.title);
  const [error, setError] = useState<string | undefined>();
  const { run, pending } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => meetings.rename(meeting.id, title), {
      done: closeDialog,
      refused: (outcome) => setError(fieldMessages(t, outcome.errors).title),
    });
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
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('action.rename')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
