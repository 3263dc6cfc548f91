/**
 * Edits one agenda item in a dialog; nothing changes until the item is valid and saved. An edit
 * saved after another window changed the item is refused and shows both versions.
 */
import { useState, type FormEvent } from 'react';
import type { AgendaItemDraft } from '../../domain/agenda';
import type { AgendaItem, Attendance } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { ChangedElsewhere, differingLines } from '../../ui/ChangedElsewhere';
import { Dialog } from '../../ui/Dialog';
import { useEditBase } from '../../ui/use-edit-base';
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
  const [draft, setDraft] = useState<AgendaItemDraft>(() => draftOf(item));
  const [errors, setErrors] = useState<AgendaMessages>({});
  const { run, pending } = useWrite();
  const edit = useEditBase(item);

  function save(base = edit.base) {
    void run(() => agenda.update(item.id, draft, base), {
      done: onClose,
      refused: (outcome) =>
        'reason' in outcome ? edit.stale(outcome.current) : setErrors(agendaMessages(t, outcome.errors)),
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save();
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
        {edit.theirs && (
          <ChangedElsewhere
            lines={differingLines([
              { label: t('agenda.title'), theirs: edit.theirs.title, yours: draft.title },
              { label: t('agenda.description'), theirs: edit.theirs.description, yours: draft.description },
              {
                label: t('agenda.timebox'),
                theirs: String(edit.theirs.timeboxMinutes),
                yours: String(draft.timeboxMinutes),
              },
            ])}
            onTakeTheirs={() => edit.takeTheirs((current) => setDraft(draftOf(current)))}
            onKeepMine={() => edit.keepMine(save)}
            disabled={pending}
          />
        )}
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

function draftOf(item: AgendaItem): AgendaItemDraft {
  return {
    title: item.title,
    description: item.description,
    kind: item.kind,
    timeboxMinutes: String(item.timeboxMinutes),
    presenterIds: item.presenterIds,
  };
}
