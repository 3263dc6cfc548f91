/**
 * The department list: how many people each has, a field to add a custom department, and rename
 * and remove for custom ones. Removing is refused, with the reason, while people belong to it.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Department, Person } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';
import { useDepartmentError } from './field-errors';
import { DepartmentRow } from './DepartmentRow';

interface DepartmentsSectionProps {
  departments: readonly Department[];
  people: readonly Person[];
}

export function DepartmentsSection({ departments, people }: DepartmentsSectionProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="departments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('people.departments.heading')}</h2>
      <ul className="department-list" aria-label={t('people.departments.heading')}>
        {departments.map((department) => (
          <DepartmentRow
            key={department.id}
            department={department}
            members={people.filter((person) => person.departmentId === department.id).length}
          />
        ))}
      </ul>
      <AddDepartmentForm />
    </section>
  );
}

function AddDepartmentForm() {
  const t = useT();
  const { departments } = useWorkspace();
  const messageOf = useDepartmentError();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { run } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => departments.add(name), {
      refused: (outcome) => setError(messageOf(outcome.error)),
      done: () => {
        setName('');
        setError(undefined);
      },
    });
  }

  return (
    <form className="department-add" onSubmit={submit} noValidate>
      <TextField
        label={t('people.departments.new')}
        value={name}
        onValue={setName}
        error={error}
        autoComplete="off"
      />
      <button type="submit">{t('people.departments.add')}</button>
    </form>
  );
}
