/** Adds an item at the end of the agenda; a refused item keeps what was typed and says why. */
import { useState, type FormEvent } from 'react';
import type { AgendaItemDraft } from '../../domain/agenda';
import type { Attendance } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { AgendaItemFields, agendaMessages, type AgendaMessages } from './AgendaItemFields';

const EMPTY: AgendaItemDraft = {
  title: '',
  description: '',
  kind: 'discussion',
  timeboxMinutes: '15',
  presenterIds: [],
};

export function AddAgendaItemForm({
  meetingId,
  attendance,
}: {
  meetingId: string;
  attendance: readonly Attendance[];
}) {
  const t = useT();
  const { agenda } = useWorkspace();
  const [draft, setDraft] = useState<AgendaItemDraft>(EMPTY);
  const [errors, setErrors] = useState<AgendaMessages>({});
  const [storageFailed, setStorageFailed] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const outcome = await agenda.add(meetingId, draft);
      setStorageFailed(false);
      if (!outcome.ok) return setErrors(agendaMessages(t, outcome.errors));
      setErrors({});
      setDraft({ ...EMPTY, kind: draft.kind });
    } catch {
      setStorageFailed(true);
    }
  }

  return (
    <form className="add-agenda form" onSubmit={submit} noValidate>
      <AgendaItemFields draft={draft} onDraft={setDraft} errors={errors} attendance={attendance} />
      <FieldError
        id={`add-agenda-${meetingId}-storage`}
        message={storageFailed ? t('error.storage') : undefined}
      />
      <div className="dialog-actions">
        <button type="submit" className="primary">
          {t('agenda.add')}
        </button>
      </div>
    </form>
  );
}
