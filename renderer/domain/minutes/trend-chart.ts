/**
 * The series trend of the collaboration check (issue 17): for a meeting of a series, the shares of
 * four indicators over the series' meetings held up to this one (the last eight): content points,
 * decisions both sides agree to, give-and-get agreements kept, cascade responses on time. Computed
 * by domain/trends/ (the Trends screen's numbers), laid out here once for every writer: the chart's
 * bars as plain geometry (scales from visx's @visx/scale, no DOM) and its numbers as a table.
 */
import { scaleBand, scaleLinear } from '@visx/scale';
import { localeOf } from '../../i18n/language';
import { localDateOf } from '../calendar';
import { computeTrends } from '../trends/compute';
import { shareOf, type TrendPoint } from '../trends/model';
import { colourOf } from '../trends/palette';
import type { Block, MinutesChart } from './model';
import type { BuildContext } from './context';

/** How many meetings the minutes' chart shows at most (the latest). */
export const TREND_MEETINGS = 8;

const SERIES = [
  {
    word: 'indicator.content-share',
    colour: colourOf('content'),
    gray: 0.15,
    value: (p: TrendPoint) => p.contentShare,
  },
  {
    word: 'indicator.both-signed',
    colour: colourOf('bothSigned'),
    gray: 0.4,
    value: (p: TrendPoint) => p.bothSigned,
  },
  {
    word: 'trend.ledgerKept',
    colour: colourOf('ledgerKept'),
    gray: 0.6,
    value: (p: TrendPoint) => p.ledgerKept,
  },
  {
    word: 'trend.cascadeOnTime',
    colour: colourOf('cascadeOnTime'),
    gray: 0.8,
    value: (p: TrendPoint) => p.cascadeOnTime,
  },
] as const;

/** The trend chart and its numbers, or nothing when the meeting has no series or is its first meeting held. */
export function trendBlocks(ctx: BuildContext): Block[] {
  const records = ctx.snapshot.seriesTrend;
  if (!records) return [];
  const meeting = ctx.snapshot.meeting;
  const upToThis = records.meetings.filter(
    (other) =>
      other.id === meeting.id ||
      other.date < meeting.date ||
      (other.date === meeting.date && other.startTime <= meeting.startTime),
  );
  const today = localDateOf(new Date(ctx.now));
  const points = computeTrends({ ...records, meetings: upToThis }, ctx.now, today).points.slice(
    -TREND_MEETINGS,
  );
  if (points.length < 2) return [];
  const percent = new Intl.NumberFormat(localeOf(ctx.language), { style: 'percent' });
  const series = SERIES.map((entry) => ({
    name: ctx.w(entry.word),
    colour: entry.colour,
    gray: entry.gray,
    values: points.map((point) => shareOf(entry.value(point))),
  }));
  const chart: MinutesChart = {
    title: ctx.w('trend.heading'),
    labels: points.map((point) => ctx.f.date(point.date)),
    series,
    axis: [0, 0.5, 1].map((value) => percent.format(value)),
    header: [ctx.w('trend.meeting'), ...series.map((entry) => entry.name)],
    rows: points.map((point, index) => [
      `${ctx.f.date(point.date)}`,
      ...series.map((entry) => {
        const value = entry.values[index];
        return value === undefined ? ctx.w('dash') : percent.format(value);
      }),
    ]),
  };
  return [
    { kind: 'subheading', text: chart.title },
    { kind: 'chart', chart },
  ];
}

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index into the chart's series. */
  series: number;
}

export interface ChartGeometry {
  bars: ChartBar[];
  /** The plot area: bars stand on its bottom edge; the left edge is the axis. */
  plot: { x: number; y: number; width: number; height: number };
  /** Gridlines at 0, 50 and 100 %, from the bottom. */
  grid: { y: number; label: string }[];
  /** The centre of each label's group of bars. */
  labels: { x: number; text: string }[];
}

/** The chart laid out in a box of `width` × `height` (y grows downwards), room left for axis labels. */
export function chartGeometry(chart: MinutesChart, width: number, height: number): ChartGeometry {
  const plot = { x: 40, y: 8, width: width - 48, height: height - 30 };
  const x = scaleBand<number>({
    domain: chart.labels.map((_, index) => index),
    range: [plot.x, plot.x + plot.width],
    padding: 0.2,
  });
  const inner = scaleBand<number>({
    domain: chart.series.map((_, index) => index),
    range: [0, x.bandwidth()],
    padding: 0.08,
  });
  const y = scaleLinear<number>({ domain: [0, 1], range: [plot.y + plot.height, plot.y] });
  const bars = chart.series.flatMap((series, s) =>
    series.values.flatMap((value, index) =>
      value === undefined
        ? []
        : [
            {
              x: (x(index) ?? 0) + (inner(s) ?? 0),
              y: y(value),
              width: inner.bandwidth(),
              height: Math.max(plot.y + plot.height - y(value), 0.5),
              series: s,
            },
          ],
    ),
  );
  return {
    bars,
    plot,
    grid: [0, 0.5, 1].map((value, index) => ({ y: y(value), label: chart.axis[index] ?? '' })),
    labels: chart.labels.map((text, index) => ({ x: (x(index) ?? 0) + x.bandwidth() / 2, text })),
  };
}
