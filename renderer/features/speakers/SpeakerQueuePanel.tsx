/**
 * The speaker queue: a participant raises a hand (Alt+H jumps to the hands), the facilitator takes
 * them in order with "Next speaker" and ends a turn with "Stop"; the current turn's time runs, and
 * talk time is summed per person and per department as a Marketing–Sales balance. Every turn is
 * stored, so the queue and the times survive a reload.
 */
import '../../styles/run-capture.css';
import { useId, useRef } from 'react';
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
import { TalkTimeView } from './TalkTimeView';
import { useNow } from '../../ui/use-now';

export function SpeakerQueuePanel({ meeting, attendance }: RunPanelProps) {
  const t = useT();
  const { speakers } = useWorkspace();
  const turns = useSpeakerTurns(meeting.id) ?? [];
  const loadedPeople = usePeople();
  const people = loadedPeople ?? [];
  const headingId = useId();
  const waitingId = useId();
  const hands = useRef<HTMLUListElement>(null);
  const current = currentTurn(turns);
  const waiting = waitingQueue(turns);
  const now = useNow(1000, current !== undefined);
  const nameOf = (id: Id) => people.find((person) => person.id === id)?.name ?? t('speakers.unknownPerson');
  const participants = attendance.filter((entry) => entry.deletedAt === undefined);

  useShortcut({ id: 'raise-hand', combo: { code: 'KeyH', alt: true }, label: 'speakers.raiseHand' }, () =>
    hands.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus(),
  );
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
      <h2 id={headingId}>{t('speakers.heading')}</h2>
      {loadedPeople === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : participants.length === 0 ? (
        <p className="muted">{t('speakers.noParticipants')}</p>
      ) : (
        <ul ref={hands} className="speaker-hands" aria-label={t('speakers.raiseHand')}>
          {participants.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                disabled={isQueuedOrSpeaking(turns, entry.personId)}
                onClick={() => void speakers.raiseHand(meeting.id, entry.personId)}
              >
                {t('speakers.raiseFor', { name: nameOf(entry.personId) })}
              </button>
            </li>
          ))}
        </ul>
      )}
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
