/**
 * The result of the vote that informed a decision, as one line beside the decision. The run screen
 * hands it to the decision register, which does not know about votes.
 */
import '../../styles/votes.css';
import type { Decision, Vote } from '../../domain/types';
import { votesInOrder } from '../../domain/votes';
import { voteSummary } from '../../domain/vote-summary';
import { useMeetingVotes } from '../../data/queries/votes';
import { useLanguage, useT } from '../../i18n/react';
import { sharedRead } from '../../ui/shared-read';

/** The meeting's votes, read once for every decision below `MeetingVotes`. */
const meetingVotes = sharedRead(useMeetingVotes);
export const MeetingVotes = meetingVotes.Provider;

export function DecisionVoteResult({ decision }: { decision: Decision }) {
  return (
    <meetingVotes.Shared id={decision.meetingId}>
      {(votes) => <VoteResultLines decision={decision} stored={votes} />}
    </meetingVotes.Shared>
  );
}

function VoteResultLines({ decision, stored }: { decision: Decision; stored: readonly Vote[] | undefined }) {
  const t = useT();
  const language = useLanguage();
  const votes = votesInOrder(stored ?? []).filter((vote) => vote.decisionId === decision.id);
  if (votes.length === 0) return null;
  return (
    <>
      {votes.map((vote) => (
        <p key={vote.id} className="decision-vote">
          {t('votes.onDecision', { result: `${vote.question} – ${voteSummary(vote, language)}` })}
        </p>
      ))}
    </>
  );
}
