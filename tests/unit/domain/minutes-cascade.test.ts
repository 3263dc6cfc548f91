// @vitest-environment jsdom
/**
 * The units' adaptations and objections to earlier decisions of the series, which the next
 * meeting's minutes list to discuss, in every format and both languages.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import { minutesToPdf } from '../../../renderer/domain/minutes/pdf';
import { layOutMinutes } from '../../../renderer/domain/minutes/pdf/layout';
import type { CascadeToDiscuss } from '../../../renderer/domain/minutes/snapshot';
import { Measure } from '../../../renderer/pdf/wrap';
import { readDocx, tables } from './docx-reader';
import { minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';
import { dejavu as faces } from './pdf-faces';

const ITEMS: CascadeToDiscuss[] = [
  {
    decisionNumber: 12,
    statement: 'One price list for all of Europe',
    unit: 'Sales Nordics',
    response: 'object',
    explanation: 'Public tenders fix our prices until June',
  },
  {
    decisionNumber: 12,
    statement: 'One price list for all of Europe',
    unit: 'Sales Iberia',
    response: 'adapt',
    explanation: 'From Q2, after the fair season',
    ownerPersonId: 'p-ana',
  },
];

const cases = [
  {
    language: 'en' as const,
    heading: 'Responses of units to discuss',
    header: ['Decision', 'Unit', 'Response', 'How or why', 'Who'],
    rows: [
      [
        'D-12: One price list for all of Europe',
        'Sales Iberia',
        'Adapted',
        'From Q2, after the fair season',
        'Ana Ruiz',
      ],
      [
        'D-12: One price list for all of Europe',
        'Sales Nordics',
        'Objection',
        'Public tenders fix our prices until June',
        '–',
      ],
    ],
  },
  {
    language: 'de' as const,
    heading: 'Rückmeldungen der Einheiten zur Besprechung',
    header: ['Entscheidung', 'Einheit', 'Rückmeldung', 'Wie oder warum', 'Wer'],
    rows: [
      [
        'D-12: One price list for all of Europe',
        'Sales Iberia',
        'Angepasst',
        'From Q2, after the fair season',
        'Ana Ruiz',
      ],
      [
        'D-12: One price list for all of Europe',
        'Sales Nordics',
        'Einwand',
        'Public tenders fix our prices until June',
        '–',
      ],
    ],
  },
];

describe.each(cases)('the cascade section in $language', (expected) => {
  const minutes = buildMinutes(minutesSnapshot({ cascadeToDiscuss: ITEMS }), {
    language: expected.language,
    now: NOW,
    timeZone: TIME_ZONE,
  });
  const section = minutes.sections.find((candidate) => candidate.id === 'cascade');

  it('follows the decision register with one row per unit, by decision and unit', () => {
    const ids = minutes.sections.map((candidate) => candidate.id);
    expect(ids.indexOf('cascade')).toBe(ids.indexOf('decisions') + 1);
    expect(section?.heading).toBe(expected.heading);
    expect(section?.blocks).toEqual([{ kind: 'table', header: expected.header, rows: expected.rows }]);
  });

  it('writes Markdown and HTML tables', () => {
    const markdown = minutesToMarkdown(minutes);
    expect(markdown).toContain(`## ${expected.heading}`);
    expect(markdown).toContain(`| ${expected.header.join(' | ')} |`);
    expect(markdown).toContain(`| ${expected.rows[1]?.join(' | ')} |`);
    const html = new DOMParser().parseFromString(minutesToHtml(minutes), 'text/html');
    const table = [...html.querySelectorAll('table')].find((candidate) =>
      candidate.textContent?.includes('Sales Nordics'),
    );
    const rows = [...(table?.querySelectorAll('tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([expected.header, ...expected.rows]);
  });

  it('writes Word and PDF with the same words', async () => {
    const docx = readDocx(await minutesToDocx(minutes));
    expect(tables(docx.document)).toContainEqual([expected.header, ...expected.rows]);
    const pages = layOutMinutes(minutes, new Measure(faces), { ascent: 928, descent: -236 });
    const words = pages
      .flat()
      .flatMap((op) => (op.kind === 'text' ? [op.text] : []))
      .join(' ');
    expect(words).toContain(expected.heading);
    expect(words).toContain('Sales Nordics');
    expect(minutesToPdf(minutes, faces, NOW)).not.toBeNull();
  });
});

it('leaves the section out when no unit adapted or objected', () => {
  const minutes = buildMinutes(minutesSnapshot(), { now: NOW, timeZone: TIME_ZONE });
  expect(minutes.sections.map((section) => section.id)).not.toContain('cascade');
});
