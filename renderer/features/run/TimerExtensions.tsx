/**
 * +1 min and +5 min beside the running item's timer (Alt+I, Alt+Shift+I), and who asked for the
 * latest extension, optional, chosen from the people of the meeting. Each extension is stored on
 * the item and can be undone from the undo notice. The chime's switch sits at the row's end.
 */
import '../../styles/timer-extensions.css';
import { useId } from 'react';
import { comparePeopleByName } from '../../domain/people';
import { extendedMinutes } from '../../domain/run-clock';
import { extensionRefusalOf } from '../../domain/run-extension';
import type { AgendaItem, Meeting } from '../../domain/types';
import { useAttendance } from '../../data/queries/prepare';
import { usePeople } from '../../data/queries/people';
import type { MessageKey } from '../../i18n/language';
import { useT } from '../../i18n/react';
import { describeCombo, useShortcut, type KeyCombo } from '../../shortcuts/registry';
import { TimerChime } from './TimerChime';
import { useTimerExtension } from './use-timer-extension';

const STEPS: readonly {
  minutes: number;
  id: string;
  label: MessageKey;
  name: MessageKey;
  combo: KeyCombo;
}[] = [
  {
    minutes: 1,
    id: 'run.extend1',
    label: 'run.extend.plusOne',
    name: 'run.extend.oneName',
    combo: { code: 'KeyI', alt: true, shift: false },
  },
  {
    minutes: 5,
    id: 'run.extend5',
    label: 'run.extend.plusFive',
    name: 'run.extend.fiveName',
    combo: { code: 'KeyI', alt: true, shift: true },
  },
];

interface TimerExtensionsProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  item: AgendaItem;
}

export function TimerExtensions({ meeting, agenda, item }: TimerExtensionsProps) {
  const t = useT();
  const { extend, setAsker, message } = useTimerExtension(meeting.id, item);
  const latest = item.extensions.at(-1);
  const askerId = useId();
  return (
    <div className="timer-extensions" role="group" aria-label={t('run.extend.group')}>
      {STEPS.map((step) => (
        <ExtendButton
          key={step.id}
          step={step}
          disabled={extensionRefusalOf(meeting, agenda, step.minutes) !== undefined}
          onTrigger={() => void extend(step.minutes)}
        />
      ))}
      {latest && (
        <>
          <span className="timer-extended" data-testid="item-extended">
            {t('run.extend.total', { minutes: extendedMinutes(item) })}
          </span>
          <label htmlFor={askerId} className="timer-asker-label">
            {t('run.extend.askedBy')}
          </label>
          <AskerSelect
            id={askerId}
            meetingId={meeting.id}
            value={latest.askedByPersonId}
            onChange={(personId) => void setAsker(latest.at, personId)}
          />
        </>
      )}
      <TimerChime item={item} />
      <p role="status" className="run-message timer-message">
        {message}
      </p>
    </div>
  );
}

interface ExtendButtonProps {
  step: (typeof STEPS)[number];
  disabled: boolean;
  onTrigger: () => void;
}

function ExtendButton({ step, disabled, onTrigger }: ExtendButtonProps) {
  const t = useT();
  useShortcut({ id: step.id, combo: step.combo, label: step.name }, onTrigger);
  const keys = describeCombo(step.combo);
  return (
    <button
      type="button"
      disabled={disabled}
      aria-label={t(step.name)}
      aria-keyshortcuts={keys}
      onClick={onTrigger}
    >
      {t(step.label)}
      <span className="kbd-hint" aria-hidden="true">
        {keys}
      </span>
    </button>
  );
}

interface AskerSelectProps {
  id: string;
  meetingId: string;
  value: string | undefined;
  onChange: (personId: string | undefined) => void;
}

/** The people of the meeting, by name; the empty choice says nobody in particular. */
function AskerSelect({ id, meetingId, value, onChange }: AskerSelectProps) {
  const t = useT();
  const people = usePeople();
  const attendance = useAttendance(meetingId);
  const present = new Set(attendance?.map((entry) => entry.personId));
  const choices = (people ?? [])
    .filter((person) => present.has(person.id) && person.deletedAt === undefined)
    .sort(comparePeopleByName);
  return (
    <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
      <option value="">{t('run.extend.nobody')}</option>
      {choices.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </select>
  );
}
