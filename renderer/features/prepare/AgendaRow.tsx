/**
 * One line of the agenda: number, planned start, title, kind, timebox and presenters. It can be
 * dragged to a new place, or moved with Alt+Arrow keys or the Move buttons.
 */
import type { KeyboardEvent } from 'react';
import { clockTime, type ScheduledItem } from '../../domain/agenda';
import type { Person } from '../../domain/types';
import { useT } from '../../i18n/react';

interface AgendaRowProps {
  line: ScheduledItem;
  index: number;
  count: number;
  people: readonly Person[];
  onMove: (toIndex: number) => void;
  onEdit: () => void;
  onDelete: () => void;
  onDragStart: () => void;
  onDropAt: (toIndex: number) => void;
}

export const DRAG_TYPE = 'application/x-tandem-agenda-item';

export function AgendaRow(props: AgendaRowProps) {
  const { line, index, count, people, onMove, onEdit, onDelete, onDragStart, onDropAt } = props;
  const t = useT();
  const { item } = line;
  const presenters = item.presenterIds.map((id) => people.find((person) => person.id === id)?.name ?? '…');

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' && index > 0) onMove(index - 1);
    else if (event.key === 'ArrowDown' && index < count - 1) onMove(index + 1);
    else return;
    event.preventDefault();
  }

  return (
    <li
      className={`agenda-row${line.overruns ? ' overruns' : ''}`}
      tabIndex={0}
      data-agenda-id={item.id}
      aria-label={t('agenda.itemLabel', { number: index + 1, title: item.title })}
      draggable
      onKeyDown={onKeyDown}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, item.id);
        onDragStart();
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onDropAt(index);
      }}
    >
      <span className="agenda-number" aria-hidden="true">
        {index + 1}
      </span>
      <span className="agenda-time" title={t('agenda.startsAt', { time: clockTime(line.plannedStart) })}>
        {clockTime(line.plannedStart)}
      </span>
      <span className="agenda-main">
        <span className="agenda-title">{item.title}</span>
        <span className="muted">
          {t(`kind.${item.kind}`)} ·{' '}
          {presenters.length > 0 ? presenters.join(', ') : t('agenda.noPresenters')}
          {item.carriedFromId !== undefined && ` · ${t('carried.badge')}`}
        </span>
        {line.overruns && <span className="overrun-note">{t('agenda.overrunsHere')}</span>}
      </span>
      <span className="agenda-timebox">{t('agenda.minutes', { minutes: item.timeboxMinutes })}</span>
      <span className="row-actions">
        <button
          type="button"
          className="quiet"
          aria-label={t('agenda.moveUp', { title: item.title })}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="quiet"
          aria-label={t('agenda.moveDown', { title: item.title })}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="quiet"
          aria-label={t('agenda.edit', { title: item.title })}
          onClick={onEdit}
        >
          {t('action.edit')}
        </button>
        <button
          type="button"
          className="quiet danger-text"
          aria-label={t('agenda.delete', { title: item.title })}
          onClick={onDelete}
        >
          {t('action.delete')}
        </button>
      </span>
    </li>
  );
}
