/** One agreed definition in the glossary: term, meaning, the meeting where it was agreed, and its actions. */
import type { Definition, Meeting } from '../../domain/types';
import { useT } from '../../i18n/react';
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
      {agreedIn && agreedIn.deletedAt === undefined && (
        <p className="definition-meta">{t('definitions.agreedInTitle', { title: agreedIn.title })}</p>
      )}
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
