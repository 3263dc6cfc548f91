/**
 * Sets up a quick vote: the question, the kind (options or fist-of-five) and, for an options vote,
 * 2–12 options, one per line. Picking a decision of the meeting fills in its statement and its
 * alternatives, and the vote is attached to that decision once closed. Nothing is written until
 * the draft is accepted.
 */
import { useState, type FormEvent } from 'react';
import { formatNumber } from '../../domain/decisions';
import type { Decision, VoteKind } from '../../domain/types';
import { optionsFromAlternatives, VOTE_KINDS, type VoteFieldError } from '../../domain/votes';
import { useWorkspace } from '../../data/provider';
import { useMeetingDecisions } from '../../data/queries/run-capture';
import { useLanguage, useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { voteFieldMessage, voteRefusalMessage } from './labels';

interface VoteSetupDialogProps extends Pick<RunPanelProps, 'meeting' | 'activeItem'> {
  onClose: () => void;
  /** The new vote and the decision it was set up from, if any. */
  onStarted: (voteId: string, decisionId: string | undefined) => void;
}

export function VoteSetupDialog({ meeting, activeItem, onClose, onStarted }: VoteSetupDialogProps) {
  const t = useT();
  const language = useLanguage();
  const { votes } = useWorkspace();
  const decisions = (useMeetingDecisions(meeting.id) ?? []).filter(
    (decision) => decision.deletedAt === undefined && decision.status !== 'revoked',
  );
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<VoteKind>('options');
  const [options, setOptions] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [errors, setErrors] = useState<VoteFieldError[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const { run, pending } = useWrite();
  const errorOf = (field: VoteFieldError['field']) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error && voteFieldMessage(t, error);
  };

  function fromDecision(id: string) {
    setDecisionId(id);
    const decision: Decision | undefined = decisions.find((candidate) => candidate.id === id);
    if (!decision) return;
    setQuestion(decision.statement);
    const alternatives = optionsFromAlternatives(decision.alternatives);
    if (alternatives.length > 0) setOptions(alternatives.join('\n'));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const draft = { question, kind, options: options.split('\n'), agendaItemId: activeItem?.id ?? '' };
    void run(() => votes.create(meeting.id, draft), {
      done: (outcome) => onStarted(outcome.value.id, decisionId || undefined),
      refused: (outcome) => {
        if ('errors' in outcome) {
          setProblem(undefined);
          setErrors(outcome.errors);
        } else {
          setErrors([]);
          setProblem(voteRefusalMessage(t, language, outcome.refusal));
        }
      },
    });
  }

  return (
    <Dialog title={t('votes.quick')} onCancel={onClose}>
      <form className="form vote-setup" aria-label={t('votes.quick')} onSubmit={submit} noValidate>
        {decisions.length > 0 && (
          <SelectField
            label={t('votes.fromDecision')}
            value={decisionId}
            options={[
              { value: '', label: t('votes.fromDecision.none') },
              ...decisions.map((decision) => ({
                value: decision.id,
                label: `${formatNumber(decision.number)} ${decision.statement}`,
              })),
            ]}
            onValue={fromDecision}
          />
        )}
        <TextField
          label={t('votes.question')}
          value={question}
          onValue={setQuestion}
          error={errorOf('question')}
          autoFocusFirst
        />
        <fieldset className="vote-kind">
          <legend>{t('votes.kind')}</legend>
          {VOTE_KINDS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="vote-kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />{' '}
              {t(`votes.kind.${value}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'options' && (
          <TextAreaField
            label={t('votes.options')}
            value={options}
            onValue={setOptions}
            error={errorOf('options')}
            rows={4}
          />
        )}
        <FieldError id="vote-problem" message={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('votes.start')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
