/**
 * The fields of a decision that are typed or chosen once: statement, rationale, alternatives,
 * method, accountable owner, scope, dates, agenda item and the stances of both sides.
 */
import { useId } from 'react';
import { DECISION_METHODS, STANCES, type DecisionDraft } from '../../domain/decisions';
import type { AgendaItem, Id, Person, Stance } from '../../domain/types';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import type { DecisionMessages } from './labels';
import { RevisitIfFields } from './RevisitIfFields';

interface DecisionFieldsProps {
  draft: DecisionDraft;
  onDraft: (patch: Partial<DecisionDraft>) => void;
  errors: DecisionMessages;
  people: readonly Person[];
  participantIds: ReadonlySet<Id>;
  agenda: readonly AgendaItem[];
  /** Stances are asked when recording; a stored decision changes them through Record stances. */
  withStances: boolean;
}

export function DecisionFields({
  draft,
  onDraft,
  errors,
  people,
  participantIds,
  agenda,
  withStances,
}: DecisionFieldsProps) {
  const t = useT();
  const stanceOptions = [
    { value: '', label: t('decisions.stance.none') },
    ...STANCES.map((stance) => ({ value: stance, label: t(`decisions.stance.${stance}`) })),
  ];
  return (
    <>
      <TextAreaField
        label={t('decisions.statement')}
        value={draft.statement}
        onValue={(statement) => onDraft({ statement })}
        error={errors.statement}
        autoFocusFirst
      />
      <TextAreaField
        label={t('decisions.rationale')}
        value={draft.rationale}
        onValue={(rationale) => onDraft({ rationale })}
        error={errors.rationale}
      />
      <TextAreaField
        label={t('decisions.alternatives')}
        value={draft.alternatives}
        onValue={(alternatives) => onDraft({ alternatives })}
        error={errors.alternatives}
      />
      <div className="form-row">
        <SelectField
          label={t('decisions.method')}
          value={draft.method}
          options={DECISION_METHODS.map((method) => ({
            value: method,
            label: t(`decisions.method.${method}`),
          }))}
          onValue={(method) => onDraft({ method: DECISION_METHODS.find((m) => m === method) ?? 'consensus' })}
        />
        <OwnerSelect
          value={draft.accountablePersonId}
          people={people}
          participantIds={participantIds}
          error={errors.accountable}
          onValue={(accountablePersonId) => onDraft({ accountablePersonId })}
        />
      </div>
      <TextField
        label={t('decisions.scope')}
        value={draft.scope}
        onValue={(scope) => onDraft({ scope })}
        error={errors.scope}
        autoComplete="off"
      />
      <div className="form-row">
        <TextField
          type="date"
          label={t('decisions.dueDate')}
          value={draft.dueDate}
          onValue={(dueDate) => onDraft({ dueDate })}
          error={errors.dueDate}
        />
        <TextField
          type="date"
          label={t('decisions.reviewDate')}
          value={draft.reviewDate}
          onValue={(reviewDate) => onDraft({ reviewDate })}
          error={errors.reviewDate}
        />
        <SelectField
          label={t('decisions.agendaItem')}
          value={draft.agendaItemId}
          options={[
            { value: '', label: t('decisions.noAgendaItem') },
            ...agenda.map((item) => ({ value: item.id, label: item.title })),
          ]}
          onValue={(agendaItemId) => onDraft({ agendaItemId })}
        />
      </div>
      <RevisitIfFields
        lines={draft.revisitIf ?? []}
        onLines={(revisitIf) => onDraft({ revisitIf })}
        error={errors.revisitIf}
      />
      {withStances && (
        <div className="form-row">
          <SelectField
            label={t('decisions.stance.marketing')}
            value={draft.stanceMarketing}
            options={stanceOptions}
            onValue={(value) => onDraft({ stanceMarketing: asStance(value) })}
          />
          <SelectField
            label={t('decisions.stance.sales')}
            value={draft.stanceSales}
            options={stanceOptions}
            onValue={(value) => onDraft({ stanceSales: asStance(value) })}
          />
        </div>
      )}
    </>
  );
}

/** A stance chosen in a select; the empty choice means "not recorded". */
export function asStance(value: string): Stance | '' {
  return STANCES.find((stance) => stance === value) ?? '';
}

interface OwnerSelectProps {
  value: Id | '';
  people: readonly Person[];
  participantIds: ReadonlySet<Id>;
  error: string | undefined;
  onValue: (personId: Id | '') => void;
}

/** The accountable owner: the meeting's participants first, then everyone else in the directory. */
function OwnerSelect({ value, people, participantIds, error, onValue }: OwnerSelectProps) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const selectable = people.filter((person) => !person.archived || person.id === value);
  const option = (person: Person) => (
    <option key={person.id} value={person.id}>
      {person.name}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('decisions.owner')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        <option value="">{t('decisions.owner.none')}</option>
        <optgroup label={t('decisions.owner.participants')}>
          {selectable.filter((person) => participantIds.has(person.id)).map(option)}
        </optgroup>
        <optgroup label={t('decisions.owner.others')}>
          {selectable.filter((person) => !participantIds.has(person.id)).map(option)}
        </optgroup>
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
