// @vitest-environment jsdom
/**
 * The series trend in the minutes' collaboration check (issue 17): for a meeting of a series, the
 * shares of four indicators over the meetings held so far, as numbers in Markdown, inline SVG in
 * HTML, grey vector bars in the PDF and a PNG picture in Word, each with its table; nothing for a
 * meeting without a series or the first one held. The Markdown of the English trend is a golden file.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '../../../renderer/domain/departments';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { chartPng } from '../../../renderer/domain/minutes/chart-png';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import type { MinutesChart } from '../../../renderer/domain/minutes/model';
import { minutesToPdf } from '../../../renderer/domain/minutes/pdf';
import type { MeetingSnapshot } from '../../../renderer/domain/minutes/snapshot';
import type { TrendRecords } from '../../../renderer/domain/trends/records';
import type { ConflictPoint, LedgerReview, Meeting } from '../../../renderer/domain/types';
import { readDocx } from './docx-reader';
import { MEETING, minutesSnapshot, NOW, PEOPLE, TIME_ZONE } from './minutes-fixture';
import { dejavu } from './pdf-faces';

const T = '2026-10-01T08:00:00.000Z';
const earlier = (id: string, date: string): Meeting => ({
  ...MEETING,
  id,
  date,
  seriesId: 'm-s1',
  status: 'ended',
});
const point = (id: string, meetingId: string, level: ConflictPoint['level']) =>
  ({ id, createdAt: T, updatedAt: T, meetingId, level, status: 'open', statement: id }) as ConflictPoint;
const review = (id: string, meetingId: string, verdict: 'kept' | 'broken'): LedgerReview => ({
  id,
  createdAt: T,
  updatedAt: T,
  entryId: 'e-1',
  meetingId,
  marketing: { verdict, note: '' },
  sales: { verdict: 'kept', note: '' },
});

function seriesSnapshot(): MeetingSnapshot {
  const base = minutesSnapshot();
  const meeting = { ...base.meeting, seriesId: 'm-s1' };
  const records: TrendRecords = {
    meetings: [
      earlier('m-s1', '2026-10-30'),
      earlier('m-s2', '2026-11-13'),
      meeting,
      { ...earlier('m-s4', '2026-12-11'), status: 'planned' },
    ],
    people: PEOPLE,
    departments: [...DEFAULT_DEPARTMENTS],
    conflictPoints: [
      point('c1', 'm-s1', 'content'),
      point('c2', 'm-s1', 'relationship'),
      point('c3', 'm-s2', 'content'),
      ...base.conflictPoints,
    ],
    decisions: [...base.decisions],
    actionItems: [],
    speakerTurns: [],
    roundEntries: [],
    ledgerReviews: [review('r1', 'm-s2', 'broken'), review('r2', meeting.id, 'kept')],
    cascadeResponses: [],
  };
  return { ...base, meeting, seriesTrend: records };
}

const options = { now: NOW, timeZone: TIME_ZONE };
const OUT = path.join(import.meta.dirname, '..', '..', '..', '.tmp', 'minutes-trend');

describe('the series trend in the minutes', () => {
  it('lists the shares per meeting held so far as a table in Markdown (golden)', async () => {
    const markdown = minutesToMarkdown(buildMinutes(seriesSnapshot(), options));
    const start = markdown.indexOf('### Trend in this series');
    expect(start).toBeGreaterThan(markdown.indexOf('## Collaboration check'));
    const trend = markdown.slice(start, markdown.indexOf('\n\n', markdown.indexOf('|', start)));
    await expect(trend).toMatchFileSnapshot('golden/minutes-trend-en.md.golden');
    expect(trend).toContain('| 30 Oct 2026 | 50% | – | – | – |');
    expect(trend).toContain('| 13 Nov 2026 | 100% | – | 50% | – |');
    // The planned meeting after this one is not in it.
    expect(trend).not.toContain('11 Dec 2026');
  });

  it('leaves the trend out for a meeting without a series', () => {
    const markdown = minutesToMarkdown(buildMinutes(minutesSnapshot(), options));
    expect(markdown).not.toContain('Trend in this series');
  });

  it('draws the chart as inline SVG in HTML, in German too', () => {
    const html = minutesToHtml(buildMinutes(seriesSnapshot(), { ...options, language: 'de' }));
    expect(html).toContain('<svg role="img" aria-label="Verlauf in dieser Serie"');
    // Three meetings with content points, and the legend.
    expect(html.match(/<rect [^>]*fill="#0b5cad"/g)?.length).toBe(4);
    expect(html).toContain('Eingehaltene Geben-und-Nehmen-Vereinbarungen');
    expect(html).toContain('50\u00a0%');
  });

  it('sets grey vector bars and the numbers in the PDF', async () => {
    const minutes = buildMinutes(seriesSnapshot(), options);
    const bytes = minutesToPdf(minutes, dejavu, NOW);
    expect(bytes).not.toBeNull();
    await mkdir(OUT, { recursive: true });
    await writeFile(path.join(OUT, 'minutes-trend.pdf'), bytes as Uint8Array);
  });

  it('puts the chart into Word as a PNG picture, with its table', async () => {
    const docx = readDocx(await minutesToDocx(buildMinutes(seriesSnapshot(), options)));
    const media = [...docx.files.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = docx.files.get(media[0] as string) as Buffer;
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1120);
    expect(docx.document.documentElement.textContent).toContain('Give-and-get agreements kept');
    await mkdir(OUT, { recursive: true });
    await writeFile(path.join(OUT, 'minutes-trend.png'), png);
  });

  it('paints only the bars there are: an empty chart is a white picture with gridlines', () => {
    const chart: MinutesChart = {
      title: 't',
      labels: ['a', 'b'],
      series: [{ name: 's', colour: '#ff0000', gray: 0.5, values: [undefined, 1] }],
      axis: ['0%', '50%', '100%'],
      header: [],
      rows: [],
    };
    const png = chartPng(chart, 100, 50, 1);
    expect(png.subarray(0, 8)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(new DataView(png.buffer).getUint32(16)).toBe(100);
  });
});
