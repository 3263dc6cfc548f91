/**
 * One count of the counting table: − and + steppers around a number field. Arrow up and arrow down
 * in the field change the count by one; a typed number is stored as soon as it is a valid count,
 * anything else shows the panel's message and changes nothing.
 */
import { useState, type KeyboardEvent } from 'react';
import { isValidCount } from '../../domain/votes';
import { useT } from '../../i18n/react';

interface CountCellProps {
  count: number;
  option: string;
  department: string;
  disabled: boolean;
  onAdjust: (delta: number) => void;
  onSet: (count: number) => void;
  onInvalid: () => void;
}

export function CountCell({
  count,
  option,
  department,
  disabled,
  onAdjust,
  onSet,
  onInvalid,
}: CountCellProps) {
  const t = useT();
  // What the facilitator is typing; the stored count shows otherwise.
  const [draft, setDraft] = useState<string | undefined>();
  const names = { option, department };
  const adjust = (delta: number) => {
    setDraft(undefined);
    onAdjust(delta);
  };

  function typed(value: string) {
    setDraft(value);
    const number = Number(value);
    if (value.trim() === '') return;
    if (/^\d+$/.test(value.trim()) && isValidCount(number)) {
      if (number !== count) onSet(number);
    } else onInvalid();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      adjust(event.key === 'ArrowUp' ? 1 : -1);
    }
  }

  return (
    <td className="vote-cell">
      <button
        type="button"
        className="vote-step"
        aria-label={t('votes.fewer', names)}
        disabled={disabled || count === 0}
        onClick={() => adjust(-1)}
      >
        −
      </button>
      <input
        className="vote-count"
        inputMode="numeric"
        aria-label={t('votes.hands', names)}
        value={draft ?? String(count)}
        disabled={disabled}
        onChange={(event) => typed(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setDraft(undefined)}
      />
      <button
        type="button"
        className="vote-step"
        aria-label={t('votes.more', names)}
        disabled={disabled}
        onClick={() => adjust(1)}
      >
        +
      </button>
    </td>
  );
}
