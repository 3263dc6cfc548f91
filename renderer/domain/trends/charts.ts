/**
 * What each chart of the trends draws: its lines (or bars) and, per meeting, each one's value. The
 * Trends screen, its table views and the minutes' trend chart all read these, so a chart and its
 * table show the same numbers. Pure.
 */
import { shareOf, type TrendChartKey, type TrendPoint } from './model';

/** How a chart's values read: a share (0–1, shown as a percentage), minutes, or a rating 1–5. */
export type TrendUnit = 'share' | 'minutes' | 'rating';

/** Bars side by side per meeting, or lines across the meetings. */
export type TrendMark = 'bars' | 'lines';

/** Names a line in the language catalogue (`trends.series.<key>`) and picks its colour. */
export type TrendSeriesKey =
  | 'content'
  | 'relationship'
  | 'marketing'
  | 'sales'
  | 'bothSigned'
  | 'ledgerKept'
  | 'cascadeOnTime'
  | 'checkInMood'
  | 'checkOutWorthTime'
  | 'checkOutHeard';

export interface TrendSeries {
  key: TrendSeriesKey;
  /** One value per point; undefined where the meeting had nothing to count. */
  values: (number | undefined)[];
}

export interface TrendChart {
  key: TrendChartKey;
  unit: TrendUnit;
  mark: TrendMark;
  series: TrendSeries[];
}

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

function seriesOf(key: TrendChartKey, points: readonly TrendPoint[]): TrendSeries[] {
  const line = (name: TrendSeriesKey, value: (point: TrendPoint) => number | undefined): TrendSeries => ({
    key: name,
    values: points.map(value),
  });
  switch (key) {
    case 'content-relationship':
      return [
        line('content', (p) => shareOf(p.contentShare)),
        line('relationship', (p) => shareOf(p.relationshipShare)),
      ];
    case 'talk-balance':
      return [
        line('marketing', (p) => minutes(p.talkMarketingMs)),
        line('sales', (p) => minutes(p.talkSalesMs)),
      ];
    case 'both-signed':
      return [line('bothSigned', (p) => shareOf(p.bothSigned))];
    case 'actions-on-time':
      return [
        line('marketing', (p) => shareOf(p.actionsOnTimeMarketing)),
        line('sales', (p) => shareOf(p.actionsOnTimeSales)),
      ];
    case 'ledger-kept':
      return [line('ledgerKept', (p) => shareOf(p.ledgerKept))];
    case 'cascade-on-time':
      return [line('cascadeOnTime', (p) => shareOf(p.cascadeOnTime))];
    case 'ratings':
      return [
        line('checkInMood', (p) => p.ratings.checkInMood),
        line('checkOutWorthTime', (p) => p.ratings.checkOutWorthTime),
        line('checkOutHeard', (p) => p.ratings.checkOutHeard),
      ];
  }
}

const UNIT: Record<TrendChartKey, TrendUnit> = {
  'content-relationship': 'share',
  'talk-balance': 'minutes',
  'both-signed': 'share',
  'actions-on-time': 'share',
  'ledger-kept': 'share',
  'cascade-on-time': 'share',
  ratings: 'rating',
};

/** One chart's lines over `points`. Shares and talk time as bars per meeting, ratings as lines. */
export function trendChart(key: TrendChartKey, points: readonly TrendPoint[]): TrendChart {
  const unit = UNIT[key];
  return { key, unit, mark: unit === 'rating' ? 'lines' : 'bars', series: seriesOf(key, points) };
}

/** Whether a chart has any value to draw (a chart with none shows a sentence instead). */
export function hasValues(chart: TrendChart): boolean {
  return chart.series.some((series) => series.values.some((value) => value !== undefined));
}

/** The highest value the chart's axis must reach: 1 for shares, 5 for ratings, the largest for minutes. */
export function axisMaximum(chart: TrendChart): number {
  if (chart.unit === 'share') return 1;
  if (chart.unit === 'rating') return 5;
  const largest = Math.max(0, ...chart.series.flatMap((s) => s.values.filter((v) => v !== undefined)));
  return largest === 0 ? 1 : largest;
}
