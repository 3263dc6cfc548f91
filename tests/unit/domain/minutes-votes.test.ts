// @vitest-environment jsdom
/**
 * The votes of the minutes, in every format and both languages: each vote's question, its hands per
 * option and department, its result and the decision it informed. Markdown and HTML are read as
 * text, Word unzipped and parsed, PDF laid out and written.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import { minutesToPdf } from '../../../renderer/domain/minutes/pdf';
import { layOutMinutes } from '../../../renderer/domain/minutes/pdf/layout';
import type { Vote } from '../../../renderer/domain/types';
import { Measure } from '../../../renderer/pdf/wrap';
import { paragraphs, readDocx, tables } from './docx-reader';
import { at, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';
import { dejavu as faces } from './pdf-faces';

const meta = (id: string) => ({ id, createdAt: at('09:40'), updatedAt: at('09:50') });

const VOTES: Vote[] = [
  {
    ...meta('v-1'),
    meetingId: 'm-q1',
    question: 'Which segment first?',
    kind: 'options',
    options: ['Enterprise', 'Mid-market'],
    counts: [
      { option: 0, departmentId: 'marketing', count: 3 },
      { option: 0, departmentId: 'sales', count: 4 },
      { option: 1, departmentId: 'sales', count: 2 },
    ],
    openedAt: at('09:40'),
    closedAt: at('09:45'),
    decisionId: 'd-18',
  },
  {
    ...meta('v-2'),
    meetingId: 'm-q1',
    question: 'Can we live with the launch date?',
    kind: 'fist-of-five',
    options: [],
    counts: [
      { option: 1, departmentId: 'sales', count: 1 },
      { option: 4, departmentId: 'marketing', count: 3 },
    ],
    openedAt: at('09:50'),
  },
  {
    ...meta('v-3'),
    meetingId: 'm-q1',
    question: 'Deleted vote',
    kind: 'options',
    options: ['A', 'B'],
    counts: [],
    openedAt: at('09:55'),
    deletedAt: at('09:56'),
  },
];

const cases = [
  {
    language: 'en' as const,
    heading: 'Votes',
    header: ['Option', 'Marketing', 'Sales', 'Total'],
    rows: [
      ['Enterprise', '3', '4', '7'],
      ['Mid-market', '0', '2', '2'],
      ['Total', '3', '6', '9'],
    ],
    result: 'Most hands: Enterprise',
    decision: 'D-18: The Q1 campaign targets enterprise accounts first',
    consent: 'Objection to resolve: 1 of 4 showed 0–1 fingers (average 3.3) (still open)',
    fingers: 'Fingers',
  },
  {
    language: 'de' as const,
    heading: 'Abstimmungen',
    header: ['Option', 'Marketing', 'Vertrieb', 'Summe'],
    rows: [
      ['Enterprise', '3', '4', '7'],
      ['Mid-market', '0', '2', '2'],
      ['Summe', '3', '6', '9'],
    ],
    result: 'Die meisten Stimmen: Enterprise',
    decision: 'D-18: The Q1 campaign targets enterprise accounts first',
    consent: 'Einwand zu klären: 1 von 4 zeigten 0–1 Finger (Durchschnitt 3,3) (noch offen)',
    fingers: 'Finger',
  },
];

describe.each(cases)('the votes section in $language', (expected) => {
  const minutes = buildMinutes(minutesSnapshot({ votes: VOTES }), {
    language: expected.language,
    now: NOW,
    timeZone: TIME_ZONE,
  });
  const section = minutes.sections.find((candidate) => candidate.id === 'votes');

  it('follows the decision register and lists each live vote with its table', () => {
    const ids = minutes.sections.map((candidate) => candidate.id);
    expect(ids.indexOf('votes')).toBe(ids.indexOf('decisions') + 1);
    expect(section?.heading).toBe(expected.heading);
    const subheadings = section?.blocks.flatMap((block) => (block.kind === 'subheading' ? [block.text] : []));
    expect(subheadings).toEqual(['Which segment first?', 'Can we live with the launch date?']);
    const table = section?.blocks.find((block) => block.kind === 'table');
    expect(table).toEqual({ kind: 'table', header: expected.header, rows: expected.rows });
  });

  it('writes Markdown with the question, the counts, the result and the decision', () => {
    const markdown = minutesToMarkdown(minutes);
    expect(markdown).toContain(`## ${expected.heading}`);
    expect(markdown).toContain('Which segment first?');
    expect(markdown).toContain(`| ${expected.header.join(' | ')} |`);
    expect(markdown).toContain(`| ${expected.rows[0]?.join(' | ')} |`);
    expect(markdown).toContain(expected.result);
    expect(markdown).toContain(expected.decision);
    expect(markdown).toContain(expected.consent);
    expect(markdown).not.toContain('Deleted vote');
  });

  it('writes HTML with the same table', () => {
    const html = new DOMParser().parseFromString(minutesToHtml(minutes), 'text/html');
    const headings = [...html.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toContain(expected.heading);
    const table = [...html.querySelectorAll('table')].find((candidate) =>
      candidate.textContent?.includes('Mid-market'),
    );
    const rows = [...(table?.querySelectorAll('tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([expected.header, ...expected.rows]);
    expect(html.body.textContent).toContain(expected.consent);
  });

  it('writes Word with the same table and words', async () => {
    const docx = readDocx(await minutesToDocx(minutes));
    const text = paragraphs(docx.document).map((paragraph) => paragraph.text);
    expect(text).toContain(expected.heading);
    expect(text).toContain('Can we live with the launch date?');
    expect(text.join('\n')).toContain(expected.decision);
    expect(tables(docx.document)).toContainEqual([expected.header, ...expected.rows]);
  });

  it('lays out and writes the PDF with the votes', () => {
    const pages = layOutMinutes(minutes, new Measure(faces), { ascent: 928, descent: -236 });
    const words = pages
      .flat()
      .flatMap((op) => (op.kind === 'text' ? [op.text] : []))
      .join(' ');
    expect(words).toContain(expected.heading);
    expect(words).toContain('Which segment first?');
    expect(words).toContain('Mid-market');
    expect(words).toContain(expected.fingers);
    expect(minutesToPdf(minutes, faces, NOW)).not.toBeNull();
  });
});

it('leaves the section out when the meeting took no vote', () => {
  const minutes = buildMinutes(minutesSnapshot(), { now: NOW, timeZone: TIME_ZONE });
  expect(minutes.sections.map((section) => section.id)).not.toContain('votes');
});
