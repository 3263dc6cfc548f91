/**
 * Adds a person or edits one. When adding, a name that is already in the directory (case, accents
 * and spacing aside) offers that person instead; a duplicate is created only on "Add anyway".
 */
import { useState, type FormEvent } from 'react';
import { findSameName, type PersonDraft } from '../../domain/people';
import type { Department, Person } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { usePeopleUi } from '../../state/people-ui';
import { Dialog } from '../../ui/Dialog';
import { useWrite } from '../../ui/use-write';
import { DuplicateNotice } from './DuplicateNotice';
import { personFieldMessages, type PersonFieldMessages } from './field-errors';
import { emptyDraft, PersonFields } from './PersonFields';

interface PersonDialogProps {
  /** The person to edit; absent to add a new one. */
  person?: Person | undefined;
  people: readonly Person[];
  departments: readonly Department[];
}

function draftOf(person: Person): PersonDraft {
  const { name, departmentId, orgUnit, email = '' } = person;
  return { name, departmentId, orgUnit, email };
}

export function PersonDialog({ person, people, departments }: PersonDialogProps) {
  const t = useT();
  const workspace = useWorkspace();
  const closeDialog = usePeopleUi((state) => state.closeDialog);
  const openDialog = usePeopleUi((state) => state.openDialog);
  const [draft, setDraft] = useState(() => (person ? draftOf(person) : emptyDraft(departments)));
  const [errors, setErrors] = useState<PersonFieldMessages>({});
  const [insist, setInsist] = useState(false);
  const { run, pending } = useWrite();
  const existing = person ? undefined : findSameName(draft.name, people)[0];

  function save() {
    void run(() => (person ? workspace.people.update(person.id, draft) : workspace.people.create(draft)), {
      done: closeDialog,
      refused: (outcome) => setErrors(personFieldMessages(t, outcome.errors)),
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (existing) setInsist(true);
    else save();
  }

  return (
    <Dialog title={t(person ? 'people.dialog.edit' : 'people.dialog.add')} onCancel={closeDialog}>
      <form className="form" onSubmit={submit} noValidate>
        <PersonFields
          draft={draft}
          onDraft={(next) => {
            setDraft(next);
            setInsist(false);
          }}
          departments={departments}
          errors={errors}
          withEmail
          autoFocusName
        />
        {existing && (
          <DuplicateNotice
            existing={existing}
            insist={insist}
            onUseExisting={() => openDialog({ kind: 'edit', personId: existing.id })}
            onAddAnyway={save}
          />
        )}
        <div className="dialog-actions">
          <button type="button" onClick={closeDialog}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t(person ? 'people.save' : 'people.addSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
