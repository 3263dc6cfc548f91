/**
 * Notes on the active item, saved as they are typed (no Save button). What is typed stays in the
 * field while it is written; Alt+O brings the focus here from anywhere on the run screen. Notes past
 * the limit (domain/limits.ts) stay in the field with a message and are not saved until shortened.
 */
import { useId, useRef, useState } from 'react';
import { checkNotes } from '../../domain/agenda';
import { LIMITS } from '../../domain/limits';
import type { AgendaItem } from '../../domain/types';
import { useShortcut } from '../../shortcuts/registry';
import { useWorkspace } from '../../data/provider';
import { formatNumber } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { useWrite } from '../../ui/use-write';

export function NotesField({ item, readOnly = false }: { item: AgendaItem; readOnly?: boolean }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const { agenda } = useWorkspace();
  const field = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(item.notes);
  const tooLong = !checkNotes(value).ok;
  const { run } = useWrite();

  useShortcut(
    { id: 'run.focusNotes', combo: { code: 'KeyO', alt: true }, label: 'run.focusNotes' },
    () => field.current?.focus(),
    !readOnly,
  );

  function change(next: string) {
    setValue(next);
    if (checkNotes(next).ok) void run(() => agenda.saveNotes(item.id, next));
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
        aria-invalid={tooLong ? true : undefined}
        aria-describedby={tooLong ? `${id}-error ${id}-hint` : `${id}-hint`}
        onChange={(event) => change(event.target.value)}
      />
      <FieldError
        id={`${id}-error`}
        message={
          tooLong
            ? t('run.notesTooLong', { max: formatNumber(language, LIMITS.agendaItem.notes) })
            : undefined
        }
      />
      <span id={`${id}-hint`} className="muted">
        {t('run.notesHint')}
      </span>
    </div>
  );
}
