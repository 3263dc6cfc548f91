/**
 * The mirror round on one conflict point or decision: the two restatements side by side, each with
 * the other side's confirmation (yes / partly / no). Opening it starts a round unless one runs on
 * this subject; everything is saved as typed. "End mirror round" ends it (and takes it off the wall);
 * "Close" leaves it running.
 */
import '../../styles/rounds.css';
import { useEffect, useRef, useState } from 'react';
import { isRunning, MIRROR_CONFIRMATIONS, roundsOf, type MirrorSubject } from '../../domain/mirror-rounds';
import { LIMITS } from '../../domain/limits';
import type { MirrorConfirmation, MirrorRound } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useMirrorRounds } from '../../data/queries/rounds';
import type { Confirmation, Restatement } from '../../data/repositories/rounds';
import { useT } from '../../i18n/react';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { useAutosavedText, type AutosaveResult } from '../../ui/use-autosaved-text';
import { useWrite } from '../../ui/use-write';

interface MirrorRoundDialogProps {
  meetingId: string;
  subject: MirrorSubject;
  /** The point's statement or the decision's text, shown as what the round is about. */
  text: string;
  onClose: () => void;
}

export function MirrorRoundDialog({ meetingId, subject, text, onClose }: MirrorRoundDialogProps) {
  const t = useT();
  const { rounds } = useWorkspace();
  const { run } = useWrite();
  const all = useMirrorRounds(meetingId);
  const round = all && roundsOf(all, subject).filter(isRunning).at(-1);
  const starting = useRef(false);

  useEffect(() => {
    if (all === undefined || round !== undefined || starting.current) return;
    starting.current = true;
    void run(() => rounds.startMirror(meetingId, subject));
  }, [all, round, run, rounds, meetingId, subject]);

  // The dialog opens once its round is stored, so the focus lands in the first restatement.
  if (round === undefined) return null;
  return (
    <Dialog title={t('mirror.title')} className="mirror-dialog" onCancel={onClose}>
      <p className="mirror-subject">{t('mirror.subject', { text })}</p>
      <p className="muted">{t('mirror.explain')}</p>
      {round === undefined ? <p className="muted">{t('app.loading')}</p> : <MirrorFields round={round} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('mirror.close')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void run(() => rounds.endMirror(round.id), { done: onClose })}
        >
          {t('mirror.end')}
        </button>
      </div>
    </Dialog>
  );
}

function MirrorFields({ round }: { round: MirrorRound }) {
  return (
    <div className="mirror-sides">
      <MirrorSide round={round} restates="marketingRestates" confirms="salesConfirms" />
      <MirrorSide round={round} restates="salesRestates" confirms="marketingConfirms" />
    </div>
  );
}

interface MirrorSideProps {
  round: MirrorRound;
  restates: Restatement;
  confirms: Confirmation;
}

function MirrorSide({ round, restates, confirms }: MirrorSideProps) {
  const t = useT();
  const { rounds } = useWorkspace();
  const { run } = useWrite();
  const [confirmError, setConfirmError] = useState<string | undefined>();
  const label = t(`mirror.${restates}`);
  const field = useAutosavedText(round[restates], async (typed, base): Promise<AutosaveResult> => {
    const outcome = await rounds.restate(round.id, restates, typed, base);
    if (outcome.ok || 'reason' in outcome) return outcome;
    return { ok: false, message: t('mirror.error.too-long', { max: LIMITS.mirrorRound.restatement }) };
  });
  const id = `${round.id}-${restates}`;

  function confirm(value: MirrorConfirmation) {
    void run(() => rounds.confirm(round.id, confirms, value), {
      refused: () => setConfirmError(t('mirror.error.unknown')),
    });
  }

  return (
    <section className="mirror-side" aria-labelledby={`${id}-label`}>
      <div className="field">
        <label id={`${id}-label`} htmlFor={id}>
          {label}
        </label>
        <textarea
          {...field.focus}
          id={id}
          rows={5}
          value={field.value}
          data-autofocus={restates === 'marketingRestates' ? true : undefined}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={field.error ? `${id}-error` : undefined}
          onChange={(event) => field.edit(event.target.value)}
        />
        <FieldError id={`${id}-error`} message={field.error} />
        {field.theirs !== undefined && (
          <ChangedElsewhere
            lines={[{ label, theirs: field.theirs, yours: field.value }]}
            onTakeTheirs={field.takeTheirs}
            onKeepMine={field.keepMine}
          />
        )}
      </div>
      <fieldset className="mirror-confirm">
        <legend>{t(`mirror.${confirms}`)}</legend>
        {MIRROR_CONFIRMATIONS.map((value) => (
          <label key={value} className="check">
            <input
              type="radio"
              name={`${id}-confirm`}
              checked={round[confirms] === value}
              onChange={() => confirm(value)}
            />
            {t(`mirror.confirm.${value}`)}
          </label>
        ))}
      </fieldset>
      <FieldError id={`${id}-confirm-error`} message={confirmError} />
    </section>
  );
}
