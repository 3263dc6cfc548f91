/**
 * One chart of the Trends screen with its heading and what it counts, a toggle to its table (the
 * table is always there for screen readers, hidden from view while the chart shows) and its exports
 * as SVG and PNG through the platform's save path (a download in the browser).
 */
import { useId, useRef, useState } from 'react';
import { hasValues, type TrendChart } from '../../domain/trends/charts';
import { trendFileName } from '../../domain/trends/file-name';
import type { TrendPoint } from '../../domain/trends/model';
import type { CalendarDate } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/react';
import type { OutgoingFile } from '../../platform/platform';
import { usePlatform } from '../../platform/react';
import { pngFileOf, svgFileOf } from './chart-file';
import { TrendChartSvg } from './TrendChartSvg';
import { TrendTable } from './TrendTable';

interface Props {
  chart: TrendChart;
  points: readonly TrendPoint[];
  today: CalendarDate;
}

export function TrendFigure({ chart, points, today }: Props) {
  const t = useT();
  const language = useLanguage();
  const platform = usePlatform();
  const headingId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [table, setTable] = useState(false);
  const [status, setStatus] = useState<{ saved: string } | { failed: true } | null>(null);
  const title = t(`trends.chart.${chart.key}`);
  const description = t(`trends.desc.${chart.key}`);
  const seriesNames = chart.series.map((series) => t(`trends.series.${series.key}`));
  const drawn = hasValues(chart);

  async function save(kind: 'svg' | 'png') {
    const svg = svgRef.current;
    if (!svg) return;
    try {
      const file: OutgoingFile =
        kind === 'svg'
          ? {
              name: trendFileName(t('trends.file'), title, today, 'svg'),
              mimeType: 'image/svg+xml',
              filters: [{ name: t('trends.fileType.svg'), extensions: ['svg'] }],
              data: svgFileOf(svg),
            }
          : {
              name: trendFileName(t('trends.file'), title, today, 'png'),
              mimeType: 'image/png',
              filters: [{ name: t('trends.fileType.png'), extensions: ['png'] }],
              data: await pngFileOf(svg),
            };
      const result = await platform.saveFile(file);
      if (result.ok) setStatus({ saved: file.name });
      else setStatus(result.error.code === 'cancelled' ? null : { failed: true });
      // Kept: a file save, no database write.
    } catch {
      setStatus({ failed: true });
    }
  }

  return (
    <section className="trend-figure" aria-labelledby={headingId}>
      <div className="trend-figure-header">
        <h2 id={headingId}>{title}</h2>
        {drawn && (
          <div className="trend-figure-actions">
            <button
              type="button"
              className="quiet"
              aria-pressed={table}
              aria-label={t('trends.tableFor', { chart: title })}
              onClick={() => setTable((shown) => !shown)}
            >
              {t('trends.showTable')}
            </button>
            <button
              type="button"
              className="quiet"
              aria-label={t('trends.exportSvgFor', { chart: title })}
              onClick={() => void save('svg')}
            >
              {t('trends.exportSvg')}
            </button>
            <button
              type="button"
              className="quiet"
              aria-label={t('trends.exportPngFor', { chart: title })}
              onClick={() => void save('png')}
            >
              {t('trends.exportPng')}
            </button>
          </div>
        )}
      </div>
      <p className="muted trend-description">{description}</p>
      {!drawn ? (
        <p className="trend-empty">{t('trends.noValues')}</p>
      ) : (
        <>
          {
            // Kept in the page while the table shows, so the exports still have it.
            <div className="trend-chart" hidden={table}>
              <TrendChartSvg
                ref={svgRef}
                chart={chart}
                points={points}
                language={language}
                title={title}
                description={description}
                seriesNames={seriesNames}
              />
            </div>
          }
          <TrendTable
            chart={chart}
            points={points}
            caption={title}
            seriesNames={seriesNames}
            className={table ? 'trend-table' : 'trend-table visually-hidden'}
          />
        </>
      )}
      {status && (
        <p role="status" className="muted">
          {'saved' in status ? t('trends.saved', { name: status.saved }) : t('trends.saveFailed')}
        </p>
      )}
    </section>
  );
}
