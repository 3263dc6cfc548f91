/**
 * Reframe as content issue: the relationship point becomes a question both sides can work on.
 * The question comes prefilled ("What do we need to agree on about …?") and stays editable; saving
 * writes the content point and marks the relationship point reframed, together.
 */
import { useState, type FormEvent } from 'react';
import { CONTENT_CATEGORIES, type ReframeDraft } from '../../domain/conflicts';
import type { ConflictPoint } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useWrite } from '../../ui/use-write';
import { categoryOptions, conflictMessages, type ConflictMessages } from './labels';

export function ReframeDialog({ point, onClose }: { point: ConflictPoint; onClose: () => void }) {
  const t = useT();
  const { conflicts } = useWorkspace();
  const [draft, setDraft] = useState<ReframeDraft>(() => ({
    statement: t('conflicts.reframePrefill', { text: point.statement.trim().replace(/[.?!]+$/, '') }),
    category: '',
    departmentId: point.raisedByDepartmentId ?? '',
    personId: point.raisedByPersonId ?? '',
    positionMarketing: point.positionMarketing,
    positionSales: point.positionSales,
    agendaItemId: point.agendaItemId ?? '',
    private: point.private,
  }));
  const [errors, setErrors] = useState<ConflictMessages>({});
  const { run, pending } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => conflicts.reframe(point.id, draft), {
      done: onClose,
      refused: (outcome) => setErrors(conflictMessages(t, outcome.errors)),
    });
  }

  return (
    <Dialog title={t('conflicts.reframeTitle')} onCancel={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="conflict-original">{t('conflicts.reframeOriginal', { text: point.statement })}</p>
        <TextAreaField
          label={t('conflicts.contentQuestion')}
          value={draft.statement}
          onValue={(statement) => setDraft((current) => ({ ...current, statement }))}
          error={errors.statement}
          submitOnEnter
          autoFocusFirst
        />
        <SelectField
          label={t('conflicts.category')}
          value={draft.category}
          options={categoryOptions(t, 'content')}
          onValue={(value) =>
            setDraft((current) => ({
              ...current,
              category: CONTENT_CATEGORIES.find((category) => category === value) ?? '',
            }))
          }
        />
        <FieldError id={`${point.id}-reframe-status`} message={errors.status ?? errors.category} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('conflicts.reframe')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
