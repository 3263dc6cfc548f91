/**
 * The speaker queue: a participant raises a hand ("Raise a hand" or Alt+H opens the picker of who is
 * present; it stays open for more hands until Escape or "Done"), the facilitator takes
 * them in order with "Next speaker" and ends a turn with "Stop"; the current turn's time runs, and
 * talk time is summed per person and per department as a Marketing–Sales balance. Every turn is
 * stored, so the queue and the times survive a reload.
 */
import '../../styles/run-capture.css';
import { useId, useRef, useState } from 'react';
import {
  currentTurn,
  formatTalkTime,
  isQueuedOrSpeaking,
  turnDuration,
  waitingQueue,
} from '../../domain/speakers';
import type { Id } from '../../domain/types';
import { useShortcut } from '../../shortcuts/registry';
import { usePeople } from '../../data/queries/people';
import { useWorkspace } from '../../data/provider';
import { useSpeakerTurns } from '../../data/queries/run-capture';
import { useT } from '../../i18n/react';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { QuickCapture } from '../../ui/QuickCapture';
import { TalkTimeView } from './TalkTimeView';
import { useNow } from '../../ui/use-now';

interface SpeakerQueuePanelProps extends RunPanelProps {
  /** Shows the panel (its tab) before the picker opens by key. */
  onReveal?: () => void;
}

export function SpeakerQueuePanel({ meeting, attendance, onReveal }: SpeakerQueuePanelProps) {
  const t = useT();
  const { speakers } = useWorkspace();
  const turns = useSpeakerTurns(meeting.id) ?? [];
  const loadedPeople = usePeople();
  const people = loadedPeople ?? [];
  const headingId = useId();
  const waitingId = useId();
  const [picking, setPicking] = useState(false);
  const done = useRef<HTMLButtonElement>(null);
  const current = currentTurn(turns);
  const waiting = waitingQueue(turns);
  const now = useNow(1000, current !== undefined);
  const nameOf = (id: Id) => people.find((person) => person.id === id)?.name ?? t('speakers.unknownPerson');
  const participants = attendance.filter((entry) => entry.deletedAt === undefined);
  const firstFree = participants.findIndex((entry) => !isQueuedOrSpeaking(turns, entry.personId));

  useShortcut({ id: 'raise-hand', combo: { code: 'KeyH', alt: true }, label: 'speakers.raiseHand' }, () => {
    onReveal?.();
    setPicking(true);
  });
  useShortcut({ id: 'next-speaker', combo: { code: 'KeyG', alt: true }, label: 'speakers.next' }, () => {
    if (waiting.length > 0) void speakers.next(meeting.id);
  });
  useShortcut(
    { id: 'stop-speaker', combo: { code: 'KeyT', alt: true }, label: 'speakers.stopShortcut' },
    () => {
      if (current !== undefined) void speakers.stop(meeting.id);
    },
  );

  return (
    <section className="capture-section speaker-queue" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{t('speakers.heading')}</h2>
        <QuickCapture
          label={t('speakers.raiseHand')}
          keys="Alt+H"
          open={picking}
          onOpen={() => setPicking(true)}
          onClose={() => setPicking(false)}
        >
          {loadedPeople === undefined ? (
            <p className="muted">{t('app.loading')}</p>
          ) : participants.length === 0 ? (
            <p className="muted">{t('speakers.noParticipants')}</p>
          ) : (
            <ul className="speaker-hands" aria-label={t('speakers.raiseHand')}>
              {participants.map((entry, index) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    autoFocus={index === firstFree}
                    disabled={isQueuedOrSpeaking(turns, entry.personId)}
                    onClick={() => {
                      // The raised hand's button turns disabled; the focus stays in the picker.
                      done.current?.focus();
                      void speakers.raiseHand(meeting.id, entry.personId);
                    }}
                  >
                    {t('speakers.raiseFor', { name: nameOf(entry.personId) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button ref={done} type="button" className="quiet" onClick={() => setPicking(false)}>
            {t('cockpit.done')}
          </button>
        </QuickCapture>
      </div>
      <p className="speaker-current" role="status">
        {current
          ? t('speakers.current', {
              name: nameOf(current.personId),
              time: formatTalkTime(turnDuration(current, now)),
            })
          : t('speakers.nobody')}
      </p>
      <div className="speaker-controls">
        <button
          type="button"
          className="primary"
          disabled={waiting.length === 0}
          onClick={() => void speakers.next(meeting.id)}
        >
          {t('speakers.next')}
        </button>
        <button type="button" disabled={current === undefined} onClick={() => void speakers.stop(meeting.id)}>
          {t('speakers.stop')}
        </button>
      </div>
      <h3 id={waitingId}>{t('speakers.waiting')}</h3>
      {waiting.length === 0 ? (
        <p className="muted">{t('speakers.noneWaiting')}</p>
      ) : (
        <ol className="capture-list" aria-labelledby={waitingId}>
          {waiting.map((turn) => (
            <li key={turn.id} className="capture-row">
              <span>{nameOf(turn.personId)}</span>
              <button type="button" className="quiet" onClick={() => void speakers.lowerHand(turn.id)}>
                {t('speakers.lowerFor', { name: nameOf(turn.personId) })}
              </button>
            </li>
          ))}
        </ol>
      )}
      <TalkTimeView turns={turns} people={people} now={now} />
    </section>
  );
}
