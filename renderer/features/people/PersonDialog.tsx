/**
 * Adds a person or edits one. When adding, a name that is already in the directory (case, accents
 * and spacing aside) offers that person instead; a duplicate is created only on "Add anyway". An
 * edit saved after another window changed the person is refused and shows both versions.
 */
import { useState, type FormEvent } from 'react';
import { findSameName, type PersonDraft } from '../../domain/people';
import type { Department, Person } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { usePeopleUi } from '../../state/people-ui';
import { ChangedElsewhere, differingLines } from '../../ui/ChangedElsewhere';
import { Dialog } from '../../ui/Dialog';
import { useEditBase } from '../../ui/use-edit-base';
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
  const edit = useEditBase(person);
  const existing = person ? undefined : findSameName(draft.name, people)[0];

  function save(base = edit.base) {
    void run(
      () => (person ? workspace.people.update(person.id, draft, base) : workspace.people.create(draft)),
      {
        done: closeDialog,
        refused: (outcome) =>
          'reason' in outcome
            ? edit.stale(outcome.current)
            : setErrors(personFieldMessages(t, outcome.errors)),
      },
    );
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
            onAddAnyway={() => save()}
          />
        )}
        {edit.theirs && (
          <ChangedElsewhere
            lines={differingLines([
              { label: t('people.field.name'), theirs: edit.theirs.name, yours: draft.name },
              { label: t('people.field.orgUnit'), theirs: edit.theirs.orgUnit, yours: draft.orgUnit },
              { label: t('people.field.email'), theirs: edit.theirs.email ?? '', yours: draft.email },
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
            {t(person ? 'people.save' : 'people.addSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
