/**
 * The Knowledge of a meeting (docs/product.md success factor 6): the facts and open questions both sides
 * bring about markets and products, so neither argues from a knowledge gap. Embedded in the Prepare
 * screen; every change is written at once, and a deletion can be undone.
 */
import '../../styles/knowledge.css';
import { useId, useState } from 'react';
import { DEFAULT_DEPARTMENTS } from '../../domain/departments';
import { liveKnowledge, questionsOpenFirst } from '../../domain/knowledge';
import type { Department, Id, KnowledgeItem } from '../../domain/types';
import { useKnowledge } from '../../data/queries/knowledge';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { UndoNotice } from '../../ui/UndoNotice';
import { KnowledgeEntry } from './KnowledgeEntry';
import { KnowledgeForm } from './KnowledgeForm';
import { snippet } from '../../domain/text';
import { EMPTY_DRAFT, type KnowledgeOptions } from './labels';

interface KnowledgePanelProps {
  meetingId: string;
  agendaItems: readonly { id: string; title: string }[];
  /** The workspace's departments; the built-in five until the configured list is passed in. */
  departments?: readonly Department[];
}

export function KnowledgePanel({
  meetingId,
  agendaItems,
  departments = DEFAULT_DEPARTMENTS,
}: KnowledgePanelProps) {
  const t = useT();
  const { knowledge } = useWorkspace();
  const items = useKnowledge(meetingId);
  const headingId = useId();
  const [deleted, setDeleted] = useState<{ id: Id; text: string } | null>(null);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const options: KnowledgeOptions = { departments, agendaItems };

  async function remove(item: KnowledgeItem) {
    try {
      await knowledge.softDelete(item.id);
      setDeleteFailed(false);
      setDeleted({ id: item.id, text: snippet(item.text) });
    } catch {
      setDeleteFailed(true);
    }
  }

  async function undo() {
    if (!deleted) return;
    await knowledge.restore(deleted.id);
    setDeleted(null);
  }

  return (
    <section className="knowledge" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('knowledge.heading')}</h2>
      {items === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <div className="knowledge-lists">
          <KnowledgeList
            title={t('knowledge.facts')}
            empty={t('knowledge.noFacts')}
            items={liveKnowledge(items, 'fact')}
            options={options}
            onDelete={remove}
          />
          <KnowledgeList
            title={t('knowledge.questions')}
            empty={t('knowledge.noQuestions')}
            items={questionsOpenFirst(items)}
            options={options}
            onDelete={remove}
          />
        </div>
      )}
      <FieldError id={`${headingId}-storage`} message={deleteFailed ? t('error.storage') : undefined} />
      <UndoNotice
        message={deleted ? t('knowledge.deleted', { text: deleted.text }) : undefined}
        onUndo={undo}
        onDismiss={() => setDeleted(null)}
      />
      <KnowledgeForm
        label={t('knowledge.add')}
        submitLabel={t('knowledge.add')}
        initial={EMPTY_DRAFT}
        options={options}
        onSubmit={(draft) => knowledge.create(meetingId, draft)}
      />
    </section>
  );
}

interface KnowledgeListProps {
  title: string;
  empty: string;
  items: KnowledgeItem[];
  options: KnowledgeOptions;
  onDelete: (item: KnowledgeItem) => void;
}

function KnowledgeList({ title, empty, items, options, onDelete }: KnowledgeListProps) {
  const titleId = useId();
  return (
    <div className="knowledge-list">
      <h3 id={titleId}>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul aria-labelledby={titleId}>
          {items.map((item) => (
            <KnowledgeEntry key={item.id} item={item} options={options} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </div>
  );
}
