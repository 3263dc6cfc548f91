/** One department: its name and head count; custom ones can be renamed inline or removed. */
import { useState, type FormEvent } from 'react';
import type { Department } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';
import { useDepartmentName } from '../../ui/department-name';
import { useWrite } from '../../ui/use-write';
import { useDepartmentError } from './field-errors';

export function DepartmentRow({ department, members }: { department: Department; members: number }) {
  const t = useT();
  const language = useLanguage();
  const nameOf = useDepartmentName();
  const messageOf = useDepartmentError();
  const { departments } = useWorkspace();
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const { run } = useWrite();
  const name = nameOf(department.id);

  function remove() {
    void run(() => departments.remove(department.id), {
      done: () => setError(undefined),
      refused: (outcome) => setError(messageOf(outcome.error)),
    });
  }

  if (renaming) {
    return (
      <li className="department-row">
        <RenameForm department={department} name={name} onDone={() => setRenaming(false)} />
      </li>
    );
  }
  return (
    <li className="department-row">
      <span className="department-name">{name}</span>
      <span className="muted">{translateCount(language, 'people.total', members)}</span>
      {department.builtIn ? (
        <span className="badge">{t('people.departments.builtIn')}</span>
      ) : (
        <span className="row-actions">
          <button
            type="button"
            className="quiet"
            aria-label={t('people.departments.renameFor', { name })}
            onClick={() => setRenaming(true)}
          >
            {t('action.rename')}
          </button>
          <button
            type="button"
            className="quiet danger-text"
            aria-label={t('people.departments.removeFor', { name })}
            onClick={remove}
          >
            {t('people.departments.remove')}
          </button>
        </span>
      )}
      <FieldError id={`department-${department.id}-error`} message={error} />
    </li>
  );
}

function RenameForm({
  department,
  name,
  onDone,
}: {
  department: Department;
  name: string;
  onDone: () => void;
}) {
  const t = useT();
  const { departments } = useWorkspace();
  const messageOf = useDepartmentError();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | undefined>();
  const { run } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => departments.rename(department.id, value), {
      done: onDone,
      refused: (outcome) => setError(messageOf(outcome.error)),
    });
  }

  return (
    <form className="department-rename" onSubmit={submit} noValidate>
      <TextField
        label={t('people.departments.newName', { name })}
        value={value}
        onValue={setValue}
        error={error}
        autoFocus
        autoComplete="off"
      />
      <button type="submit" className="primary">
        {t('people.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('action.cancel')}
      </button>
    </form>
  );
}
