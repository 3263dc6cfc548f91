/**
 * The one undo notice, rendered once by the app shell above every screen. After a feature pushes a
 * soft deletion or an archiving (renderer/state/undo.ts), the notice offers it with an Undo button;
 * Ctrl+Z (Cmd+Z on macOS) undoes the latest one from anywhere, except in a text field, where the
 * field's own undo of typing wins. The notice is a polite live region (role="status"), always
 * rendered, so screen readers announce it when it appears.
 */
import { useCallback } from 'react';
import { useT, type Translate } from '../i18n/react';
import { useShortcut } from '../shortcuts/registry';
import { useUndoStack, type UndoNoticeState } from '../state/undo';
import { useWrite } from '../ui/use-write';

export function UndoHost() {
  const t = useT();
  const notice = useUndoStack((state) => state.notice);
  const say = useUndoStack((state) => state.say);
  const { run, pending } = useWrite();

  const undoLast = useCallback(async () => {
    const { pop, push } = useUndoStack.getState();
    const entry = pop();
    if (!entry) return say({ kind: 'nothing' });
    await run(entry.undo, {
      done: () => say({ kind: 'undone', label: entry.label }),
      refused: () => say({ kind: 'refused', message: entry.refused ?? t('undo.refused') }),
      // The global alert says why; the entry stays on offer for another try.
      failed: () => push(entry),
    });
  }, [run, say, t]);

  useShortcut(
    {
      id: 'undo',
      combo: { code: 'KeyZ', ctrl: true, shift: false },
      label: 'undo.shortcut',
      notWhileTyping: true,
    },
    () => void undoLast(),
  );

  return (
    <div role="status" className="toast-region">
      {notice && (
        <div className="toast">
          <span>{noticeText(t, notice)}</span>
          {notice.kind === 'offer' && (
            <button
              type="button"
              aria-keyshortcuts="Control+Z"
              disabled={pending}
              onClick={() => void undoLast()}
            >
              {t('action.undo')}
            </button>
          )}
          <button type="button" className="quiet" onClick={() => say(null)}>
            {t('action.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

function noticeText(t: Translate, notice: UndoNoticeState): string {
  switch (notice.kind) {
    case 'offer':
      return notice.entry.label;
    case 'undone':
      return t('undo.done', { label: notice.label });
    case 'refused':
      return notice.message;
    case 'nothing':
      return t('undo.nothing');
  }
}
