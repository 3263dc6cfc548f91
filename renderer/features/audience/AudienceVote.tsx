/**
 * The running vote on the wall: the question, the options (or fingers) and the hands per
 * department with their totals, and for a fist-of-five the consent. While a vote runs it takes the
 * place of the current item; once closed, the wall shows the item again.
 */
import '../../styles/audience-vote.css';
import type { ReactNode } from 'react';
import { projectedVote, type ProjectedVote } from '../../domain/projection';
import { voteSummary } from '../../domain/vote-summary';
import { presentDepartments, voteDepartments } from '../../domain/votes';
import type { Id, Vote } from '../../domain/types';
import { useDepartments, usePeople } from '../../data/queries/people';
import { useAttendance } from '../../data/queries/prepare';
import { useMeetingVotes } from '../../data/queries/votes';
import { useLanguage, useT } from '../../i18n/react';
import { VoteTable } from '../../ui/VoteTable';

/** Shows the running vote of the meeting if there is one, otherwise `children`. */
export function WithRunningVote({ meetingId, children }: { meetingId: Id; children: ReactNode }) {
  const votes = useMeetingVotes(meetingId);
  const departments = useDepartments();
  const people = usePeople();
  const attendance = useAttendance(meetingId);
  const present = presentDepartments(attendance ?? [], people ?? []);
  const running = votes?.find((vote) => vote.closedAt === undefined && vote.deletedAt === undefined);
  const projected = projectedVote(votes ?? [], (vote) => voteDepartments(departments ?? [], present, vote));
  if (!projected || !running) return <>{children}</>;
  return <AudienceVote projected={projected} vote={running} />;
}

function AudienceVote({ projected, vote }: { projected: ProjectedVote; vote: Vote }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section className="audience-vote" aria-label={t('audience.vote')}>
      <p className="audience-label">{t('audience.vote')}</p>
      <h2 className="audience-vote-question audience-clamp">{projected.question}</h2>
      <VoteTable
        className="audience-vote-table"
        kind={projected.kind}
        results={projected.results}
        caption={projected.question}
      />
      <p className="audience-vote-summary">{voteSummary(vote, language)}</p>
    </section>
  );
}
