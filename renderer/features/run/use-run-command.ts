/**
 * Carries out one run command through the repository (with `useWrite`) and says what came of it:
 * nothing when it applied, otherwise the refusal as a message for the status region. A storage
 * failure is the app's write-failure alert.
 */
import { useCallback, useState } from 'react';
import type { RunCommand } from '../../domain/run';
import type { Id } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';

export function useRunCommand(meetingId: Id) {
  const t = useT();
  const { run } = useWorkspace();
  const { run: write } = useWrite();
  const [message, setMessage] = useState('');

  const apply = useCallback(
    (command: RunCommand): Promise<boolean> =>
      write(() => run.apply(meetingId, command), {
        done: () => setMessage(''),
        refused: (result) => setMessage(t(`run.refusal.${result.refusal}`)),
      }),
    [write, run, meetingId, t],
  );

  return { apply, message };
}
