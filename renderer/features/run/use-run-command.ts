/**
 * Carries out one run command through the repository and says what came of it: nothing when it
 * applied, otherwise the refusal or the storage failure as a message for the status region.
 */
import { useCallback, useState } from 'react';
import type { RunCommand } from '../../domain/run';
import type { Id } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';

export function useRunCommand(meetingId: Id) {
  const t = useT();
  const { run } = useWorkspace();
  const [message, setMessage] = useState('');

  const apply = useCallback(
    async (command: RunCommand): Promise<boolean> => {
      try {
        const result = await run.apply(meetingId, command);
        setMessage(result.ok ? '' : t(`run.refusal.${result.refusal}`));
        return result.ok;
      } catch {
        setMessage(t('error.storage'));
        return false;
      }
    },
    [run, meetingId, t],
  );

  return { apply, message };
}
