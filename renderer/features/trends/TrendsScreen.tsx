/**
 * The Trends screen (issue 17): how the collaboration develops over the meetings held, for one
 * series (`#/trends/<series>`) or the whole workspace (`#/trends`). Seven charts, each with its
 * table and its exports; the numbers come from domain/trends/, the drawing from visx, which this
 * screen's chunk alone loads (app/screens.tsx).
 */
import { useId, useMemo, useState } from 'react';
import { localDateOf } from '../../domain/calendar';
import { TREND_CHARTS } from '../../domain/trends/model';
import { trendChart } from '../../domain/trends/charts';
import { computeTrends } from '../../domain/trends/compute';
import { seriesChoices } from '../../domain/trends/series';
import type { CalendarDate, Id, Timestamp } from '../../domain/types';
import { useAllMeetings } from '../../data/queries/meetings';
import { useTrendRecords } from '../../data/queries/trends';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { navigate } from '../../navigation/router';
import '../../styles/trends.css';
import { TrendFigure } from './TrendFigure';

interface Props {
  seriesId?: Id;
  /** Fixes the clock (tests); by default the moment the screen opens. */
  now?: Timestamp;
  today?: CalendarDate;
}

export function TrendsScreen({ seriesId, now: fixedNow, today: fixedToday }: Props) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  const scopeId = useId();
  const [now] = useState(() => fixedNow ?? new Date().toISOString());
  const [today] = useState(() => fixedToday ?? localDateOf(new Date()));
  const meetings = useAllMeetings();
  const records = useTrendRecords(seriesId);
  const choices = useMemo(() => seriesChoices(meetings ?? []), [meetings]);
  const trends = useMemo(
    () => (records ? computeTrends(records, now, today) : undefined),
    [records, now, today],
  );

  return (
    <section className="screen trends" aria-labelledby={headingId}>
      <div className="screen-header trends-header">
        <div>
          <h1 id={headingId}>{t('trends.title')}</h1>
          <p className="muted trends-intro">{t('trends.intro')}</p>
        </div>
        <label className="trends-scope" htmlFor={scopeId}>
          <span>{t('trends.scope')}</span>
          <select
            id={scopeId}
            value={seriesId ?? ''}
            onChange={(event) =>
              navigate(
                event.target.value === ''
                  ? { name: 'trends' }
                  : { name: 'trends', seriesId: event.target.value },
              )
            }
          >
            <option value="">{t('trends.scope.workspace')}</option>
            {choices.map((choice) => (
              <option key={choice.seriesId} value={choice.seriesId}>
                {t('trends.scope.series', { title: choice.title, count: choice.meetings })}
              </option>
            ))}
            {seriesId !== undefined && !choices.some((choice) => choice.seriesId === seriesId) && (
              <option value={seriesId}>{seriesId}</option>
            )}
          </select>
        </label>
      </div>
      {trends === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : trends.points.length === 0 ? (
        <div className="empty">
          <p className="empty-title">{t('trends.empty')}</p>
        </div>
      ) : (
        <>
          <p className="muted trends-count">
            {translateCount(language, 'trends.count', trends.points.length)}
          </p>
          <div className="trends-grid">
            {TREND_CHARTS.map((key) => (
              <TrendFigure
                key={key}
                chart={trendChart(key, trends.points)}
                points={trends.points}
                today={today}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
