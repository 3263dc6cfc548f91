/**
 * The projected timer: what is left of the active item's timebox in very large figures and a
 * progress bar, both in the colour of the band (more than 5 minutes, 5 to 1, under 1 or overrun).
 * The band is also a class and a data attribute, so the colour never carries meaning alone.
 * When the facilitator extended the item, "+5 min" stands beside the figures.
 */
import { itemBand, timeboxProgress } from '../../domain/projection';
import { extendedMinutes, formatDuration, itemRemainingMs } from '../../domain/run-clock';
import type { AgendaItem } from '../../domain/types';
import { useT } from '../../i18n/react';
import { useNow } from '../../ui/use-now';

export function AudienceTimer({ item, paused }: { item: AgendaItem; paused: boolean }) {
  const t = useT();
  const now = useNow(1000);
  const remaining = itemRemainingMs(item, now);
  const band = itemBand(item, now);
  const progress = timeboxProgress(item, now);
  const overrun = remaining < 0;
  const extended = extendedMinutes(item);
  return (
    <div className={`audience-timer band-${band}`} data-band={band} role="timer" aria-live="off">
      <p className="audience-timer-figure">
        <span className="audience-label">
          {overrun ? t('run.overrun') : t('run.remaining')}
          {paused && ` · ${t('run.paused')}`}
        </span>
        <span className="audience-timer-value" data-testid="audience-remaining">
          {overrun ? '+' : ''}
          {formatDuration(remaining)}
          {extended > 0 && (
            <span
              className="audience-extended"
              data-testid="audience-extended"
              aria-label={t('audience.extendedName', { minutes: extended })}
            >
              {t('audience.extended', { minutes: extended })}
            </span>
          )}
        </span>
      </p>
      <div
        className="audience-progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <span className="audience-progress-fill" style={{ width: `${progress * 100}%` }} />
      </div>
    </div>
  );
}
