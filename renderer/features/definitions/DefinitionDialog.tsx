/**
 * Adds a definition to the glossary or edits one: term, meaning, and the meeting where it was agreed.
 * An edit saved after another window changed the definition is refused and shows both versions.
 */
import { useState, type FormEvent } from 'react';
import { listMeetings } from '../../domain/meetings';
import type { DefinitionDraft } from '../../domain/definitions';
import type { Definition } from '../../domain/types';
import { useAllMeetings } from '../../data/queries/meetings';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useDefinitionsUi } from '../../state/definitions-ui';
import { ChangedElsewhere, differingLines } from '../../ui/ChangedElsewhere';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useEditBase } from '../../ui/use-edit-base';
import { useWrite } from '../../ui/use-write';
import { definitionMessages, type DefinitionMessages } from './field-errors';

export function DefinitionDialog({ definition }: { definition?: Definition }) {
  const t = useT();
  const { definitions } = useWorkspace();
  const closeDialog = useDefinitionsUi((state) => state.closeDialog);
  const [draft, setDraft] = useState<DefinitionDraft>(() => draftOf(definition));
  const [errors, setErrors] = useState<DefinitionMessages>({});
  const { run, pending } = useWrite();
  const edit = useEditBase(definition);
  const update = (patch: Partial<DefinitionDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function save(base = edit.base) {
    void run(
      () => (definition ? definitions.update(definition.id, draft, base) : definitions.create(draft)),
      {
        done: closeDialog,
        refused: (outcome) =>
          'reason' in outcome
            ? edit.stale(outcome.current)
            : setErrors(definitionMessages(t, outcome.errors, draft.term)),
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save();
  }

  return (
    <Dialog
      title={t(definition ? 'definitions.dialog.edit' : 'definitions.dialog.add')}
      onCancel={closeDialog}
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('definitions.term')}
          value={draft.term}
          onValue={(term) => update({ term })}
          error={errors.term}
          autoFocusFirst
          autoComplete="off"
        />
        <TextAreaField
          label={t('definitions.meaning')}
          value={draft.meaning}
          onValue={(meaning) => update({ meaning })}
          error={errors.meaning}
          rows={4}
        />
        <MeetingSelect
          value={draft.agreedInMeetingId}
          onValue={(agreedInMeetingId) => update({ agreedInMeetingId })}
        />
        {edit.theirs && (
          <ChangedElsewhere
            lines={differingLines([
              { label: t('definitions.term'), theirs: edit.theirs.term, yours: draft.term },
              { label: t('definitions.meaning'), theirs: edit.theirs.meaning, yours: draft.meaning },
            ])}
            onTakeTheirs={() => edit.takeTheirs((current) => setDraft(draftOf(current)))}
            onKeepMine={() => edit.keepMine(save)}
            disabled={pending}
          />
        )}
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('definitions.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function draftOf(definition: Definition | undefined): DefinitionDraft {
  return {
    term: definition?.term ?? '',
    meaning: definition?.meaning ?? '',
    agreedInMeetingId: definition?.agreedInMeetingId ?? '',
  };
}

function MeetingSelect({ value, onValue }: { value: string; onValue: (id: string) => void }) {
  const t = useT();
  const meetings = listMeetings(useAllMeetings() ?? [], '');
  const options = [
    { value: '', label: t('definitions.agreedInNone') },
    ...meetings.map((meeting) => ({ value: meeting.id, label: `${meeting.title} (${meeting.date})` })),
  ];
  // A link to a meeting that was deleted meanwhile stays selectable, so saving does not drop it silently.
  if (value !== '' && !options.some((option) => option.value === value))
    options.push({ value, label: value });
  return <SelectField label={t('definitions.agreedIn')} value={value} options={options} onValue={onValue} />;
}
