/**
 * The default projection: the active item with its presenters and timer, the next items, the
 * latest projectable conflict points of the item (labelled by level, relationship points without
 * any department, private points never) and the meeting's decisions as recorded. A running vote or
 * mirror round, when app/ passes one as `slot`, takes the side column's lower part. While the
 * "Review agreements" block runs, the agreements under review take the place of the next items.
 */
import type { ReactNode } from 'react';
import { formatNumber } from '../../domain/decisions';
import { projectedConflicts, upcomingItems } from '../../domain/projection';
import { activeItemOf } from '../../domain/run';
import type { AgendaItem, Decision, Meeting, Person } from '../../domain/types';
import { useProjectableConflictPoints } from '../../data/queries/conflicts';
import { usePeople } from '../../data/queries/people';
import { useMeetingDecisions } from '../../data/queries/run-capture';
import { useT } from '../../i18n/react';
import { useDepartmentName } from '../../ui/department-name';
import { AudienceTimer } from './AudienceTimer';
import { AudienceLedger } from './AudienceLedger';
import { isLedgerReviewItem } from '../../domain/ledger';

const DECISION_LIMIT = 2;

interface CurrentProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  /** A running vote or mirror round for the room (other features, passed in from app/). */
  slot?: ReactNode;
}

export function AudienceCurrent({ meeting, agenda, slot }: CurrentProps) {
  const t = useT();
  const people = usePeople();
  const active = activeItemOf(meeting, agenda);
  const names = (ids: readonly string[]) =>
    ids.flatMap((id) => people?.find((person) => person.id === id)?.name ?? []).join(', ');
  const presenters = active ? names(active.presenterIds) : '';
  return (
    <div className="audience-current">
      <section className="audience-stage">
        {active ? (
          <>
            <p className="audience-label">{t('audience.now')}</p>
            <h2 className="audience-item-title">{active.title}</h2>
            {presenters !== '' && (
              <p className="audience-muted">{t('audience.presenters', { names: presenters })}</p>
            )}
            <AudienceTimer item={active} paused={meeting.pausedAt !== undefined} />
          </>
        ) : (
          <p className="audience-item-title">{t('audience.noActive')}</p>
        )}
        {active && isLedgerReviewItem(active) ? (
          <AudienceLedger meetingId={meeting.id} />
        ) : (
          <UpcomingList items={upcomingItems(agenda, active?.id)} />
        )}
      </section>
      <aside className="audience-side">
        <ProjectedPoints meetingId={meeting.id} agendaItemId={active?.id} />
        <ProjectedDecisions meetingId={meeting.id} people={people} />
        {slot !== undefined && slot !== null && (
          <section className="audience-slot" aria-label={t('audience.slot')} data-testid="audience-slot">
            {slot}
          </section>
        )}
      </aside>
    </div>
  );
}

function UpcomingList({ items }: { items: readonly AgendaItem[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <section className="audience-next" aria-label={t('audience.next')}>
      <h3 className="audience-label">{t('audience.next')}</h3>
      <ol>
        {items.map((item) => (
          <li key={item.id} className="audience-clamp">
            {item.title}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ProjectedPoints({ meetingId, agendaItemId }: { meetingId: string; agendaItemId?: string }) {
  const t = useT();
  const departmentName = useDepartmentName();
  const points = projectedConflicts(
    useProjectableConflictPoints(meetingId, agendaItemId) ?? [],
    agendaItemId,
  );
  if (points.length === 0) return null;
  return (
    <section className="audience-block" aria-label={t('audience.points')}>
      <h3 className="audience-label">{t('audience.points')}</h3>
      <ul className="audience-points">
        {points.map((point) => (
          <li key={point.id} className={`audience-point level-${point.level}`} data-level={point.level}>
            <span className="audience-clamp">
              <span className="audience-level">
                {t(`conflicts.level.${point.level}`)}
                {point.departmentId !== undefined && ` · ${departmentName(point.departmentId)}`}
              </span>{' '}
              {point.statement}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProjectedDecisions({ meetingId, people }: { meetingId: string; people: Person[] | undefined }) {
  const t = useT();
  const decisions = (useMeetingDecisions(meetingId) ?? []).filter(
    (decision) => decision.deletedAt === undefined && decision.status !== 'revoked',
  );
  if (decisions.length === 0) return null;
  return (
    <section className="audience-block" aria-label={t('audience.decisions')}>
      <h3 className="audience-label">{t('audience.decisions')}</h3>
      <DecisionList decisions={decisions.slice(-DECISION_LIMIT).reverse()} people={people} />
    </section>
  );
}

/** Decisions as the room reads them: number, statement, owner. */
export function DecisionList({ decisions, people }: { decisions: readonly Decision[]; people?: Person[] }) {
  const t = useT();
  return (
    <ul className="audience-decisions">
      {decisions.map((decision) => {
        const owner = people?.find((person) => person.id === decision.accountablePersonId)?.name;
        return (
          <li key={decision.id}>
            <span className="audience-clamp">
              <span className="audience-number">{formatNumber(decision.number)}</span> {decision.statement}
            </span>
            <span className="audience-muted">
              {owner ? t('audience.owner', { name: owner }) : t('audience.noOwner')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
