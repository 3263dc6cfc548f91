/**
 * The compact form for a fact or a question: kind, text, topic, the department that brought it and
 * optionally the agenda item. Used to add (afterwards it starts again from `initial`, so the next
 * entry holds nothing of the last one unless chosen) and to edit in place. An edit saved after
 * another window changed the item is refused and shows both versions.
 */
import { useId, useState, type FormEvent } from 'react';
import type { KnowledgeDraft } from '../../domain/knowledge';
import type { KnowledgeItem, KnowledgeKind, Timestamp } from '../../domain/types';
import type { KnowledgeEditOutcome } from '../../data/repositories/knowledge';
import { useT } from '../../i18n/react';
import { ChangedElsewhere, differingLines } from '../../ui/ChangedElsewhere';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useEditBase } from '../../ui/use-edit-base';
import { useWrite } from '../../ui/use-write';
import { knowledgeMessages, type KnowledgeMessages } from './field-errors';
import { agendaItemOptions, departmentOptions, draftOf, type KnowledgeOptions } from './labels';

interface KnowledgeFormProps {
  /** The accessible name of the form. */
  label: string;
  submitLabel: string;
  initial: KnowledgeDraft;
  /** The stored item being edited; its `updatedAt` is the base of the edit. Absent when adding. */
  editing?: KnowledgeItem;
  options: KnowledgeOptions;
  onSubmit: (draft: KnowledgeDraft, base?: Timestamp) => Promise<KnowledgeEditOutcome>;
  onSaved?: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

export function KnowledgeForm(props: KnowledgeFormProps) {
  const { label, submitLabel, initial, editing, options, onSubmit, onSaved, onCancel, autoFocus } = props;
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<KnowledgeMessages>({});
  const { run, pending } = useWrite();
  const edit = useEditBase(editing);
  const update = (patch: Partial<KnowledgeDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function save(base = edit.base) {
    void run(() => onSubmit(draft, base), {
      refused: (outcome) =>
        'reason' in outcome ? edit.stale(outcome.current) : setErrors(knowledgeMessages(t, outcome.errors)),
      done: () => {
        setErrors({});
        setDraft(initial);
        onSaved?.();
      },
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save();
  }

  return (
    <form className="knowledge-form" aria-label={label} onSubmit={submit} noValidate>
      <KindChoice value={draft.kind} onValue={(kind) => update({ kind })} />
      <TextAreaField
        label={t('knowledge.text')}
        value={draft.text}
        onValue={(text) => update({ text })}
        error={errors.text}
        submitOnEnter
        autoFocus={autoFocus}
      />
      <div className="form-row knowledge-links">
        <TextField
          label={t('knowledge.topic')}
          value={draft.topic}
          onValue={(topic) => update({ topic })}
          error={errors.topic}
          autoComplete="off"
        />
        <SelectField
          label={t('knowledge.department')}
          value={draft.departmentId}
          options={departmentOptions(t, options.departments)}
          onValue={(departmentId) => update({ departmentId })}
        />
        {options.agendaItems.length > 0 && (
          <SelectField
            label={t('knowledge.agendaItem')}
            value={draft.agendaItemId}
            options={agendaItemOptions(t, options.agendaItems)}
            onValue={(agendaItemId) => update({ agendaItemId })}
          />
        )}
      </div>
      {edit.theirs && (
        <ChangedElsewhere
          lines={differingLines([
            { label: t('knowledge.text'), theirs: edit.theirs.text, yours: draft.text },
            { label: t('knowledge.topic'), theirs: edit.theirs.topic, yours: draft.topic },
          ])}
          onTakeTheirs={() => edit.takeTheirs((current) => setDraft(draftOf(current)))}
          onKeepMine={() => edit.keepMine(save)}
          disabled={pending}
        />
      )}
      <div className="knowledge-form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        )}
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

const KINDS: readonly KnowledgeKind[] = ['fact', 'question'];

function KindChoice({ value, onValue }: { value: KnowledgeKind; onValue: (kind: KnowledgeKind) => void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="knowledge-kind">
      <legend>{t('knowledge.kind')}</legend>
      {KINDS.map((kind) => (
        <label key={kind}>
          <input
            type="radio"
            name={name}
            value={kind}
            checked={value === kind}
            onChange={() => onValue(kind)}
          />
          {t(`knowledge.kind.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
