/**
 * The agenda at the side of the run screen: every item with its status and planned against actual
 * minutes; the active item is highlighted, kept in view of the panel, and only its minutes tick.
 */
import { useEffect, useRef } from 'react';
import { actualMinutes } from '../../domain/run-clock';
import type { AgendaItem } from '../../domain/types';
import { useT } from '../../i18n/react';
import { useNow } from '../../ui/use-now';

export function RunAgenda({ agenda, activeId }: { agenda: readonly AgendaItem[]; activeId?: string }) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // In the next frame, with the layout the browser makes for it anyway: scrolling at once would
    // force a layout of the whole run screen while its panels are still filling in.
    const frame = requestAnimationFrame(() =>
      list.current?.querySelector('[aria-current]')?.scrollIntoView?.({ block: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [activeId]);
  return (
    <nav className="panel run-agenda" aria-label={t('run.agenda')}>
      <h2>{t('run.agenda')}</h2>
      <ol ref={list} className="run-agenda-list">
        {agenda.map((item, index) => (
          <li
            key={item.id}
            className={`run-agenda-item status-${item.status}`}
            aria-label={t('run.itemLabel', { number: index + 1, title: item.title })}
            aria-current={item.id === activeId ? 'step' : undefined}
          >
            <span className="run-agenda-title">{item.title}</span>
            <span className="run-agenda-meta">
              <span className="run-agenda-status">{t(`run.status.${item.status}`)}</span>
              {item.spans.length === 0 ? (
                <span>{t('run.planned', { planned: item.timeboxMinutes })}</span>
              ) : item.id === activeId ? (
                <TickingMinutes item={item} />
              ) : (
                <Minutes item={item} now={item.actualEnd ?? item.updatedAt} />
              )}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Minutes({ item, now }: { item: AgendaItem; now: string }) {
  const t = useT();
  const actual = actualMinutes(item, now);
  return (
    <span className={actual > item.timeboxMinutes ? 'over' : undefined}>
      {t('run.plannedActual', { actual, planned: item.timeboxMinutes })}
    </span>
  );
}

function TickingMinutes({ item }: { item: AgendaItem }) {
  const now = useNow(15_000);
  return <Minutes item={item} now={now} />;
}
