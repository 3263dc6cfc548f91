/**
 * The agenda editor: the timed list with planned start times, the running total against the
 * planned duration (and where it overruns), adding, editing, reordering, deleting with undo.
 */
import { useId, useState } from 'react';
import { agendaPositions, planSchedule } from '../../domain/agenda';
import type { AgendaItem, Attendance, Meeting } from '../../domain/types';
import { usePeople } from '../../data/queries/people';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';
import { AddAgendaItemForm } from './AddAgendaItemForm';
import { AgendaRow } from './AgendaRow';
import { EditAgendaItemDialog } from './EditAgendaItemDialog';

interface AgendaSectionProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  attendance: readonly Attendance[];
}

export function AgendaSection({ meeting, agenda, attendance }: AgendaSectionProps) {
  const t = useT();
  const people = usePeople() ?? [];
  const { agenda: repository } = useWorkspace();
  const headingId = useId();
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const { run } = useWrite();
  const { undoable } = useUndoable();
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const schedule = planSchedule(meeting, agenda);

  function move(item: AgendaItem, toIndex: number) {
    void run(() => repository.move(meeting.id, item.id, toIndex), {
      done: () => {
        setAnnouncement(
          t('agenda.moved', { title: item.title, position: toIndex + 1, count: agenda.length }),
        );
        // Keep the keyboard on the moved item, which React re-renders at its new place.
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`[data-agenda-id="${item.id}"]`)?.focus(),
        );
      },
    });
  }

  function remove(item: AgendaItem) {
    void undoable(() => repository.softDelete(item.id), {
      label: t('agenda.deleted', { title: item.title }),
      // Refused (the undo notice says so) when the agenda was reordered since, in any window.
      undo: () =>
        repository.restore(item.id, agendaPositions(agenda.filter((other) => other.id !== item.id))),
    });
  }

  return (
    <section className="panel agenda" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agenda.heading')}</h2>
      {agenda.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <>
          <p className="muted hint">{t('agenda.reorderHint')}</p>
          <ol className="agenda-list" aria-label={t('agenda.heading')}>
            {schedule.items.map((line, index) => (
              <AgendaRow
                key={line.item.id}
                line={line}
                index={index}
                count={agenda.length}
                people={people}
                onMove={(toIndex) => move(line.item, toIndex)}
                onEdit={() => setEditing(line.item)}
                onDelete={() => remove(line.item)}
                onDragStart={() => setDragged(line.item.id)}
                onDropAt={(toIndex) => {
                  const item = agenda.find((candidate) => candidate.id === dragged);
                  if (item) move(item, toIndex);
                }}
              />
            ))}
          </ol>
        </>
      )}
      <p className={schedule.overrunMinutes > 0 ? 'agenda-total overrun' : 'agenda-total'}>
        {t('agenda.total', { total: schedule.totalMinutes, planned: schedule.plannedMinutes })}
        {schedule.overrunMinutes > 0 && (
          <strong> {t('agenda.overrun', { minutes: schedule.overrunMinutes })}</strong>
        )}
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <AddAgendaItemForm meetingId={meeting.id} attendance={attendance} />
      {editing && (
        <EditAgendaItemDialog item={editing} attendance={attendance} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
