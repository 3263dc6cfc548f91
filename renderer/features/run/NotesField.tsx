/**
 * Notes on the active item, saved as they are typed (no Save button). What is typed stays in the
 * field while it is written; Alt+O brings the focus here from anywhere on the run screen (showing
 * its tab first, `onReveal`). Notes past
 * the limit (domain/limits.ts) stay in the field with a message and are not saved until shortened.
 * When another window saved other notes meanwhile, nothing is overwritten: both versions are offered.
 */
import { useId, useRef } from 'react';
import { checkNotes } from '../../domain/agenda';
import { LIMITS } from '../../domain/limits';
import type { AgendaItem } from '../../domain/types';
import { useShortcut } from '../../shortcuts/registry';
import { useWorkspace } from '../../data/provider';
import { formatNumber } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { FieldError } from '../../ui/FieldError';
import { useAutosavedText } from '../../ui/use-autosaved-text';

interface NotesFieldProps {
  item: AgendaItem;
  readOnly?: boolean;
  /** Shows the field (its tab on the run screen) before Alt+O focuses it. */
  onReveal?: () => void;
}

export function NotesField({ item, readOnly = false, onReveal }: NotesFieldProps) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const { agenda } = useWorkspace();
  const field = useRef<HTMLTextAreaElement>(null);
  const tooLongMessage = t('run.notesTooLong', { max: formatNumber(language, LIMITS.agendaItem.notes) });
  const notes = useAutosavedText(item.notes, async (text, base) => {
    const outcome = await agenda.saveNotes(item.id, text, base);
    return outcome.ok || 'reason' in outcome ? outcome : { ok: false, message: tooLongMessage };
  });
  const label = t('run.notes', { title: item.title });
  // Shown at once from what is typed; the repository refuses the same notes (checkNotes).
  const error = checkNotes(notes.value).ok ? notes.error : tooLongMessage;

  useShortcut(
    { id: 'run.focusNotes', combo: { code: 'KeyO', alt: true }, label: 'run.focusNotes' },
    () => {
      onReveal?.();
      field.current?.focus();
    },
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
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        onChange={(event) => notes.edit(event.target.value)}
        {...notes.focus}
      />
      <FieldError id={`${id}-error`} message={error} />
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
