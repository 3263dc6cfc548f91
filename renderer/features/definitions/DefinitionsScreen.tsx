/**
 * The glossary of agreed definitions (route #/definitions): terms Marketing and Sales agreed to use
 * the same way, kept across meetings. Search, add, edit, and delete with undo.
 */
import '../../styles/knowledge.css';
import { useId } from 'react';
import { listDefinitions } from '../../domain/definitions';
import type { Definition, Meeting } from '../../domain/types';
import { useAllMeetings } from '../../data/queries/meetings';
import { useDefinitions } from '../../data/queries/knowledge';
import { useWorkspace } from '../../data/provider';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { useDefinitionsUi } from '../../state/definitions-ui';
import { useUndoable } from '../../ui/use-undoable';
import { DefinitionDialog } from './DefinitionDialog';
import { DefinitionRow } from './DefinitionRow';

export function DefinitionsScreen() {
  const t = useT();
  const all = useDefinitions();
  const query = useDefinitionsUi((state) => state.query);
  const setQuery = useDefinitionsUi((state) => state.setQuery);
  const openDialog = useDefinitionsUi((state) => state.openDialog);
  const searchId = useId();
  const headingId = useId();

  return (
    <section className="screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>{t('definitions.heading')}</h1>
        <button type="button" className="primary" onClick={() => openDialog({ kind: 'add' })}>
          {t('definitions.add')}
        </button>
      </div>
      <div className="search">
        <label htmlFor={searchId}>{t('definitions.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('definitions.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {all === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <DefinitionList all={all} query={query} />
      )}
      <DefinitionDialogs all={all ?? []} />
    </section>
  );
}

function DefinitionList({ all, query }: { all: Definition[]; query: string }) {
  const t = useT();
  const language = useLanguage();
  const meetings = useAllMeetings();
  const { definitions } = useWorkspace();
  const { undoable } = useUndoable();
  const shown = listDefinitions(all, query);
  const total = listDefinitions(all, '').length;
  const meetingById = new Map<string, Meeting>((meetings ?? []).map((meeting) => [meeting.id, meeting]));

  function remove(definition: Definition) {
    void undoable(() => definitions.softDelete(definition.id), {
      label: t('definitions.deleted', { term: definition.term }),
      undo: () => definitions.restore(definition.id),
      // Restoring is refused when another definition took the term meanwhile.
      refused: t('definitions.restoreRefused', { term: definition.term }),
    });
  }

  if (total === 0) {
    return (
      <div className="empty">
        <p className="empty-title">{t('definitions.empty')}</p>
        <p className="muted">{t('definitions.emptyHint')}</p>
      </div>
    );
  }
  return (
    <>
      <p className="muted list-count">
        {query.trim() === ''
          ? translateCount(language, 'definitions.total', total)
          : t('definitions.shownOfTotal', { shown: shown.length, total })}
      </p>
      {shown.length === 0 && (
        <p className="empty-title">{t('definitions.noMatch', { query: query.trim() })}</p>
      )}
      <ul className="definition-list" aria-label={t('definitions.heading')}>
        {shown.map((definition) => (
          <DefinitionRow
            key={definition.id}
            definition={definition}
            agreedIn={
              definition.agreedInMeetingId ? meetingById.get(definition.agreedInMeetingId) : undefined
            }
            onDelete={remove}
          />
        ))}
      </ul>
    </>
  );
}

function DefinitionDialogs({ all }: { all: Definition[] }) {
  const dialog = useDefinitionsUi((state) => state.dialog);
  switch (dialog.kind) {
    case 'none':
      return null;
    case 'add':
      return <DefinitionDialog />;
    case 'edit': {
      const definition = all.find((candidate) => candidate.id === dialog.definitionId);
      return definition ? <DefinitionDialog key={definition.id} definition={definition} /> : null;
    }
  }
}
