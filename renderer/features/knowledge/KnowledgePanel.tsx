/**
 * The Knowledge of a meeting (docs/product.md success factor 6): the facts and open questions both sides
 * bring about markets and products, so neither argues from a knowledge gap. Embedded in the Prepare
 * screen; every change is written at once, and a deletion can be undone.
 */
import '../../styles/knowledge.css';
import { useId } from 'react';
import { DEFAULT_DEPARTMENTS } from '../../domain/departments';
import { liveKnowledge, questionsOpenFirst } from '../../domain/knowledge';
import type { Department, KnowledgeItem } from '../../domain/types';
import { useKnowledge } from '../../data/queries/knowledge';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useUndoable } from '../../ui/use-undoable';
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
  const { undoable } = useUndoable();
  const options: KnowledgeOptions = { departments, agendaItems };

  function remove(item: KnowledgeItem) {
    void undoable(() => knowledge.softDelete(item.id), {
      label: t('knowledge.deleted', { text: snippet(item.text) }),
      undo: () => knowledge.restore(item.id),
    });
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
