/** "Plan next meeting": creates (or finds) the follow-up of the series, carries over what is open, opens it. */
import { useState } from 'react';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { navigate } from '../../navigation/router';

export function PlanNextButton({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const { series } = useWorkspace();
  const [failed, setFailed] = useState(false);

  async function planNext() {
    try {
      const nextId = await series.planNext(meeting.id);
      navigate({ name: 'prepare', meetingId: nextId });
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="plan-next">
      <button type="button" onClick={() => void planNext()}>
        {t('prepare.planNext')}
      </button>
      {failed && (
        <p role="alert" className="field-error">
          {t('error.storage')}
        </p>
      )}
    </div>
  );
}
