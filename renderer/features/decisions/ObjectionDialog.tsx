/**
 * Marking a decision decided although a side objects: the dialog names the objecting side, asks for
 * an explicit confirmation and a note on why the decision stands, and records the note in the
 * rationale. Without both, the decision stays proposed.
 */
import { useId, useState, type FormEvent } from 'react';
import { formatNumber, objectingSides } from '../../domain/decisions';
import type { Decision } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { TextAreaField } from '../../ui/TextAreaField';
import { useDepartmentName } from '../../ui/department-name';
import { useMirrorRoundSlot } from '../../ui/mirror-round-slot';
import { useWrite } from '../../ui/use-write';
import { objectionMessage, refusalMessage, sidesText } from './labels';

interface ObjectionDialogProps {
  decision: Decision;
  onClose: () => void;
}

export function ObjectionDialog({ decision, onClose }: ObjectionDialogProps) {
  const t = useT();
  const { decisions } = useWorkspace();
  const nameOf = useDepartmentName();
  const problemId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const mirror = useMirrorRoundSlot();
  const [mirroring, setMirroring] = useState(false);
  const { run, pending } = useWrite();
  const sides = objectingSides(decision);
  const number = formatNumber(decision.number);
  const values = { number, sides: sidesText(t, nameOf, sides) };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!confirmed) {
      return setProblem(objectionMessage(t, nameOf, 'decisions.objection.unconfirmed', sides, number));
    }
    const confirmation = { confirmedSides: sides, note, heading: t('decisions.objection.heading', values) };
    void run(() => decisions.decide(decision.id, confirmation), {
      done: onClose,
      refused: (outcome) => setProblem(refusalMessage(t, nameOf, decision, outcome.refusal)),
    });
  }

  return (
    <Dialog
      title={objectionMessage(t, nameOf, 'decisions.objection.title', sides, number)}
      role="alertdialog"
      onCancel={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('decisions.objection.explain', values)}</p>
        {mirror && (
          <p className="objection-mirror">
            <span className="muted">{t('mirror.offerHint')}</span>{' '}
            <button type="button" onClick={() => setMirroring(true)}>
              {t('mirror.offer')}
            </button>
          </p>
        )}
        <label className="check">
          <input
            type="checkbox"
            data-autofocus
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          {t('decisions.objection.confirm', values)}
        </label>
        <TextAreaField label={t('decisions.objection.note')} value={note} onValue={setNote} />
        <FieldError id={problemId} message={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('decisions.objection.submit')}
          </button>
        </div>
      </form>
      {mirroring &&
        mirror?.dialog({ decisionId: decision.id }, decision.statement, () => setMirroring(false))}
    </Dialog>
  );
}
