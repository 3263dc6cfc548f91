/**
 * The action items of the register as a table. An open item past its due date is marked
 * "Overdue" in words (and styled), relative to `today`. From the list an item can be marked done
 * (its checkbox) and its due date changed (the date is a button that opens a date field: Enter or
 * leaving the field saves, Escape goes back); both are stored through the actions repository and
 * offered for undo.
 */
import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../domain/decisions';
import { isOverdue, type ActionEntry } from '../../domain/register';
import type { CalendarDate } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/react';
import { useWorkspace } from '../../data/provider';
import { hrefOf } from '../../navigation/router';
import { usePushUndo } from '../../state/undo';
import { FieldError } from '../../ui/FieldError';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';
import { ShowMore, usePage } from './paging';

export function ActionTable({ entries, today }: { entries: readonly ActionEntry[]; today: CalendarDate }) {
  const t = useT();
  const { shown, remaining, showMore } = usePage(entries);
  return (
    <>
      <table className="register-table">
        <thead>
          <tr>
            <th scope="col">{t('actions.what')}</th>
            <th scope="col">{t('actions.owner')}</th>
            <th scope="col">{t('actions.dueDate')}</th>
            <th scope="col">{t('actions.channel')}</th>
            <th scope="col">{t('register.column.status')}</th>
            <th scope="col">{t('register.column.meeting')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <ActionRow key={entry.row.id} entry={entry} overdue={isOverdue(entry.row, today)} />
          ))}
        </tbody>
      </table>
      <ShowMore remaining={remaining} onClick={showMore} />
    </>
  );
}

const ActionRow = memo(function ActionRow({ entry, overdue }: { entry: ActionEntry; overdue: boolean }) {
  const t = useT();
  const language = useLanguage();
  const { row } = entry;
  return (
    <tr className={overdue ? 'register-row register-overdue' : 'register-row'}>
      <th scope="row" className="register-what">
        {row.what}
        {row.decisionNumber !== undefined && (
          <span className="register-sub">
            {t('register.forDecision', { number: formatNumber(row.decisionNumber) })}
          </span>
        )}
      </th>
      <td>{row.owner ?? ''}</td>
      <td className="register-date">
        <DueDate entry={entry} />
        {overdue && <strong className="register-overdue-badge">{t('register.overdue')}</strong>}
      </td>
      <td>{row.channel ? t(`actions.channel.${row.channel}`) : ''}</td>
      <td>
        <DoneBox entry={entry} />
      </td>
      <td>
        <a href={hrefOf({ name: 'prepare', meetingId: entry.meetingId })}>{row.meetingTitle}</a>
        <span className="register-sub">{formatDate(language, row.meetingDate)}</span>
      </td>
    </tr>
  );
});

function DoneBox({ entry }: { entry: ActionEntry }) {
  const t = useT();
  const { actions } = useWorkspace();
  const { undoable } = useUndoable();
  const { row } = entry;
  const done = row.status === 'done';
  function toggle() {
    const previous = row.status;
    const next = done ? 'open' : 'done';
    void undoable(() => actions.setStatus(row.id, next), {
      label: t(next === 'done' ? 'register.action.markedDone' : 'register.action.reopened', {
        what: row.what,
      }),
      undo: () => actions.setStatus(row.id, previous),
    });
  }
  return (
    <label className="register-done">
      <input
        type="checkbox"
        checked={done}
        aria-label={t('register.action.done', { what: row.what })}
        onChange={toggle}
      />
      {t(`actions.status.${row.status}`)}
    </label>
  );
}

function DueDate({ entry }: { entry: ActionEntry }) {
  const t = useT();
  const language = useLanguage();
  const { actions } = useWorkspace();
  const { run } = useWrite();
  const pushUndo = usePushUndo();
  const errorId = useId();
  const { row } = entry;
  const stored = row.dueDate ?? '';
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(stored);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Enter saves and closes the field; the blur of the closing field must not save again.
  const open = useRef(false);
  const name = t('register.action.dueDate', { what: row.what });

  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  function close(refocus: boolean) {
    open.current = false;
    setEditing(false);
    setInvalid(false);
    if (refocus) requestAnimationFrame(() => button.current?.focus());
  }

  function save(refocus: boolean) {
    if (!open.current) return;
    if (input.current?.validity.badInput) {
      setInvalid(true);
      return;
    }
    if (draft === stored) return close(refocus);
    open.current = false;
    const previous = stored;
    void run(() => actions.setDueDate(row.id, draft), {
      done: () => {
        close(refocus);
        pushUndo({
          label: t('register.action.dueChanged', { what: row.what }),
          undo: () => actions.setDueDate(row.id, previous),
        });
      },
      failed: () => {
        open.current = true;
      },
      refused: () => {
        open.current = true;
        setInvalid(true);
      },
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      save(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(stored);
      close(true);
    }
  }

  if (!editing)
    return (
      <button
        ref={button}
        type="button"
        className="register-due"
        aria-label={`${name}, ${stored ? formatDate(language, stored) : t('actions.missingDueDate')}`}
        onClick={() => {
          setDraft(stored);
          open.current = true;
          setEditing(true);
        }}
      >
        {stored ? formatDate(language, stored) : '—'}
      </button>
    );
  return (
    <span className="register-due-edit">
      <input
        ref={input}
        type="date"
        aria-label={name}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        title={t('register.action.dueHint')}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => save(false)}
      />
      <FieldError id={errorId} message={invalid ? t('actions.error.due-date-invalid') : undefined} />
    </span>
  );
}
