/** One person in the directory: name, department, unit and email, with edit and (un)archive. */
import type { Person } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { usePeopleUi } from '../../state/people-ui';
import { useDepartmentName } from '../../ui/department-name';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';

export function PersonRow({ person }: { person: Person }) {
  const t = useT();
  const nameOf = useDepartmentName();
  const { people } = useWorkspace();
  const openDialog = usePeopleUi((state) => state.openDialog);
  const { run } = useWrite();
  const { undoable } = useUndoable();

  function toggleArchived() {
    if (person.archived) return void run(() => people.unarchive(person.id));
    void undoable(() => people.archive(person.id), {
      label: t('people.archivedToast', { name: person.name }),
      undo: () => people.unarchive(person.id),
    });
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
