/** "Plan next meeting": creates (or finds) the follow-up of the series, carries over what is open, opens it. */
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { navigate } from '../../navigation/router';
import { useWrite } from '../../ui/use-write';

export function PlanNextButton({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { series } = useWorkspace();
  const { run, pending } = useWrite();

  function planNext() {
    void run(() => series.planNext(meeting.id), {
      done: (nextId) => navigate({ name: 'prepare', meetingId: nextId }),
    });
  }

  return (
    <div className="plan-next">
      <button type="button" aria-busy={pending || undefined} onClick={planNext}>
        {t('prepare.planNext')}
      </button>
    </div>
  );
}
