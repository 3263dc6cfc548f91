/** Resolves one point: the resolution is required; Enter saves it. */
import { useState, type FormEvent } from 'react';
import type { ConflictPoint } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { TextAreaField } from '../../ui/TextAreaField';
import { useWrite } from '../../ui/use-write';
import { snippet } from '../../domain/text';
import { conflictMessages, type ConflictMessages } from './labels';

export function ResolveDialog({ point, onClose }: { point: ConflictPoint; onClose: () => void }) {
  const t = useT();
  const { conflicts } = useWorkspace();
  const [resolution, setResolution] = useState('');
  const [errors, setErrors] = useState<ConflictMessages>({});
  const { run, pending } = useWrite();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => conflicts.changeStatus(point.id, { to: 'resolved', resolution }), {
      done: onClose,
      refused: (outcome) => setErrors(conflictMessages(t, outcome.errors)),
    });
  }

  return (
    <Dialog title={t('conflicts.resolveTitle')} onCancel={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="conflict-original">{snippet(point.statement)}</p>
        <TextAreaField
          label={t('conflicts.resolution')}
          value={resolution}
          onValue={setResolution}
          error={errors.resolution}
          submitOnEnter
          autoFocusFirst
        />
        <FieldError id={`${point.id}-resolve-status`} message={errors.status} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('conflicts.resolve')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
