/** A labelled select of the department list, with translated names and its error wired up. */
import { useId } from 'react';
import type { Department, DepartmentId } from '../../domain/types';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { departmentName } from '../../ui/department-name';

interface DepartmentSelectProps {
  departments: readonly Department[];
  value: DepartmentId;
  onValue: (id: DepartmentId) => void;
  error?: string | undefined;
}

export function DepartmentSelect({ departments, value, onValue, error }: DepartmentSelectProps) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{t('people.field.department')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        {departments.map((department) => (
          <option key={department.id} value={department.id}>
            {departmentName(t, departments, department.id)}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
