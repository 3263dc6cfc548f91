/**
 * Log point: the fast capture of a point of friction, in a dialog. The statement has the focus;
 * 1 or 2 picks the level (Alt+1 or Alt+2 while typing); Enter logs the point. A refused draft shows
 * its messages next to the fields and nothing is saved. A checked draft goes to `onLog`, which
 * closes the dialog at once and writes it; a draft whose write failed comes back in `returned`.
 */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { checkConflictDraft, type ConflictDraft, type ConflictFieldError } from '../../domain/conflicts';
import type { AgendaItem, Attendance, ConflictLevel, Id } from '../../domain/types';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { ConflictFields, LEVELS, withLevel } from './ConflictFields';
import { conflictMessages, emptyDraft, type ConflictMessages } from './labels';

/** A draft whose write did not go through: refused by the repository, or not stored. */
export interface ReturnedDraft {
  draft: ConflictDraft;
  errors?: readonly ConflictFieldError[];
  storageFailed?: boolean;
}

interface ConflictCaptureDialogProps {
  meetingId: Id;
  agenda: readonly AgendaItem[];
  activeItemId: Id | undefined;
  attendance: readonly Attendance[];
  returned?: ReturnedDraft;
  onLog: (draft: ConflictDraft) => void;
  onClose: () => void;
}

export function ConflictCaptureDialog(props: ConflictCaptureDialogProps) {
  const { meetingId, agenda, activeItemId, attendance, returned, onLog, onClose } = props;
  const t = useT();
  const [draft, setDraft] = useState<ConflictDraft>(() => returned?.draft ?? emptyDraft(activeItemId));
  const [errors, setErrors] = useState<ConflictMessages>(() => conflictMessages(t, returned?.errors ?? []));
  const storageFailed = returned?.storageFailed === true;
  const update = (patch: Partial<ConflictDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkConflictDraft(draft);
    if (checked.ok) onLog(draft);
    else setErrors(conflictMessages(t, checked.errors));
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const level = levelForKey(event);
    if (level) {
      event.preventDefault();
      setDraft((current) => ({ ...current, ...withLevel(current, level) }));
    } else if (event.key === 'Enter' && isToggle(event.target)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <Dialog title={t('conflicts.log')} onCancel={onClose} light>
      <form className="form conflict-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <ConflictFields
          draft={draft}
          onDraft={update}
          errors={errors}
          agenda={agenda}
          attendance={attendance}
        />
        <FieldError
          id={`${meetingId}-log-storage`}
          message={storageFailed ? t('error.storage') : undefined}
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('conflicts.log')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const DIGITS: Record<string, number> = { Digit1: 0, Numpad1: 0, Digit2: 1, Numpad2: 1 };

/** The level a key picks: 1 or 2 outside text fields, Alt+1 or Alt+2 anywhere in the form. */
function levelForKey(event: KeyboardEvent): ConflictLevel | undefined {
  const index = DIGITS[event.code];
  if (index === undefined || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (!event.altKey && !isToggle(event.target)) return undefined;
  return LEVELS[index];
}

/** A radio button or a checkbox: keys there type nothing, so 1, 2 and Enter are free to use. */
function isToggle(target: EventTarget): boolean {
  return target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox');
}
