/**
 * The live counting of a running vote: the facilitator enters the raised hands per option and
 * department as the room answers, with steppers or typed numbers; the wall follows at once. Close
 * vote makes the counts final (and attaches the vote to the decision it was set up from); Keep
 * running leaves it on the wall to count on later.
 */
import { useState } from 'react';
import type { Attendance, Vote } from '../../domain/types';
import { voteResults, type VoteChange } from '../../domain/votes';
import { voteSummary } from '../../domain/vote-summary';
import { useWorkspace } from '../../data/provider';
import { useLanguage, useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { useDepartmentName } from '../../ui/department-name';
import { useWrite } from '../../ui/use-write';
import { VoteTable } from '../../ui/VoteTable';
import { CountCell } from './CountCell';
import { badCountMessage, voteRefusalMessage } from './labels';
import { useVoteColumns } from './use-vote-columns';

interface VoteCountDialogProps {
  vote: Vote;
  attendance: readonly Attendance[];
  /** The decision the vote was set up from: attached when the vote closes. */
  decisionId?: string;
  onClose: () => void;
}

export function VoteCountDialog({ vote, attendance, decisionId, onClose }: VoteCountDialogProps) {
  const t = useT();
  const language = useLanguage();
  const nameOf = useDepartmentName();
  const { votes } = useWorkspace();
  const { run, pending } = useWrite();
  const [problem, setProblem] = useState<string | undefined>();
  const results = voteResults(vote, useVoteColumns(vote, attendance));
  const title = t('votes.countFor', { question: vote.question });
  const running = vote.closedAt === undefined;

  function write(command: () => Promise<VoteChange>, done?: () => void) {
    void run(command, {
      done: () => {
        setProblem(undefined);
        done?.();
      },
      refused: (outcome) => setProblem(voteRefusalMessage(t, language, outcome.refusal)),
    });
  }

  function close() {
    write(
      () => votes.close(vote.id),
      () => {
        if (decisionId === undefined) return onClose();
        write(() => votes.attach(vote.id, decisionId), onClose);
      },
    );
  }

  return (
    <Dialog title={title} onCancel={onClose} className="vote-count-dialog">
      <p className="muted">{t('votes.hint')}</p>
      <VoteTable
        className="vote-table"
        kind={vote.kind}
        results={results}
        caption={title}
        renderCell={(option, label, departmentId, count) => (
          <CountCell
            count={count}
            option={label}
            department={nameOf(departmentId)}
            disabled={!running}
            onAdjust={(delta) => write(() => votes.adjustCount(vote.id, option, departmentId, delta))}
            onSet={(value) => write(() => votes.setCount(vote.id, option, departmentId, value))}
            onInvalid={() => setProblem(badCountMessage(t, language))}
          />
        )}
      />
      <p className="vote-summary" aria-live="polite">
        {voteSummary(vote, language)}
      </p>
      <FieldError id="vote-count-problem" message={problem} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('votes.keepRunning')}
        </button>
        <button type="button" className="primary" disabled={pending || !running} onClick={close}>
          {t('votes.close')}
        </button>
      </div>
    </Dialog>
  );
}
