/** One fact or question in its list: what it says, where it came from, its answer, and its actions. */
import { useState } from 'react';
import type { KnowledgeItem } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { KnowledgeForm } from './KnowledgeForm';
import { QuestionAnswer } from './QuestionAnswer';
import { snippet } from '../../domain/text';
import { broughtByText, draftOf, type KnowledgeOptions } from './labels';

interface KnowledgeEntryProps {
  item: KnowledgeItem;
  options: KnowledgeOptions;
  onDelete: (item: KnowledgeItem) => void;
}

export function KnowledgeEntry({ item, options, onDelete }: KnowledgeEntryProps) {
  const t = useT();
  const { knowledge } = useWorkspace();
  const [editing, setEditing] = useState(false);
  const short = snippet(item.text);

  if (editing) {
    return (
      <li className="knowledge-entry">
        <KnowledgeForm
          label={t('knowledge.editFor', { text: short })}
          submitLabel={t('knowledge.save')}
          initial={draftOf(item)}
          editing={item}
          options={options}
          onSubmit={(draft, base) => knowledge.update(item.id, draft, base)}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
          autoFocus
        />
      </li>
    );
  }
  return (
    <li className="knowledge-entry">
      <p className="knowledge-text">{item.text}</p>
      <KnowledgeMeta item={item} options={options} />
      {item.kind === 'question' && <QuestionAnswer item={item} />}
      <div className="row-actions">
        <button
          type="button"
          className="quiet"
          aria-label={t('knowledge.editFor', { text: short })}
          onClick={() => setEditing(true)}
        >
          {t('knowledge.edit')}
        </button>
        <button
          type="button"
          className="quiet danger-text"
          aria-label={t('knowledge.deleteFor', { text: short })}
          onClick={() => onDelete(item)}
        >
          {t('action.delete')}
        </button>
      </div>
    </li>
  );
}

function KnowledgeMeta({ item, options }: { item: KnowledgeItem; options: KnowledgeOptions }) {
  const t = useT();
  const agendaItem = options.agendaItems.find((candidate) => candidate.id === item.agendaItemId);
  return (
    <p className="knowledge-meta">
      {item.kind === 'question' && (
        <span className={`knowledge-status knowledge-status-${item.status}`}>
          {t(`knowledge.status.${item.status}`)}
        </span>
      )}
      {item.topic !== '' && <span className="knowledge-topic">{item.topic}</span>}
      {item.broughtByDepartmentId !== undefined && (
        <span>{broughtByText(t, options.departments, item.broughtByDepartmentId)}</span>
      )}
      {agendaItem && <span>{t('knowledge.onAgendaItem', { title: agendaItem.title })}</span>}
    </p>
  );
}
