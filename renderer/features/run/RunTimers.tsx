/**
 * The two clocks of the run screen: the active item's (elapsed, remaining, overrun) and the whole
 * meeting's against its plan. They are the only parts of the screen that tick; each derives its
 * numbers from the stored spans and `useNow`, so a reload shows the same time.
 */
import {
  formatDuration,
  itemElapsedMs,
  itemRemainingMs,
  meetingElapsedMs,
  scheduleStanding,
} from '../../domain/run-clock';
import type { AgendaItem, Meeting } from '../../domain/types';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { useNow } from '../../ui/use-now';

export function ItemTimer({ item, paused }: { item: AgendaItem; paused: boolean }) {
  const t = useT();
  const now = useNow(1000);
  const remaining = itemRemainingMs(item, now);
  const overrun = remaining < 0;
  return (
    <div className={`item-timer${overrun ? ' overrun' : ''}`} role="timer" aria-live="off">
      <div className="timer-figure">
        <span className="timer-label">{t('run.elapsed')}</span>
        <span className="timer-value">{formatDuration(itemElapsedMs(item, now))}</span>
      </div>
      <div className="timer-figure main">
        <span className="timer-label">{overrun ? t('run.overrun') : t('run.remaining')}</span>
        <span className="timer-value" data-testid="item-remaining">
          {overrun ? '+' : ''}
          {formatDuration(remaining)}
        </span>
      </div>
      <div className="timer-meta">
        <span>{t('run.timebox', { minutes: item.timeboxMinutes })}</span>
        {paused && <span className="paused-badge">{t('run.paused')}</span>}
      </div>
    </div>
  );
}

export function MeetingTimer({ meeting, agenda }: { meeting: Meeting; agenda: readonly AgendaItem[] }) {
  const t = useT();
  const language = useLanguage();
  const now = useNow(1000);
  const standing = scheduleStanding(agenda, now);
  const elapsed = formatDuration(meetingElapsedMs(agenda, now));
  const planned = formatDuration(meeting.durationMinutes * 60_000);
  return (
    <div className={`meeting-timer standing-${standing.kind}`} role="timer" aria-live="off">
      <span className="timer-label">{t('run.meetingTime')}</span>
      <span className="meeting-timer-value">{t('run.meetingOfPlan', { elapsed, planned })}</span>
      <span className="standing">
        {standing.kind === 'on-plan'
          ? t('run.onPlan')
          : translateCount(language, `run.${standing.kind}`, standing.minutes)}
      </span>
    </div>
  );
}
