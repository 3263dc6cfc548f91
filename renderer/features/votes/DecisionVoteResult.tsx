/**
 * The result of the vote that informed a decision, as one line beside the decision. The run screen
 * hands it to the decision register, which does not know about votes.
 */
import '../../styles/votes.css';
import type { Decision } from '../../domain/types';
import { votesInOrder } from '../../domain/votes';
import { voteSummary } from '../../domain/vote-summary';
import { useMeetingVotes } from '../../data/queries/votes';
import { useLanguage, useT } from '../../i18n/react';

export function DecisionVoteResult({ decision }: { decision: Decision }) {
  const t = useT();
  const language = useLanguage();
  const votes = votesInOrder(useMeetingVotes(decision.meetingId) ?? []).filter(
    (vote) => vote.decisionId === decision.id,
  );
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
