/** The People screen: the directory (search, archived toggle, add, edit, archive) and the departments. */
import '../../styles/people.css';
import { useId } from 'react';
import { listPeople } from '../../domain/people';
import type { Department, Person } from '../../domain/types';
import { useDepartments, usePeople } from '../../data/queries/people';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { usePeopleUi } from '../../state/people-ui';
import { DepartmentsSection } from './DepartmentsSection';
import { PersonDialog } from './PersonDialog';
import { PersonRow } from './PersonRow';

export function PeopleScreen() {
  const t = useT();
  const people = usePeople();
  const departments = useDepartments();
  const openDialog = usePeopleUi((state) => state.openDialog);
  const headingId = useId();

  return (
    <section className="screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>{t('people.heading')}</h1>
        <button type="button" className="primary" onClick={() => openDialog({ kind: 'add' })}>
          {t('people.add')}
        </button>
      </div>
      <PeopleFilters />
      {people === undefined || departments === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <PeopleList people={people} />
          <PeopleDialogs people={people} departments={departments} />
          <DepartmentsSection departments={departments} people={people} />
        </>
      )}
    </section>
  );
}

function PeopleFilters() {
  const t = useT();
  const query = usePeopleUi((state) => state.query);
  const setQuery = usePeopleUi((state) => state.setQuery);
  const showArchived = usePeopleUi((state) => state.showArchived);
  const setShowArchived = usePeopleUi((state) => state.setShowArchived);
  const searchId = useId();
  return (
    <div className="people-filters">
      <div className="search">
        <label htmlFor={searchId}>{t('people.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('people.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.target.checked)}
        />
        {t('people.showArchived')}
      </label>
    </div>
  );
}

function PeopleList({ people }: { people: readonly Person[] }) {
  const t = useT();
  const language = useLanguage();
  const query = usePeopleUi((state) => state.query);
  const showArchived = usePeopleUi((state) => state.showArchived);
  const shown = listPeople(people, { query, showArchived });
  // Archived people still count: "No people yet" would be wrong when all of them are archived.
  if (people.length === 0) {
    return (
      <div className="empty">
        <p className="empty-title">{t('people.empty')}</p>
        <p className="muted">{t('people.emptyHint')}</p>
      </div>
    );
  }
  return (
    <>
      <p className="muted list-count">{translateCount(language, 'people.total', shown.length)}</p>
      {shown.length === 0 && query.trim() !== '' && (
        <p className="empty-title">{t('people.noMatch', { query: query.trim() })}</p>
      )}
      <ul className="people-list" aria-label={t('people.heading')}>
        {shown.map((person) => (
          <PersonRow key={person.id} person={person} />
        ))}
      </ul>
    </>
  );
}

function PeopleDialogs({
  people,
  departments,
}: {
  people: readonly Person[];
  departments: readonly Department[];
}) {
  const dialog = usePeopleUi((state) => state.dialog);
  switch (dialog.kind) {
    case 'none':
      return null;
    case 'add':
      return <PersonDialog key="add" people={people} departments={departments} />;
    case 'edit': {
      const person = people.find((candidate) => candidate.id === dialog.personId);
      if (!person) return null;
      return <PersonDialog key={person.id} person={person} people={people} departments={departments} />;
    }
  }
}
