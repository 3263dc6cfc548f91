// @vitest-environment jsdom
/**
 * The conflict log of a long meeting (more rows than LONG_TABLE_ROWS): the HTML and Word minutes
 * list every entry as a compact record with its column names, relationship entries without who
 * raised them, private ones never; Markdown keeps the table. Short logs stay tables.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { breakableHtml, minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import { LONG_TABLE_ROWS } from '../../../renderer/domain/minutes/model';
import type { ConflictPoint } from '../../../renderer/domain/types';
import { paragraphs, readDocx } from './docx-reader';
import { minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

const COUNT = LONG_TABLE_ROWS + 50;

function longLog() {
  const snapshot = minutesSnapshot();
  const [content, relationship] = snapshot.conflictPoints;
  if (!content || !relationship) throw new Error('the fixture has no conflict points');
  const points: ConflictPoint[] = Array.from({ length: COUNT }, (_, index) => ({
    ...(index % 3 === 1 ? relationship : content),
    id: `long-${index}`,
    createdAt: new Date(Date.parse(NOW) - (COUNT - index) * 1000).toISOString(),
    statement: `Long log entry ${index + 1} about the budget`,
    reframedAsId: undefined,
    private: index % 10 === 9,
  }));
  snapshot.conflictPoints = points;
  return { snapshot, shown: points.filter((point) => !point.private) };
}

const text = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

describe('a conflict log longer than LONG_TABLE_ROWS', () => {
  const { snapshot, shown } = longLog();
  const minutes = buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE });

  it('is a list of records in the HTML with every shown entry once, labelled, anonymous, no private one', () => {
    const html = minutesToHtml(minutes);
    const document = new DOMParser().parseFromString(html, 'text/html');
    const records = Array.from(document.querySelectorAll('#conflicts ul.records > li'));
    expect(records).toHaveLength(shown.length);
    expect(document.querySelectorAll('#conflicts table')).toHaveLength(1); // the counts stay a table
    shown.forEach((point, index) => {
      const record = records[index]?.textContent ?? '';
      expect(record.startsWith(`#${index + 1} · Level: `)).toBe(true);
      expect(record).toContain(`Statement: ${point.statement}`);
      if (point.level === 'relationship') {
        expect(record).toContain('Raised by: not recorded in the minutes');
        expect(record).not.toContain('Tom');
      }
    });
    const all = text(html);
    for (let index = 9; index < COUNT; index += 10)
      expect(all).not.toContain(`Long log entry ${index + 1} about`);
  });

  it('is one paragraph per entry in Word, the number in bold and every column named', async () => {
    const docx = readDocx(await minutesToDocx(minutes));
    const entries = paragraphs(docx.document).filter((paragraph) =>
      paragraph.text.includes('Long log entry'),
    );
    expect(entries.map((entry) => entry.inTable)).toEqual(shown.map(() => false));
    shown.forEach((point, index) => {
      expect(entries[index]?.text.startsWith(`#${index + 1} · Level: `)).toBe(true);
      expect(entries[index]?.text).toContain(`Statement: ${point.statement}`);
    });
  });

  it('stays a table in Markdown', () => {
    const markdown = minutesToMarkdown(minutes);
    for (const point of shown) expect(markdown).toContain(`| ${point.statement} |`);
  });

  it('stays a table when it is short', () => {
    const html = minutesToHtml(buildMinutes(minutesSnapshot(), { now: NOW, timeZone: TIME_ZONE }));
    expect(html).not.toContain('class="records"');
  });
});

describe('break opportunities in long runs', () => {
  it('breaks runs longer than 30 characters, of white space as of letters, and leaves short ones alone', () => {
    expect(breakableHtml('a'.repeat(30))).toBe('a'.repeat(30));
    expect(breakableHtml(`x ${'a'.repeat(31)}`)).toBe(`x ${'a'.repeat(15)}<wbr>${'a'.repeat(15)}<wbr>a`);
    expect(breakableHtml(`a${' '.repeat(31)}b`)).toContain('<wbr>');
    expect(breakableHtml(`<${'&'.repeat(3)}>`)).toBe('&lt;&amp;&amp;&amp;&gt;');
  });
});
