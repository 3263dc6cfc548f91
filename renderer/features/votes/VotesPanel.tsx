/**
 * The votes of the run screen: **Quick vote** (Alt+V) sets one up and opens the counting; the running
 * vote can be counted on at any time; closed votes show their result and can be attached to the
 * decision they informed. A vote is deleted softly, with the one undo.
 */
import '../../styles/votes.css';
import { useId, useState } from 'react';
import { formatNumber } from '../../domain/decisions';
import type { Attendance, Decision, Vote } from '../../domain/types';
import { isRunning, voteResults, votesInOrder } from '../../domain/votes';
import { voteSummary } from '../../domain/vote-summary';
import { useWorkspace } from '../../data/provider';
import { useMeetingDecisions } from '../../data/queries/run-capture';
import { useMeetingVotes } from '../../data/queries/votes';
import { useShortcut } from '../../shortcuts/registry';
import { useLanguage, useT } from '../../i18n/react';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';
import { VoteTable } from '../../ui/VoteTable';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { useVoteColumns } from './use-vote-columns';
import { VoteCountDialog } from './VoteCountDialog';
import { VoteSetupDialog } from './VoteSetupDialog';

type Open = { kind: 'setup' } | { kind: 'count'; voteId: string; decisionId?: string } | undefined;

export function VotesPanel(props: RunPanelProps) {
  const t = useT();
  const headingId = useId();
  const stored = useMeetingVotes(props.meeting.id);
  const decisions = useMeetingDecisions(props.meeting.id) ?? [];
  const [open, setOpen] = useState<Open>();
  const list = votesInOrder(stored ?? []).reverse();
  const counting = open?.kind === 'count' ? list.find((vote) => vote.id === open.voteId) : undefined;

  useShortcut({ id: 'votes.quick', combo: { code: 'KeyV', alt: true }, label: 'votes.quick' }, () =>
    setOpen({ kind: 'setup' }),
  );

  return (
    <section className="votes-panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{t('votes.heading')}</h2>
        <button type="button" aria-keyshortcuts="Alt+V" onClick={() => setOpen({ kind: 'setup' })}>
          {t('votes.quick')}
        </button>
      </div>
      {stored !== undefined && list.length === 0 && <p className="muted">{t('votes.empty')}</p>}
      {list.length > 0 && (
        <ul className="vote-list" aria-labelledby={headingId}>
          {list.map((vote) => (
            <VoteRow
              key={vote.id}
              vote={vote}
              attendance={props.attendance}
              decisions={decisions}
              onCount={() => setOpen({ kind: 'count', voteId: vote.id })}
            />
          ))}
        </ul>
      )}
      {open?.kind === 'setup' && (
        <VoteSetupDialog
          meeting={props.meeting}
          activeItem={props.activeItem}
          onClose={() => setOpen(undefined)}
          onStarted={(voteId, decisionId) => setOpen({ kind: 'count', voteId, decisionId })}
        />
      )}
      {counting && open?.kind === 'count' && (
        <VoteCountDialog
          vote={counting}
          attendance={props.attendance}
          decisionId={open.decisionId}
          onClose={() => setOpen(undefined)}
        />
      )}
    </section>
  );
}

interface VoteRowProps {
  vote: Vote;
  attendance: readonly Attendance[];
  decisions: readonly Decision[];
  onCount: () => void;
}

function VoteRow({ vote, attendance, decisions, onCount }: VoteRowProps) {
  const t = useT();
  const language = useLanguage();
  const { votes } = useWorkspace();
  const { run } = useWrite();
  const { undoable } = useUndoable();
  const columns = useVoteColumns(vote, attendance);
  const running = isRunning(vote);
  const live = decisions.filter((decision) => decision.deletedAt === undefined);
  return (
    <li className={`vote ${running ? 'vote-running' : 'vote-closed'}`}>
      <p className="vote-head">
        <strong>{vote.question}</strong>{' '}
        <span className="vote-state">{t(running ? 'votes.running' : 'votes.closed')}</span>
      </p>
      <p className="vote-summary">{voteSummary(vote, language)}</p>
      {!running && (
        <VoteTable
          className="vote-table"
          kind={vote.kind}
          results={voteResults(vote, columns)}
          caption={vote.question}
        />
      )}
      <div className="row-actions">
        {running && (
          <button type="button" className="primary" onClick={onCount}>
            {t('votes.count')}
          </button>
        )}
        {!running && live.length > 0 && (
          <label className="vote-attach">
            {t('votes.attach')}{' '}
            <select
              aria-label={t('votes.attachFor', { question: vote.question })}
              value={vote.decisionId ?? ''}
              onChange={(event) => void run(() => votes.attach(vote.id, event.target.value || undefined))}
            >
              <option value="">{t('votes.attach.none')}</option>
              {live.map((decision) => (
                <option key={decision.id} value={decision.id}>
                  {`${formatNumber(decision.number)} ${decision.statement}`}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="quiet"
          aria-label={t('votes.deleteFor', { question: vote.question })}
          onClick={() =>
            void undoable(() => votes.softDelete(vote.id), {
              label: t('votes.deleted'),
              undo: () => votes.restore(vote.id),
            })
          }
        >
          {t('votes.delete')}
        </button>
      </div>
    </li>
  );
}
