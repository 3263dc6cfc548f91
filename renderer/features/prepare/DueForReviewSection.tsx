/**
 * Decisions of this meeting's series whose review date has come ("due for review"), each offered as
 * an agenda point. Hidden when there are none.
 */
import { useId } from 'react';
import { formatNumber } from '../../domain/decisions';
import { LIMITS } from '../../domain/limits';
import { snippet } from '../../domain/text';
import type { Decision, Meeting } from '../../domain/types';
import { useDueForReview } from '../../data/queries/reopen-gate';
import { useWorkspace } from '../../data/provider';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';

export function DueForReviewSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const language = useLanguage();
  const { agenda } = useWorkspace();
  const due = useDueForReview(meeting);
  const headingId = useId();
  const { run, pending } = useWrite();
  if (!due || due.length === 0) return null;
  const titleOf = (decision: Decision) =>
    t('gate.reviewItemTitle', {
      number: formatNumber(decision.number),
      statement: snippet(decision.statement, LIMITS.agendaItem.title - 20),
    });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('gate.dueForReview')}</h2>
      <p className="muted">{t('gate.dueForReviewHint')}</p>
      <ul aria-labelledby={headingId}>
        {due.map((decision) => (
          <li key={decision.id}>
            {t('gate.dueLine', {
              number: formatNumber(decision.number),
              date: formatDate(language, decision.reviewDate ?? ''),
            })}{' '}
            {decision.statement}{' '}
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                void run(() =>
                  agenda.add(meeting.id, {
                    title: titleOf(decision),
                    description: decision.revisitIf.join('\n'),
                    kind: 'decision',
                    timeboxMinutes: 10,
                    presenterIds: [],
                  }),
                )
              }
            >
              {t('gate.addReviewItem', { title: titleOf(decision) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
