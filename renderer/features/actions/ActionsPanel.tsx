/**
 * Live capture besides conflicts and decisions: the meeting's action items (add by keyboard with
 * Alt+A, open ones first, status, soft delete with Undo), then the parking lot (Alt+K). Every
 * change is written at once.
 */
import '../../styles/run-capture.css';
import { useId, useMemo } from 'react';
import { actionsOpenFirst } from '../../domain/actions';
import type { ActionItem, Decision, Id } from '../../domain/types';
import { usePeople } from '../../data/queries/people';
import { useWorkspace } from '../../data/provider';
import { useActionItems, useMeetingDecisions } from '../../data/queries/run-capture';
import { useT, type Translate } from '../../i18n/react';
import { ShowMore, usePage } from '../../ui/ShowMore';
import { useUndoable } from '../../ui/use-undoable';
import { snippet } from '../../domain/text';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { AddActionForm } from './AddActionForm';
import { ActionRow } from './ActionRow';
import { participantsOf } from './action-options';
import { ParkingLotSection } from './ParkingLotSection';

export function ActionsPanel({ meeting, agenda, activeItem, attendance }: RunPanelProps) {
  const t = useT();
  const { actions } = useWorkspace();
  const items = useActionItems(meeting.id);
  const decisions = useMeetingDecisions(meeting.id) ?? [];
  const people = usePeople();
  const headingId = useId();
  const { undoable } = useUndoable();
  const page = usePage();
  const participants = participantsOf(
    people,
    attendance.map((entry) => entry.personId),
  );
  const names = useMemo(() => new Map(people?.map((person) => [person.id, person.name])), [people]);
  // While the directory loads, owners are not named rather than shown as unknown.
  const nameOf = (id: Id) =>
    people === undefined ? undefined : (names.get(id) ?? t('actions.unknownPerson'));
  const live = decisions.filter((decision) => decision.deletedAt === undefined);
  const ordered = useMemo(() => (items === undefined ? [] : actionsOpenFirst(items)), [items]);

  function remove(item: ActionItem) {
    void undoable(() => actions.softDelete(item.id), {
      label: t('actions.deleted', { what: snippet(item.what) }),
      undo: () => actions.restore(item.id),
    });
  }

  return (
    <>
      <section className="capture-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('actions.heading')}</h2>
        {items === undefined ? (
          <p className="muted">{t('app.loading')}</p>
        ) : items.every((item) => item.deletedAt !== undefined) ? (
          <p className="muted">{t('actions.empty')}</p>
        ) : (
          <>
            <ul className="capture-list" aria-labelledby={headingId}>
              {ordered.slice(0, page.limit).map((item) => (
                <ActionRow
                  key={item.id}
                  item={item}
                  ownerName={item.ownerPersonId === undefined ? undefined : nameOf(item.ownerPersonId)}
                  linkLabel={linkLabel(t, item, agenda, live)}
                  onDelete={remove}
                />
              ))}
            </ul>
            <ShowMore
              shown={Math.min(page.limit, ordered.length)}
              total={ordered.length}
              onMore={page.more}
            />
          </>
        )}
        <AddActionForm
          meetingId={meeting.id}
          agenda={agenda}
          activeItem={activeItem}
          decisions={live}
          participants={participants}
        />
      </section>
      <ParkingLotSection meetingId={meeting.id} activeItem={activeItem} />
    </>
  );
}

function linkLabel(
  t: Translate,
  item: ActionItem,
  agenda: RunPanelProps['agenda'],
  decisions: readonly Decision[],
): string | undefined {
  const decision = decisions.find((candidate) => candidate.id === item.decisionId);
  if (decision) return t('actions.link.decision', { number: decision.number, statement: decision.statement });
  const agendaItem = agenda.find((candidate) => candidate.id === item.agendaItemId);
  return agendaItem ? t('actions.link.agendaItem', { title: agendaItem.title }) : undefined;
}
