/**
 * An inline notice after a soft deletion, with Undo and Dismiss. It sits inside its section rather
 * than floating, so several panels on one screen never cover each other. The live region is always
 * rendered, so screen readers announce the notice when it appears.
 */
import { useState } from 'react';
import { useT } from '../i18n/react';

interface UndoNoticeProps {
  /** What was deleted; no notice while undefined. */
  message: string | undefined;
  /** Brings the record back; a thrown error is reported as a storage failure. */
  onUndo: () => Promise<void>;
  onDismiss: () => void;
}

export function UndoNotice({ message, onUndo, onDismiss }: UndoNoticeProps) {
  const t = useT();
  // Remembers which notice the failure belongs to, so a later deletion starts with a clean notice.
  const [failedFor, setFailedFor] = useState<string | undefined>();
  const storageFailed = failedFor !== undefined && failedFor === message;

  async function undo() {
    try {
      await onUndo();
    } catch {
      setFailedFor(message);
    }
  }

  return (
    <div role="status" className="undo-region">
      {message !== undefined && (
        <div className="undo-notice">
          <span>{storageFailed ? t('error.storage') : message}</span>
          <button type="button" onClick={undo}>
            {t('action.undo')}
          </button>
          <button type="button" className="quiet" onClick={onDismiss}>
            {t('action.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
