/**
 * The small form the person picker opens for "Create “<name>”": department and unit (the name as
 * typed, still editable). Not a <form>, because the picker may sit inside another form; Enter in
 * a field submits it and Escape cancels.
 */
import { useState, type KeyboardEvent } from 'react';
import type { Department, Id } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';
import { personFieldMessages, type PersonFieldMessages } from './field-errors';
import { emptyDraft, PersonFields } from './PersonFields';

interface PickerCreateFormProps {
  name: string;
  departments: readonly Department[];
  onCreated: (personId: Id) => void;
  onCancel: () => void;
}

export function PickerCreateForm({ name, departments, onCreated, onCancel }: PickerCreateFormProps) {
  const t = useT();
  const { people } = useWorkspace();
  const [draft, setDraft] = useState(() => emptyDraft(departments, name));
  const [errors, setErrors] = useState<PersonFieldMessages>({});
  // The picker often sits in a dialog, which covers the app's write-failure alert.
  const { run, pending } = useWrite();

  function create() {
    void run(() => people.create(draft), {
      done: (outcome) => onCreated(outcome.value.id),
      refused: (outcome) => setErrors(personFieldMessages(t, outcome.errors)),
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      create();
    }
  }

  return (
    <div
      role="group"
      aria-label={t('people.picker.newPerson')}
      className="picker-create"
      onKeyDown={onKeyDown}
    >
      <PersonFields draft={draft} onDraft={setDraft} departments={departments} errors={errors} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="button" className="primary" disabled={pending} onClick={create}>
          {t('people.picker.createAndAdd')}
        </button>
      </div>
    </div>
  );
}
