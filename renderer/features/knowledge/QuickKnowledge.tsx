/**
 * Quick capture of facts and open questions while the meeting runs, through the same form and
 * repository as the Knowledge panel of Prepare; new entries belong to the running item. The form
 * opens on demand (Alt+Q or "Add fact or question"); Enter adds and closes it, Escape closes it.
 * Below it, the meeting's entries, newest first, so a new one shows at once. On the run screen the
 * section lives in a tab: `onReveal` shows it before the capture opens.
 */
import '../../styles/knowledge.css';
import { useId, useMemo, useState } from 'react';
import { DEFAULT_DEPARTMENTS } from '../../domain/departments';
import type { AgendaItem } from '../../domain/types';
import { useShortcut } from '../../shortcuts/registry';
import { useDepartments } from '../../data/queries/people';
import { useKnowledge } from '../../data/queries/knowledge';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { QuickCapture } from '../../ui/QuickCapture';
import { KnowledgeForm } from './KnowledgeForm';
import { EMPTY_DRAFT } from './labels';

/** How many entries the run screen lists; the whole list is on Prepare. */
const SHOWN = 50;

interface QuickKnowledgeProps {
  meetingId: string;
  agenda: readonly AgendaItem[];
  activeItem: AgendaItem | undefined;
  onReveal?: () => void;
}

export function QuickKnowledge({ meetingId, agenda, activeItem, onReveal }: QuickKnowledgeProps) {
  const t = useT();
  const { knowledge } = useWorkspace();
  const departments = useDepartments() ?? DEFAULT_DEPARTMENTS;
  const stored = useKnowledge(meetingId);
  const headingId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const entries = useMemo(
    () =>
      (stored ?? [])
        .filter((item) => item.deletedAt === undefined)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, SHOWN),
    [stored],
  );

  useShortcut(
    { id: 'capture-knowledge', combo: { code: 'KeyQ', alt: true }, label: 'capture.knowledgeShortcut' },
    () => {
      onReveal?.();
      setOpen(true);
    },
  );

  return (
    <section className="capture-section" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{t('knowledge.heading')}</h2>
        <QuickCapture
          label={t('knowledge.add')}
          keys="Alt+Q"
          primary
          open={open}
          onOpen={() => setOpen(true)}
          onClose={() => setOpen(false)}
        >
          <KnowledgeForm
            label={t('knowledge.add')}
            submitLabel={t('knowledge.add')}
            initial={{ ...EMPTY_DRAFT, agendaItemId: activeItem?.id ?? '' }}
            options={{ departments, agendaItems: agenda }}
            onSubmit={(draft) => knowledge.create(meetingId, draft)}
            onSaved={() => setOpen(false)}
            onCancel={() => setOpen(false)}
            autoFocus
          />
        </QuickCapture>
      </div>
      <h3 id={listId} className="visually-hidden">
        {t('cockpit.knowledgeRecent')}
      </h3>
      {stored !== undefined && entries.length === 0 ? (
        <p className="muted">{t('cockpit.knowledgeEmpty')}</p>
      ) : (
        <ul className="capture-list" aria-labelledby={listId}>
          {entries.map((item) => (
            <li key={item.id} className="capture-row">
              <p className="capture-text">{item.text}</p>
              <p className="capture-meta">
                <span className="tag">{t(`knowledge.kind.${item.kind}`)}</span>
                {item.topic && <span>{item.topic}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
