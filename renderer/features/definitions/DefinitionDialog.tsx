/** Adds a definition to the glossary or edits one: term, meaning, and the meeting where it was agreed. */
import { useId, useState, type FormEvent } from 'react';
import { listMeetings } from '../../domain/meetings';
import type { DefinitionDraft } from '../../domain/definitions';
import type { Definition } from '../../domain/types';
import { useAllMeetings } from '../../data/queries/meetings';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useDefinitionsUi } from '../../state/definitions-ui';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { definitionMessages, type DefinitionMessages } from './field-errors';

export function DefinitionDialog({ definition }: { definition?: Definition }) {
  const t = useT();
  const { definitions } = useWorkspace();
  const closeDialog = useDefinitionsUi((state) => state.closeDialog);
  const [draft, setDraft] = useState<DefinitionDraft>(() => ({
    term: definition?.term ?? '',
    meaning: definition?.meaning ?? '',
    agreedInMeetingId: definition?.agreedInMeetingId ?? '',
  }));
  const [errors, setErrors] = useState<DefinitionMessages>({});
  const [storageFailed, setStorageFailed] = useState(false);
  const storageId = useId();
  const update = (patch: Partial<DefinitionDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const outcome = definition
        ? await definitions.update(definition.id, draft)
        : await definitions.create(draft);
      setStorageFailed(false);
      if (outcome.ok) closeDialog();
      else setErrors(definitionMessages(t, outcome.errors, draft.term));
    } catch {
      setStorageFailed(true);
    }
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
        <FieldError id={storageId} message={storageFailed ? t('error.storage') : undefined} />
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('definitions.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
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
