/**
 * Quick capture of facts and open questions while the meeting runs, through the same form and
 * repository as the Knowledge panel of Prepare; new entries belong to the running item. Alt+Q
 * jumps to the text. The form starts afresh when the running item changes, so the link follows it.
 */
import '../../styles/knowledge.css';
import { useId, useRef } from 'react';
import { DEFAULT_DEPARTMENTS } from '../../domain/departments';
import type { AgendaItem } from '../../domain/types';
import { useShortcut } from '../../shortcuts/registry';
import { useDepartments } from '../../data/queries/people';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { KnowledgeForm } from './KnowledgeForm';
import { EMPTY_DRAFT } from './labels';

interface QuickKnowledgeProps {
  meetingId: string;
  agenda: readonly AgendaItem[];
  activeItem: AgendaItem | undefined;
}

export function QuickKnowledge({ meetingId, agenda, activeItem }: QuickKnowledgeProps) {
  const t = useT();
  const { knowledge } = useWorkspace();
  const departments = useDepartments() ?? DEFAULT_DEPARTMENTS;
  const headingId = useId();
  const container = useRef<HTMLElement>(null);

  useShortcut(
    { id: 'capture-knowledge', combo: { code: 'KeyQ', alt: true }, label: 'capture.knowledgeShortcut' },
    () => container.current?.querySelector('textarea')?.focus(),
  );

  return (
    <section ref={container} className="capture-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('knowledge.heading')}</h2>
      <KnowledgeForm
        key={activeItem?.id ?? 'none'}
        label={t('knowledge.add')}
        submitLabel={t('knowledge.add')}
        initial={{ ...EMPTY_DRAFT, agendaItemId: activeItem?.id ?? '' }}
        options={{ departments, agendaItems: agenda }}
        onSubmit={(draft) => knowledge.create(meetingId, draft)}
      />
    </section>
  );
}
