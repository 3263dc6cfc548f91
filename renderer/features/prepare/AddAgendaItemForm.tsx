/**
 * Adds an item at the end of the agenda; a refused item keeps what was typed and says why. After
 * adding, the form starts from the defaults it shows (a 15-minute discussion, no presenter).
 */
import { useState, type FormEvent } from 'react';
import type { AgendaItemDraft } from '../../domain/agenda';
import type { Attendance } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';
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
  const { run } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => agenda.add(meetingId, draft), {
      refused: (outcome) => setErrors(agendaMessages(t, outcome.errors)),
      done: () => {
        setErrors({});
        setDraft(EMPTY);
      },
    });
  }

  return (
    <form className="add-agenda form" onSubmit={submit} noValidate>
      <AgendaItemFields draft={draft} onDraft={setDraft} errors={errors} attendance={attendance} />
      <div className="dialog-actions">
        <button type="submit" className="primary">
          {t('agenda.add')}
        </button>
      </div>
    </form>
  );
}
