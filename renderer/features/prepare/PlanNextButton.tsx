/**
 * "Plan next meeting": asks for the follow-up's date (a week later by default), creates it, carries
 * over what is open and opens it. Once the follow-up exists, the button opens it (carrying over
 * whatever was left open since, never twice) and names its date.
 */
import { useState, type FormEvent } from 'react';
import { addDays, isCalendarDate } from '../../domain/calendar';
import { SERIES_INTERVAL_DAYS } from '../../domain/series';
import type { Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useFollowUp } from '../../data/queries/meetings';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/react';
import { navigate } from '../../navigation/router';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';

export function PlanNextButton({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const language = useLanguage();
  const { series } = useWorkspace();
  const followUp = useFollowUp(meeting);
  const { run, pending } = useWrite();
  const [asking, setAsking] = useState(false);

  function planNext(date?: string) {
    void run(() => series.planNext(meeting.id, date), {
      done: (nextId) => {
        setAsking(false);
        navigate({ name: 'prepare', meetingId: nextId });
      },
    });
  }

  return (
    <div className="plan-next">
      {followUp ? (
        <button type="button" aria-busy={pending || undefined} onClick={() => planNext()}>
          {t('series.openNext', { date: formatDate(language, followUp.date) })}
        </button>
      ) : (
        <button type="button" disabled={followUp === undefined} onClick={() => setAsking(true)}>
          {t('prepare.planNext')}
        </button>
      )}
      {asking && (
        <PlanNextDialog
          defaultDate={addDays(meeting.date, SERIES_INTERVAL_DAYS)}
          pending={pending}
          onPlan={planNext}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}

interface PlanNextDialogProps {
  defaultDate: string;
  pending: boolean;
  onPlan: (date: string) => void;
  onCancel: () => void;
}

function PlanNextDialog({ defaultDate, pending, onPlan, onCancel }: PlanNextDialogProps) {
  const t = useT();
  const [date, setDate] = useState(defaultDate);
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isCalendarDate(date)) setError(t('error.date-invalid'));
    else onPlan(date);
  }

  return (
    <Dialog title={t('prepare.planNext')} onCancel={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('series.nextDate')}
          type="date"
          value={date}
          onValue={setDate}
          error={error}
          autoFocusFirst
        />
        <p className="muted">{t('series.carriedHint')}</p>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('series.plan')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
