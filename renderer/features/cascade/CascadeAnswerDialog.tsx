/**
 * Records one unit's response to a decision: adopt, adapt (how) or object (why), with its owner in
 * the unit and the date it should answer by. Opened from the register (source "register") or from a
 * running meeting (source "meeting"). A refused answer shows its message next to the field and
 * writes nothing.
 */
import { useState, type FormEvent } from 'react';
import { CASCADE_KINDS, type CascadeAnswerError } from '../../domain/cascade';
import { formatNumber } from '../../domain/decisions';
import { LIMITS } from '../../domain/limits';
import type { CascadeResponse, CascadeResponseKind, Decision, Id } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { usePeople } from '../../data/queries/people';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';

export interface CascadeAnswerDialogProps {
  row: CascadeResponse;
  decision: Pick<Decision, 'number' | 'statement'>;
  source: 'meeting' | 'register';
  meetingId?: Id;
  onClose: () => void;
}

const asKind = (value: string): CascadeResponseKind | '' =>
  CASCADE_KINDS.find((kind) => kind === value) ?? '';

export function CascadeAnswerDialog({ row, decision, source, meetingId, onClose }: CascadeAnswerDialogProps) {
  const t = useT();
  const { cascade } = useWorkspace();
  const people = usePeople();
  const { run, pending } = useWrite();
  const [response, setResponse] = useState<CascadeResponseKind | ''>(row.response ?? '');
  const [explanation, setExplanation] = useState(row.explanation);
  const [ownerPersonId, setOwner] = useState(row.ownerPersonId ?? '');
  const [dueDate, setDueDate] = useState(row.dueDate ?? '');
  const [errors, setErrors] = useState<CascadeAnswerError[]>([]);
  const [stale, setStale] = useState(false);
  const number = formatNumber(decision.number);
  const title = t('cascade.dialogTitle', { unit: row.unit, number });
  const errorOf = (field: CascadeAnswerError['field']) => {
    const error = errors.find((candidate) => candidate.field === field);
    if (!error) return undefined;
    if (error.field === 'explanation')
      return error.code === 'required'
        ? t('cascade.error.explanation')
        : t('cascade.error.tooLong', { max: LIMITS.cascade.explanation });
    return t(error.field === 'ownerPersonId' ? 'cascade.error.owner' : 'cascade.error.due');
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () =>
        cascade.answer(
          row.id,
          { response, explanation, ownerPersonId, dueDate },
          { source, meetingId },
          row.updatedAt,
        ),
      {
        done: onClose,
        refused: (outcome) => {
          if ('reason' in outcome) setStale(true);
          else setErrors(outcome.errors);
        },
      },
    );
  }

  const owners = (people ?? []).filter((person) => !person.archived || person.id === row.ownerPersonId);
  return (
    <Dialog title={title} onCancel={onClose}>
      <form className="form" aria-label={title} onSubmit={submit} noValidate>
        <p className="dialog-body">
          {number} · {decision.statement}
        </p>
        <SelectField
          label={t('cascade.response')}
          value={response}
          options={[
            { value: '', label: t('cascade.choice.none') },
            ...CASCADE_KINDS.map((kind) => ({ value: kind, label: t(`cascade.choice.${kind}`) })),
          ]}
          onValue={(value) => setResponse(asKind(value))}
        />
        {(response === 'adapt' || response === 'object') && (
          <TextAreaField
            label={t(response === 'adapt' ? 'cascade.how' : 'cascade.why')}
            value={explanation}
            maxLength={LIMITS.cascade.explanation}
            error={errorOf('explanation')}
            onValue={setExplanation}
          />
        )}
        <SelectField
          label={t('cascade.owner')}
          value={ownerPersonId}
          options={[
            { value: '', label: t('cascade.noOwner') },
            ...owners.map((person) => ({
              value: person.id,
              label: person.orgUnit === '' ? person.name : `${person.name} (${person.orgUnit})`,
            })),
          ]}
          onValue={setOwner}
        />
        <FieldError id={`${row.id}-owner-error`} message={errorOf('ownerPersonId')} />
        <TextField
          label={t('cascade.due')}
          type="date"
          value={dueDate}
          error={errorOf('dueDate')}
          onValue={setDueDate}
        />
        <FieldError id={`${row.id}-stale`} message={stale ? t('cascade.error.stale') : undefined} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('cascade.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
