/**
 * "Save agenda as template": names a new user template made from this meeting's agenda. Opened from
 * the Prepare screen's More menu (`open`); says so once the template is saved.
 */
import { useState, type FormEvent } from 'react';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';

interface SaveAsTemplateDialogProps {
  meeting: Meeting;
  open: boolean;
  onClose: () => void;
}

export function SaveAsTemplateDialog({ meeting, open, onClose }: SaveAsTemplateDialogProps) {
  const t = useT();
  const { templates } = useWorkspace();
  const [name, setName] = useState(meeting.title);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const { run, pending } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => templates.saveAgendaAsTemplate(meeting.id, name), {
      done: () => {
        onClose();
        setSaved(true);
      },
      refused: () => setError(t('template.nameInvalid')),
    });
  }

  return (
    <>
      {saved && (
        <span role="status" className="muted">
          {t('template.saved', { name })}
        </span>
      )}
      {open && (
        <Dialog title={t('agenda.saveAsTemplate')} onCancel={onClose}>
          <form className="form" onSubmit={submit} noValidate>
            <TextField
              label={t('template.name')}
              value={name}
              onValue={setName}
              error={error}
              autoFocusFirst
            />
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                {t('action.cancel')}
              </button>
              <button type="submit" className="primary" disabled={pending}>
                {t('action.save')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
