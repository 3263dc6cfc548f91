/**
 * Live capture besides conflicts and decisions: the meeting's action items, open ones first, with
 * status and soft delete with Undo. "Add action item" (Alt+A) opens an inline quick-capture; Enter
 * adds and closes it, Escape closes it. Every change is written at once.
 */
import '../../styles/run-capture.css';
import { useId, useMemo, useState } from 'react';
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
import { QuickCapture } from '../../ui/QuickCapture';
import { useShortcut } from '../../shortcuts/registry';

export function ActionsPanel({ meeting, agenda, activeItem, attendance }: RunPanelProps) {
  const t = useT();
  const { actions } = useWorkspace();
  const items = useActionItems(meeting.id);
  const decisions = useMeetingDecisions(meeting.id) ?? [];
  const people = usePeople();
  const headingId = useId();
  const { undoable } = useUndoable();
  const page = usePage();
  const [adding, setAdding] = useState(false);
  useShortcut({ id: 'add-action', combo: { code: 'KeyA', alt: true }, label: 'actions.add' }, () =>
    setAdding(true),
  );
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
    <section className="capture-section actions-panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{t('actions.heading')}</h2>
        <QuickCapture
          label={t('actions.add')}
          keys="Alt+A"
          primary
          open={adding}
          onOpen={() => setAdding(true)}
          onClose={() => setAdding(false)}
        >
          <AddActionForm
            meetingId={meeting.id}
            agenda={agenda}
            activeItem={activeItem}
            decisions={live}
            participants={participants}
            onAdded={() => setAdding(false)}
            onCancel={() => setAdding(false)}
          />
        </QuickCapture>
      </div>
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
          <ShowMore shown={Math.min(page.limit, ordered.length)} total={ordered.length} onMore={page.more} />
        </>
      )}
    </section>
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
