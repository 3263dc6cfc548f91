/**
 * "Plan next meeting": asks for the follow-up's date (a week later by default), creates it, carries
 * over what is open and opens it. Once the follow-up exists, the action opens it (carrying over
 * whatever was left open since, never twice) and names its date. `usePlanNext` gives the action's
 * label, what it does and its date dialog, for a menu item (Prepare's More) or a button (the end
 * summary's `PlanNextButton`).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
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

export interface PlanNext {
  /** "Plan next meeting", or "Open next meeting (date)" once the follow-up exists. */
  label: string;
  /** False while it is not yet known whether a follow-up exists. */
  ready: boolean;
  pending: boolean;
  start: () => void;
  /** The date dialog while it is open; render it next to the control. */
  dialog: ReactNode;
}

export function usePlanNext(meeting: Meeting): PlanNext {
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

  return {
    label: followUp
      ? t('series.openNext', { date: formatDate(language, followUp.date) })
      : t('prepare.planNext'),
    ready: followUp !== undefined,
    pending,
    start: () => (followUp ? planNext() : setAsking(true)),
    dialog: asking && (
      <PlanNextDialog
        defaultDate={addDays(meeting.date, SERIES_INTERVAL_DAYS)}
        pending={pending}
        onPlan={planNext}
        onCancel={() => setAsking(false)}
      />
    ),
  };
}

/** The action as a button, with its dialog. */
export function PlanNextButton({ meeting }: { meeting: Meeting }) {
  const plan = usePlanNext(meeting);
  return (
    <div className="plan-next">
      <button type="button" aria-busy={plan.pending || undefined} disabled={!plan.ready} onClick={plan.start}>
        {plan.label}
      </button>
      {plan.dialog}
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
