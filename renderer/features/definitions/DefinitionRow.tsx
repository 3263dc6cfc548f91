/**
 * One definition in the glossary: term, meaning, where it stands (agreed in a meeting that was held,
 * or proposed: for a meeting still planned, or for none yet), and its actions.
 */
import type { Definition, Meeting } from '../../domain/types';
import { useT, type Translate } from '../../i18n/react';
import { useDefinitionsUi } from '../../state/definitions-ui';

interface DefinitionRowProps {
  definition: Definition;
  agreedIn: Meeting | undefined;
  onDelete: (definition: Definition) => void;
}

export function DefinitionRow({ definition, agreedIn, onDelete }: DefinitionRowProps) {
  const t = useT();
  const openDialog = useDefinitionsUi((state) => state.openDialog);
  return (
    <li className="definition-row">
      <p className="definition-term">{definition.term}</p>
      <p className="definition-meaning">{definition.meaning}</p>
      <p className="definition-meta">{standing(t, agreedIn)}</p>
      <div className="row-actions">
        <button
          type="button"
          className="quiet"
          aria-label={t('definitions.editFor', { term: definition.term })}
          onClick={() => openDialog({ kind: 'edit', definitionId: definition.id })}
        >
          {t('definitions.edit')}
        </button>
        <button
          type="button"
          className="quiet danger-text"
          aria-label={t('definitions.deleteFor', { term: definition.term })}
          onClick={() => onDelete(definition)}
        >
          {t('action.delete')}
        </button>
      </div>
    </li>
  );
}

/** "Agreed in: …" once the meeting has been held (started); before that, "Proposed". */
function standing(t: Translate, meeting: Meeting | undefined): string {
  if (!meeting || meeting.deletedAt !== undefined) return t('definitions.proposed');
  if (meeting.status === 'planned') return t('definitions.proposedFor', { title: meeting.title });
  return t('definitions.agreedInTitle', { title: meeting.title });
}
