/** Creates a definition right where a meeting is prepared; it is recorded as agreed there and attached. */
import { useState, type FormEvent } from 'react';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';
import { definitionMessages, type DefinitionMessages } from './field-errors';

export function NewDefinitionForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const t = useT();
  const { definitions } = useWorkspace();
  const [term, setTerm] = useState('');
  const [meaning, setMeaning] = useState('');
  const [errors, setErrors] = useState<DefinitionMessages>({});
  const { run, pending } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => definitions.createAndAttach(meetingId, { term, meaning }), {
      done: onDone,
      refused: (outcome) => setErrors(definitionMessages(t, outcome.errors, term)),
    });
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
      <div className="knowledge-form-actions">
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary" disabled={pending}>
          {t('definitions.add')}
        </button>
      </div>
    </form>
  );
}
