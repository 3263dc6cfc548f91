/**
 * Revoking a decided decision passes the reopen gate: the dialog shows the decision, its rationale
 * and its conditions, and asks what is new. Without an answer it is refused and nothing changes.
 */
import { useId, useState, type FormEvent } from 'react';
import { formatNumber } from '../../domain/decisions';
import type { ReopenDraft } from '../../domain/reopen-gate';
import type { Decision, Id } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { useDepartmentName } from '../../ui/department-name';
import { useWrite } from '../../ui/use-write';
import { ReopenGateFields } from './ReopenGateFields';
import { refusalMessage } from './labels';

interface RevokeDialogProps {
  decision: Decision;
  /** The meeting the decision is revoked in. */
  meetingId: Id;
  onClose: () => void;
}

export function RevokeDialog({ decision, meetingId, onClose }: RevokeDialogProps) {
  const t = useT();
  const { decisions } = useWorkspace();
  const nameOf = useDepartmentName();
  const problemId = useId();
  const [reopen, setReopen] = useState<ReopenDraft>({ fact: '' });
  const [problem, setProblem] = useState<string | undefined>();
  const { run, pending } = useWrite();
  const title = t('gate.revokeTitle', { number: formatNumber(decision.number) });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => decisions.revoke(decision.id, { draft: reopen, meetingId }), {
      done: onClose,
      refused: (outcome) => setProblem(refusalMessage(t, nameOf, decision, outcome.refusal)),
    });
  }

  return (
    <Dialog title={title} onCancel={onClose}>
      <form className="form" aria-label={title} onSubmit={submit} noValidate>
        <ReopenGateFields decision={decision} value={reopen} onValue={setReopen} autoFocus />
        <FieldError id={problemId} message={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('decisions.revoke')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
