// @vitest-environment jsdom
/**
 * The agenda table of the minutes shows planned vs extended vs actual time per item: the fixture's
 * second item ran 5 minutes over its timebox on request ("+5 min"), the others were not extended.
 * The table comes from one model, so every writer carries the column: Markdown, HTML, DOCX, PDF.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import { layOutMinutes } from '../../../renderer/domain/minutes/pdf/layout';
import type { Op } from '../../../renderer/pdf/page';
import { Measure } from '../../../renderer/pdf/wrap';
import { readDocx, tables } from './docx-reader';
import { germanSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';
import { dejavu as faces } from './pdf-faces';

const cases = [
  { language: 'en', snapshot: minutesSnapshot, columns: ['Planned', 'Extended', 'Actual'], plus: '+5 min' },
  {
    language: 'de',
    snapshot: germanSnapshot,
    columns: ['Geplant', 'Verlängert', 'Tatsächlich'],
    plus: '+5 Min.',
  },
] as const;

describe.each(cases)('the agenda table in $language', ({ snapshot, columns, plus }) => {
  const minutes = buildMinutes(snapshot(), { now: NOW, timeZone: TIME_ZONE });
  const agenda = minutes.sections.find((section) => section.id === 'agenda');
  const table = agenda?.blocks.find((block) => block.kind === 'table');

  it('has planned, extended and actual columns, side by side', () => {
    if (table?.kind !== 'table') throw new Error('no agenda table');
    const at = table.header.indexOf(columns[0]);
    expect(table.header.slice(at, at + 3)).toEqual(columns);
    expect(table.rows.map((row) => row[at + 1])).toEqual(['–', plus, '–', '–']);
  });

  it('carries the extension in Markdown and HTML', () => {
    expect(minutesToMarkdown(minutes)).toContain(`| ${columns.join(' | ')} |`);
    expect(minutesToMarkdown(minutes)).toContain(`| ${plus} |`);
    const html = minutesToHtml(minutes);
    expect(html).toContain(columns[1]);
    expect(html).toMatch(new RegExp(`<td>${plus.replace('+', '\\+')}</td>`));
  });

  it('carries the extension in DOCX', async () => {
    const docx = await readDocx(await minutesToDocx(minutes));
    const cells = tables(docx.document).flat(2);
    expect(cells).toContain(columns[1]);
    expect(cells).toContain(plus);
  });

  it('carries the extension in PDF', () => {
    // Narrow table columns break words between lines, so the text is compared without spaces.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const words = layOutMinutes(minutes, new Measure(faces), { ascent: 928, descent: -236 })
      .flat()
      .filter((op): op is Extract<Op, { kind: 'text' }> => op.kind === 'text')
      .map((op) => op.text)
      .join('');
    expect(squeeze(words)).toContain(squeeze(columns[1]));
    expect(squeeze(words)).toContain(squeeze(plus));
  });
});
