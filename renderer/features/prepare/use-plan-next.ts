/** "Plan next meeting": creates (or finds) the follow-up of the series, carries over what is open, opens it. */
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { navigate } from '../../navigation/router';
import { useWrite } from '../../ui/use-write';

export function usePlanNext(meeting: Meeting): () => void {
  const { series } = useWorkspace();
  const { run } = useWrite();
  return () =>
    void run(() => series.planNext(meeting.id), {
      done: (nextId) => navigate({ name: 'prepare', meetingId: nextId }),
    });
}
