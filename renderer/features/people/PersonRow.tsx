/** One person in the directory: name, department, unit and email, with edit and (un)archive. */
import { useState } from 'react';
import type { Person } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { usePeopleUi } from '../../state/people-ui';
import { FieldError } from '../../ui/FieldError';
import { useDepartmentName } from '../../ui/department-name';

export function PersonRow({ person }: { person: Person }) {
  const t = useT();
  const nameOf = useDepartmentName();
  const { people } = useWorkspace();
  const openDialog = usePeopleUi((state) => state.openDialog);
  const noteArchived = usePeopleUi((state) => state.noteArchived);
  const [storageFailed, setStorageFailed] = useState(false);

  async function toggleArchived() {
    try {
      if (person.archived) {
        await people.unarchive(person.id);
        noteArchived(null);
      } else {
        await people.archive(person.id);
        noteArchived({ personId: person.id, name: person.name });
      }
    } catch {
      setStorageFailed(true);
    }
  }

  return (
    <li className={person.archived ? 'person-row person-archived' : 'person-row'}>
      <div className="person-main">
        <span className="person-name">
          {person.name}
          {person.archived && <span className="badge">{t('people.archived')}</span>}
        </span>
        <span className="person-meta">
          <span>{nameOf(person.departmentId)}</span>
          {person.orgUnit && <span>{person.orgUnit}</span>}
          {person.email && <span>{person.email}</span>}
        </span>
        <FieldError
          id={`person-${person.id}-storage`}
          message={storageFailed ? t('error.storage') : undefined}
        />
      </div>
      <div className="row-actions">
        <button
          type="button"
          className="quiet"
          aria-label={t('people.editFor', { name: person.name })}
          onClick={() => openDialog({ kind: 'edit', personId: person.id })}
        >
          {t('people.edit')}
        </button>
        <button
          type="button"
          className="quiet"
          aria-label={t(person.archived ? 'people.unarchiveFor' : 'people.archiveFor', { name: person.name })}
          onClick={toggleArchived}
        >
          {t(person.archived ? 'people.unarchive' : 'people.archive')}
        </button>
      </div>
    </li>
  );
}
