/** A chart's numbers as a table: one row per meeting, one column per line, "—" where nothing was counted. */
import type { TrendChart } from '../../domain/trends/charts';
import type { TrendPoint } from '../../domain/trends/model';
import { useLanguage, useT } from '../../i18n/react';
import { formatFullDate, formatValue } from './format';

interface Props {
  chart: TrendChart;
  points: readonly TrendPoint[];
  caption: string;
  seriesNames: readonly string[];
  className?: string;
}

export function TrendTable({ chart, points, caption, seriesNames, className }: Props) {
  const t = useT();
  const language = useLanguage();
  return (
    <table className={className ?? 'trend-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('trends.col.meeting')}</th>
          {seriesNames.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((point, index) => (
          <tr key={point.meetingId}>
            <th scope="row">
              <time dateTime={point.date}>{formatFullDate(language, point.date)}</time> {point.title}
            </th>
            {chart.series.map((series) => {
              const value = series.values[index];
              return (
                <td key={series.key}>
                  {value === undefined ? '—' : formatValue(language, chart.unit, value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
