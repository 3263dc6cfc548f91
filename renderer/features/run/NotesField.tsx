/**
 * Notes on the active item, saved as they are typed (no Save button). What is typed stays in the
 * field while it is written; Alt+O brings the focus here from anywhere on the run screen.
 */
import { useId, useRef, useState } from 'react';
import type { AgendaItem } from '../../domain/types';
import { useShortcut } from '../../shortcuts/registry';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';

export function NotesField({ item, readOnly = false }: { item: AgendaItem; readOnly?: boolean }) {
  const t = useT();
  const id = useId();
  const { agenda } = useWorkspace();
  const field = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(item.notes);
  const { run } = useWrite();

  useShortcut(
    { id: 'run.focusNotes', combo: { code: 'KeyO', alt: true }, label: 'run.focusNotes' },
    () => field.current?.focus(),
    !readOnly,
  );

  function change(next: string) {
    setValue(next);
    void run(() => agenda.saveNotes(item.id, next));
  }

  return (
    <div className="field run-notes">
      <label htmlFor={id}>{t('run.notes', { title: item.title })}</label>
      <textarea
        id={id}
        ref={field}
        rows={5}
        value={value}
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        onChange={(event) => change(event.target.value)}
      />
      <span id={`${id}-hint`} className="muted">
        {t('run.notesHint')}
      </span>
    </div>
  );
}
