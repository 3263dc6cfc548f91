/** The listbox of the person picker: one option per person (name, department, unit), then "Create". */
import type { Person } from '../../domain/types';
import { useT } from '../../i18n/react';
import { useDepartmentName } from '../../ui/department-name';

export type PickerOption = { kind: 'person'; person: Person } | { kind: 'create'; name: string };

interface PickerOptionsProps {
  id: string;
  open: boolean;
  options: readonly PickerOption[];
  active: number;
  onChoose: (option: PickerOption) => void;
}

export function PickerOptions({ id, open, options, active, onChoose }: PickerOptionsProps) {
  const t = useT();
  const nameOf = useDepartmentName();
  return (
    <>
      <ul
        id={id}
        role="listbox"
        aria-label={t('people.picker.results')}
        className="picker-options"
        hidden={!open}
      >
        {options.map((option, index) => (
          <li
            key={option.kind === 'person' ? option.person.id : 'create'}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            className={option.kind === 'create' ? 'picker-option picker-create-option' : 'picker-option'}
            // Keep the focus in the input, so the click does not close the list before it counts.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(option)}
          >
            {option.kind === 'create' ? (
              t('people.picker.create', { name: option.name })
            ) : (
              <>
                <span className="picker-name">{option.person.name}</span>{' '}
                <span className="picker-meta">
                  {[nameOf(option.person.departmentId), option.person.orgUnit].filter(Boolean).join(' · ')}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {open && options.length === 0 && <p className="muted picker-empty">{t('people.picker.noMatch')}</p>}
    </>
  );
}
