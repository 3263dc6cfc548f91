/**
 * The links of a decision: who is responsible, consulted and informed; the conflict points of this
 * meeting it settles; and the decision of an earlier meeting it supersedes, found by number or
 * statement. What a decision supersedes is set once, so an edit shows it without a choice.
 */
import { useState } from 'react';
import { supersedeCandidates } from '../../domain/decision-list';
import { formatNumber, type DecisionDraft } from '../../domain/decisions';
import type { ConflictPoint, Decision, Id } from '../../domain/types';
import { useT } from '../../i18n/react';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { PartyPicker, type PartyChoices } from './PartyPicker';
import { snippet } from '../../domain/text';

interface LinkFieldsProps {
  meetingId: Id;
  draft: DecisionDraft;
  onDraft: (patch: Partial<DecisionDraft>) => void;
  choices: PartyChoices;
  conflictPoints: readonly ConflictPoint[];
  earlier: readonly Decision[];
  /** Set when the stored decision already supersedes one. */
  fixedSupersedes: Decision | undefined;
}

/** Options name the point or decision they link to in up to this many characters. */
const OPTION_LENGTH = 80;

export function LinkFields(props: LinkFieldsProps) {
  const { meetingId, draft, onDraft, choices, conflictPoints, earlier, fixedSupersedes } = props;
  const t = useT();
  return (
    <>
      <div className="raci">
        <PartyPicker
          role={t('decisions.responsible')}
          value={draft.responsible}
          choices={choices}
          onValue={(responsible) => onDraft({ responsible })}
        />
        <PartyPicker
          role={t('decisions.consulted')}
          value={draft.consulted}
          choices={choices}
          onValue={(consulted) => onDraft({ consulted })}
        />
        <PartyPicker
          role={t('decisions.informed')}
          value={draft.informed}
          choices={choices}
          onValue={(informed) => onDraft({ informed })}
        />
      </div>
      <SettlesField
        value={draft.settlesConflictIds}
        points={conflictPoints}
        onValue={(settlesConflictIds) => onDraft({ settlesConflictIds })}
      />
      {fixedSupersedes ? (
        <p>{t('decisions.supersedes.fixed', { number: formatNumber(fixedSupersedes.number) })}</p>
      ) : (
        <SupersedesField
          meetingId={meetingId}
          value={draft.supersedesId}
          earlier={earlier}
          onValue={(supersedesId) => onDraft({ supersedesId })}
        />
      )}
    </>
  );
}

interface SettlesFieldProps {
  value: readonly Id[];
  points: readonly ConflictPoint[];
  onValue: (ids: Id[]) => void;
}

function SettlesField({ value, points, onValue }: SettlesFieldProps) {
  const t = useT();
  const toggle = (id: Id, on: boolean) =>
    onValue(on ? [...value, id] : value.filter((other) => other !== id));
  return (
    <fieldset className="settles">
      <legend>{t('decisions.settles')}</legend>
      {points.length === 0 && <p className="muted">{t('decisions.settles.none')}</p>}
      {points.map((point) => (
        <label key={point.id} className="check">
          <input
            type="checkbox"
            checked={value.includes(point.id)}
            onChange={(event) => toggle(point.id, event.target.checked)}
          />
          {snippet(point.statement, OPTION_LENGTH)}
          {point.private && ` ${t('decisions.private')}`}
        </label>
      ))}
    </fieldset>
  );
}

interface SupersedesFieldProps {
  meetingId: Id;
  value: Id | '';
  earlier: readonly Decision[];
  onValue: (id: Id | '') => void;
}

function SupersedesField({ meetingId, value, earlier, onValue }: SupersedesFieldProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const found = supersedeCandidates(earlier, meetingId, query);
  const chosen = earlier.find((decision) => decision.id === value);
  const listed = chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  return (
    <div className="supersedes form-row">
      <TextField
        type="search"
        label={t('decisions.supersedes.search')}
        value={query}
        onValue={setQuery}
        autoComplete="off"
      />
      <SelectField
        label={t('decisions.supersedes')}
        value={value}
        options={[
          { value: '', label: t('decisions.supersedes.nothing') },
          ...listed.map((decision) => ({
            value: decision.id,
            label: `${formatNumber(decision.number)} — ${snippet(decision.statement, OPTION_LENGTH)}`,
          })),
        ]}
        onValue={onValue}
      />
    </div>
  );
}
