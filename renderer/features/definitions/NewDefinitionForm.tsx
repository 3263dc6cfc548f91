/** Creates a definition right where a meeting is prepared; it is recorded as agreed there and attached. */
import { useId, useState, type FormEvent } from 'react';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { definitionMessages, type DefinitionMessages } from './field-errors';

export function NewDefinitionForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const t = useT();
  const { definitions } = useWorkspace();
  const [term, setTerm] = useState('');
  const [meaning, setMeaning] = useState('');
  const [errors, setErrors] = useState<DefinitionMessages>({});
  const [storageFailed, setStorageFailed] = useState(false);
  const storageId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const outcome = await definitions.createAndAttach(meetingId, { term, meaning });
      setStorageFailed(false);
      if (outcome.ok) onDone();
      else setErrors(definitionMessages(t, outcome.errors, term));
    } catch {
      setStorageFailed(true);
    }
  }

  return (
    <form className="definition-inline-form" aria-label={t('definitions.new')} onSubmit={submit} noValidate>
      <TextField
        label={t('definitions.term')}
        value={term}
        onValue={setTerm}
        error={errors.term}
        autoComplete="off"
        autoFocus
      />
      <TextAreaField
        label={t('definitions.meaning')}
        value={meaning}
        onValue={setMeaning}
        error={errors.meaning}
      />
      <FieldError id={storageId} message={storageFailed ? t('error.storage') : undefined} />
      <div className="knowledge-form-actions">
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('definitions.add')}
        </button>
      </div>
    </form>
  );
}
