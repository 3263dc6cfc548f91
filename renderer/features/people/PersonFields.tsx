/** The fields of a person: name, department, organisation unit and (optionally shown) email. */
import type { PersonDraft } from '../../domain/people';
import type { Department } from '../../domain/types';
import { useT } from '../../i18n/react';
import { TextField } from '../../ui/TextField';
import { DepartmentSelect } from './DepartmentSelect';
import type { PersonFieldMessages } from './field-errors';

interface PersonFieldsProps {
  draft: PersonDraft;
  onDraft: (draft: PersonDraft) => void;
  departments: readonly Department[];
  errors: PersonFieldMessages;
  withEmail?: boolean;
  autoFocusName?: boolean;
}

export function PersonFields({
  draft,
  onDraft,
  departments,
  errors,
  withEmail,
  autoFocusName,
}: PersonFieldsProps) {
  const t = useT();
  const set = (change: Partial<PersonDraft>) => onDraft({ ...draft, ...change });
  return (
    <>
      <TextField
        label={t('people.field.name')}
        value={draft.name}
        onValue={(name) => set({ name })}
        error={errors.name}
        autoFocusFirst={autoFocusName}
        autoComplete="off"
      />
      <div className="form-row">
        <DepartmentSelect
          departments={departments}
          value={draft.departmentId}
          onValue={(departmentId) => set({ departmentId })}
          error={errors.departmentId}
        />
        <TextField
          label={t('people.field.orgUnit')}
          value={draft.orgUnit}
          onValue={(orgUnit) => set({ orgUnit })}
          error={errors.orgUnit}
          placeholder={t('people.field.orgUnitPlaceholder')}
          autoComplete="off"
        />
      </div>
      {withEmail && (
        <TextField
          label={t('people.field.email')}
          type="email"
          value={draft.email}
          onValue={(email) => set({ email })}
          error={errors.email}
          autoComplete="off"
        />
      )}
    </>
  );
}

/** An empty draft in the first department of the list. */
export function emptyDraft(departments: readonly Department[], name = ''): PersonDraft {
  return { name, departmentId: departments[0]?.id ?? '', orgUnit: '', email: '' };
}
