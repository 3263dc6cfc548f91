/**
 * The check-in or check-out round: one row per present participant with their department, filled
 * in by the facilitator as the room answers. Ratings take a digit 1–5 (a new digit replaces the
 * old one), Tab moves to the next field and person, and each row is saved as it is typed.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { checkRoundAnswer, ROUND_FIELDS, type RoundAnswer, type RoundField } from '../../domain/rounds';
import { LIMITS } from '../../domain/limits';
import type { Person, RoundEntry, RoundKind } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { usePresentPeople, useRoundEntries } from '../../data/queries/rounds';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { useDepartmentName } from '../../ui/department-name';
import { useWrite } from '../../ui/use-write';

interface RoundDialogProps {
  meetingId: string;
  kind: RoundKind;
  onClose: () => void;
}

export function RoundDialog({ meetingId, kind, onClose }: RoundDialogProps) {
  const t = useT();
  const people = usePresentPeople(meetingId);
  const entries = useRoundEntries(meetingId, kind);
  const nameOf = useDepartmentName();
  const fields = ROUND_FIELDS[kind];
  // The dialog opens once the rows are read, so the focus lands in the first person's first field.
  if (people === undefined || entries === undefined) return null;
  const answered = entries.filter((entry) => fields.some((field) => entry[field] !== undefined)).length;

  return (
    <Dialog title={t(`rounds.title.${kind}`)} className="round-dialog" onCancel={onClose}>
      <p className="muted">{t(`rounds.hint.${kind}`)}</p>
      {people.length === 0 ? (
        <p>{t('rounds.nobodyPresent')}</p>
      ) : (
        <>
          <table className="round-table">
            <thead>
              <tr>
                <th scope="col">{t('rounds.col.person')}</th>
                <th scope="col">{t('rounds.col.department')}</th>
                {fields.map((field) => (
                  <th key={field} scope="col">
                    {t(`rounds.field.${field}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {people.map((person, index) => (
                <RoundRow
                  key={person.id}
                  meetingId={meetingId}
                  kind={kind}
                  person={person}
                  department={nameOf(person.departmentId)}
                  entry={entries.find((entry) => entry.personId === person.id)}
                  first={index === 0}
                />
              ))}
            </tbody>
          </table>
          <p className="muted" role="status">
            {t('rounds.answered', { count: answered, total: people.length })}
          </p>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('rounds.done')}
        </button>
      </div>
    </Dialog>
  );
}

type Typed = Record<RoundField, string>;

function typedOf(entry: RoundEntry | undefined): Typed {
  const text = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    word: entry?.word ?? '',
    mood: text(entry?.mood),
    worthTime: text(entry?.worthTime),
    heard: text(entry?.heard),
  };
}

interface RoundRowProps {
  meetingId: string;
  kind: RoundKind;
  person: Person;
  department: string;
  entry: RoundEntry | undefined;
  first: boolean;
}

function RoundRow({ meetingId, kind, person, department, entry, first }: RoundRowProps) {
  const t = useT();
  const { rounds } = useWorkspace();
  const { run } = useWrite();
  const errorId = useId();
  const [typed, setTyped] = useState<Typed>(() => typedOf(entry));
  const [error, setError] = useState<string | undefined>();

  function change(field: RoundField, value: string) {
    const next = { ...typed, [field]: value };
    setTyped(next);
    const answer: RoundAnswer = {};
    for (const key of ROUND_FIELDS[kind]) {
      const text = next[key].trim();
      if (text === '') continue;
      if (key === 'word') answer.word = next.word;
      else answer[key] = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    }
    const checked = checkRoundAnswer(kind, answer);
    if (!checked.ok) {
      const [problem] = checked.errors;
      return setError(
        problem?.problem === 'too-long'
          ? t('rounds.error.too-long', { max: LIMITS.round.word })
          : t('rounds.error.out-of-range'),
      );
    }
    setError(undefined);
    void run(() => rounds.answer(meetingId, kind, person.id, answer));
  }

  /** A digit 1–5 replaces the rating at once, so a slip is fixed by typing the right digit. */
  function onRatingKey(field: RoundField, event: KeyboardEvent<HTMLInputElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (/^[1-5]$/.test(event.key)) {
      event.preventDefault();
      change(field, event.key);
    }
  }

  return (
    <tr>
      <th scope="row">{person.name}</th>
      <td>{department}</td>
      {ROUND_FIELDS[kind].map((field, index) => (
        <td key={field}>
          <input
            className={field === 'word' ? 'round-word' : 'round-rating'}
            aria-label={t(`rounds.fieldFor.${field}`, { name: person.name })}
            value={typed[field]}
            data-autofocus={first && index === 0 ? true : undefined}
            inputMode={field === 'word' ? undefined : 'numeric'}
            maxLength={field === 'word' ? LIMITS.round.word + 1 : 2}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onKeyDown={field === 'word' ? undefined : (event) => onRatingKey(field, event)}
            onChange={(event) => change(field, event.target.value)}
          />
          {index === ROUND_FIELDS[kind].length - 1 && error && (
            <p id={errorId} role="alert" className="field-error">
              {error}
            </p>
          )}
        </td>
      ))}
    </tr>
  );
}
