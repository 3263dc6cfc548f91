/**
 * Notes on the active item, saved as they are typed (no Save button). What is typed stays in the
 * field while it is written; Alt+O brings the focus here from anywhere on the run screen. When
 * another window saved other notes meanwhile, nothing is overwritten: both versions are offered.
 */
import { useId, useRef } from 'react';
import type { AgendaItem } from '../../domain/types';
import { useShortcut } from '../../shortcuts/registry';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { useAutosavedText } from '../../ui/use-autosaved-text';

export function NotesField({ item, readOnly = false }: { item: AgendaItem; readOnly?: boolean }) {
  const t = useT();
  const id = useId();
  const { agenda } = useWorkspace();
  const field = useRef<HTMLTextAreaElement>(null);
  const notes = useAutosavedText(item.notes, (text, base) => agenda.saveNotes(item.id, text, base));
  const label = t('run.notes', { title: item.title });

  useShortcut(
    { id: 'run.focusNotes', combo: { code: 'KeyO', alt: true }, label: 'run.focusNotes' },
    () => field.current?.focus(),
    !readOnly,
  );

  return (
    <div className="field run-notes">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={field}
        rows={5}
        value={notes.value}
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        onChange={(event) => notes.edit(event.target.value)}
        {...notes.focus}
      />
      <span id={`${id}-hint`} className="muted">
        {t('run.notesHint')}
      </span>
      {notes.theirs !== undefined && (
        <ChangedElsewhere
          lines={[{ label, theirs: notes.theirs, yours: notes.value }]}
          onTakeTheirs={notes.takeTheirs}
          onKeepMine={notes.keepMine}
        />
      )}
    </div>
  );
}
