/**
 * One trend chart drawn by visx (scales, bars, lines and axes; see docs/performance.md for why
 * visx): bars side by side per meeting for shares and minutes, lines for ratings, a legend on top.
 * Colours are attributes, not CSS, so the exported SVG and PNG look like the screen.
 */
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, LinePath } from '@visx/shape';
import { forwardRef } from 'react';
import { axisMaximum, type TrendChart } from '../../domain/trends/charts';
import type { TrendPoint } from '../../domain/trends/model';
import { CHART_GRID, CHART_INK, colourOf } from '../../domain/trends/palette';
import type { Language } from '../../i18n/language';
import { formatShortDate, formatValue } from './format';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 260;
const MARGIN = { top: 36, right: 16, bottom: 40, left: 52 };
const FONT = 'Inter, system-ui, sans-serif';
/** At most this many dates under the axis; the others are left out (the table has every one). */
const MAX_DATE_LABELS = 10;

interface Props {
  chart: TrendChart;
  points: readonly TrendPoint[];
  language: Language;
  title: string;
  description: string;
  /** The legend's names, one per series, in the order of `chart.series`. */
  seriesNames: readonly string[];
}

export const TrendChartSvg = forwardRef<SVGSVGElement, Props>(function TrendChartSvg(
  { chart, points, language, title, description, seriesNames },
  ref,
) {
  const innerWidth = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
  const ids = points.map((point) => point.meetingId);
  const x = scaleBand<string>({ domain: ids, range: [0, innerWidth], padding: 0.25 });
  const inner = scaleBand<number>({
    domain: chart.series.map((_, index) => index),
    range: [0, x.bandwidth()],
    padding: 0.1,
  });
  const y = scaleLinear<number>({ domain: [0, axisMaximum(chart)], range: [innerHeight, 0], nice: true });
  const every = Math.ceil(ids.length / MAX_DATE_LABELS);
  const dateOf = new Map(points.map((point) => [point.meetingId, point.date]));
  const tickLabel = { fill: CHART_INK, fontSize: 11, fontFamily: FONT };
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
      width={CHART_WIDTH}
      height={CHART_HEIGHT}
      role="img"
      aria-label={title}
      className="trend-chart-svg"
      fontFamily={FONT}
    >
      <title>{title}</title>
      <desc>{description}</desc>
      <rect width={CHART_WIDTH} height={CHART_HEIGHT} fill="#ffffff" />
      <Group top={12} left={MARGIN.left}>
        {seriesNames.map((name, index) => (
          <Group key={name} left={index * 170}>
            <rect width={12} height={12} y={-1} fill={colourOf(chart.series[index]?.key ?? '')} rx={2} />
            <text x={18} y={10} fontSize={12} fill={CHART_INK}>
              {name}
            </text>
          </Group>
        ))}
      </Group>
      <Group top={MARGIN.top} left={MARGIN.left}>
        {y.ticks(5).map((tick) => (
          <line key={tick} x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} stroke={CHART_GRID} />
        ))}
        {chart.mark === 'bars'
          ? points.map((point, index) => (
              <Group key={point.meetingId} left={x(point.meetingId) ?? 0}>
                {chart.series.map((series, s) => {
                  const value = series.values[index];
                  if (value === undefined) return null;
                  return (
                    <Bar
                      key={series.key}
                      x={inner(s) ?? 0}
                      y={y(value)}
                      width={inner.bandwidth()}
                      height={innerHeight - y(value)}
                      fill={colourOf(series.key)}
                    />
                  );
                })}
              </Group>
            ))
          : chart.series.map((series) => (
              <LinePath<number | undefined>
                key={series.key}
                data={series.values}
                x={(_, index) => (x(ids[index] ?? '') ?? 0) + x.bandwidth() / 2}
                y={(value) => y(value ?? 0)}
                defined={(value) => value !== undefined}
                stroke={colourOf(series.key)}
                strokeWidth={2.5}
              />
            ))}
        {chart.mark === 'lines' &&
          chart.series.flatMap((series) =>
            series.values.map((value, index) =>
              value === undefined ? null : (
                <circle
                  key={`${series.key}-${index}`}
                  cx={(x(ids[index] ?? '') ?? 0) + x.bandwidth() / 2}
                  cy={y(value)}
                  r={3.5}
                  fill={colourOf(series.key)}
                />
              ),
            ),
          )}
        <AxisLeft
          scale={y}
          numTicks={5}
          stroke={CHART_INK}
          tickStroke={CHART_INK}
          tickFormat={(value) => formatValue(language, chart.unit, Number(value))}
          tickLabelProps={{ ...tickLabel, textAnchor: 'end', dx: -4, dy: 4 }}
        />
        <AxisBottom
          top={innerHeight}
          scale={x}
          stroke={CHART_INK}
          tickStroke={CHART_INK}
          tickValues={ids.filter((_, index) => index % every === 0)}
          tickFormat={(id) => formatShortDate(language, dateOf.get(id) ?? '')}
          tickLabelProps={{ ...tickLabel, textAnchor: 'middle' }}
        />
      </Group>
    </svg>
  );
});
