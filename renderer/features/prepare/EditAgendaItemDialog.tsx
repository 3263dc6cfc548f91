/** Edits one agenda item in a dialog; nothing changes until the item is valid and saved. */
import { useState, type FormEvent } from 'react';
import type { AgendaItemDraft } from '../../domain/agenda';
import type { AgendaItem, Attendance } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { useWrite } from '../../ui/use-write';
import { AgendaItemFields, agendaMessages, type AgendaMessages } from './AgendaItemFields';

interface EditAgendaItemDialogProps {
  item: AgendaItem;
  attendance: readonly Attendance[];
  onClose: () => void;
}

export function EditAgendaItemDialog({ item, attendance, onClose }: EditAgendaItemDialogProps) {
  const t = useT();
  const { agenda } = useWorkspace();
  const [draft, setDraft] = useState<AgendaItemDraft>({
    title: item.title,
    description: item.description,
    kind: item.kind,
    timeboxMinutes: String(item.timeboxMinutes),
    presenterIds: item.presenterIds,
  });
  const [errors, setErrors] = useState<AgendaMessages>({});
  const { run, pending } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => agenda.update(item.id, draft), {
      done: onClose,
      refused: (outcome) => setErrors(agendaMessages(t, outcome.errors)),
    });
  }

  return (
    <Dialog title={t('agenda.editTitle')} onCancel={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <AgendaItemFields
          draft={draft}
          onDraft={setDraft}
          errors={errors}
          attendance={attendance}
          autoFocus
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('agenda.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
