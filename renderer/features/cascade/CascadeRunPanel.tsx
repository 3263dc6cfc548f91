/**
 * The run screen's Units tab: decided decisions still waiting for a unit's response, and those
 * answered in this meeting, each with its units as buttons that record the response here (the
 * answer remembers this meeting). Overdue ones first, then by number, newest first.
 */
import { cascadeStateOf } from '../../domain/cascade';
import { formatNumber } from '../../domain/decisions';
import type { CalendarDate, Id } from '../../domain/types';
import type { DecisionCascade } from '../../data/queries/cascade';
import { useT } from '../../i18n/react';
import { CascadeUnits } from './CascadeUnits';

interface Props {
  meetingId: Id;
  cascades: readonly DecisionCascade[] | undefined;
  today: CalendarDate;
}

/** The cascades the run screen lists: some unit still owes an answer, or it answered in this meeting. */
export function cascadesToDiscuss(
  cascades: readonly DecisionCascade[],
  meetingId: Id,
  today: CalendarDate,
): DecisionCascade[] {
  const listed = cascades.filter(({ rows }) =>
    rows.some((row) => row.response === undefined || row.meetingId === meetingId),
  );
  const overdue = (cascade: DecisionCascade) => cascadeStateOf(cascade.rows, today).overdue > 0;
  return [...listed.filter(overdue), ...listed.filter((cascade) => !overdue(cascade))];
}

export function CascadeRunPanel({ meetingId, cascades, today }: Props) {
  const t = useT();
  const listed = cascadesToDiscuss(cascades ?? [], meetingId, today);
  return (
    <section className="cascade-run" aria-label={t('cascade.run.heading')}>
      <p className="muted">{t(listed.length === 0 ? 'cascade.run.empty' : 'cascade.run.intro')}</p>
      <ul className="cascade-run-list">
        {listed.map(({ decision, rows }) => (
          <li key={decision.id}>
            <p className="cascade-run-statement">
              <strong>{formatNumber(decision.number)}</strong> {decision.statement}
            </p>
            <CascadeUnits
              decision={decision}
              rows={rows}
              today={today}
              source="meeting"
              meetingId={meetingId}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
