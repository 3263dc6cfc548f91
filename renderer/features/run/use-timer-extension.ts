/**
 * Extends the running item's timer (+1, +5) through the run repository, with `useUndoable`: a
 * stored extension is offered in the app's one undo notice (and Ctrl+Z), which takes it back. A
 * refusal comes back as a message for the status region.
 */
import { useCallback, useState } from 'react';
import type { AgendaItem, Id } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useLanguage, useT } from '../../i18n/react';
import { translateCount } from '../../i18n/language';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';

export function useTimerExtension(meetingId: Id, item: AgendaItem) {
  const t = useT();
  const language = useLanguage();
  const { run } = useWorkspace();
  const { undoable } = useUndoable();
  const { run: write } = useWrite();
  const [message, setMessage] = useState('');

  const extend = useCallback(
    (minutes: number) => {
      let stored: { itemId: Id; at: string } | undefined;
      const label = translateCount(language, 'run.extend.added', minutes, { title: item.title });
      return undoable(
        async () => {
          const result = await run.extend(meetingId, minutes);
          if (result.ok) stored = result;
          else setMessage(t(`run.extend.refusal.${result.refusal}`));
          if (result.ok) setMessage('');
          return result;
        },
        {
          label,
          undo: () => (stored ? run.withdrawExtension(stored.itemId, stored.at) : Promise.resolve()),
        },
      );
    },
    [undoable, run, meetingId, item.title, language, t],
  );

  const setAsker = useCallback(
    (at: string, personId: Id | undefined) =>
      write(() => run.setExtensionAsker(item.id, at, personId), {
        refused: (result) => setMessage(t(`run.extend.refusal.${result.refusal}`)),
      }),
    [write, run, item.id, t],
  );

  return { extend, setAsker, message };
}
