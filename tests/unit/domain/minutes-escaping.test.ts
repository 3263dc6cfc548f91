/**
 * Whatever people type into a meeting stays text in the exported minutes: script and markup
 * payloads in every kind of field come out escaped in HTML and inert in Markdown.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { breakableHtml, escapeHtml, minutesToHtml, MINUTES_CSP } from '../../../renderer/domain/minutes/html';
import { escapeMarkdown, minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import { edit, longSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(2)">';
const LINK = '[click me](javascript:alert(3))';
const AUTOLINK = '<javascript:alert(4)>';
const MARKDOWN =
  '# Heading\n- item\n1. first\n**bold** _it_ `code` ![img](x.png) | pipe | ~~strike~~ &lt;b&gt;';

function hostileSnapshot() {
  const snapshot = minutesSnapshot();
  snapshot.meeting = { ...snapshot.meeting, title: SCRIPT, goal: IMG, location: LINK };
  edit(snapshot.people, 0, { name: `${IMG} Lena` });
  edit(snapshot.participants, 0, { person: snapshot.people[0] });
  edit(snapshot.agendaItems, 0, { title: MARKDOWN, notes: `${SCRIPT}\n${LINK}` });
  edit(snapshot.decisions, 0, { statement: AUTOLINK, rationale: MARKDOWN });
  edit(snapshot.conflictPoints, 0, { statement: `a | b ${SCRIPT}` });
  edit(snapshot.actionItems, 0, { what: LINK });
  edit(snapshot.parkingLot, 0, { text: MARKDOWN });
  return snapshot;
}

const minutes = buildMinutes(hostileSnapshot(), {
  now: NOW,
  timeZone: TIME_ZONE,
  anonymousRelationship: false,
});

describe('the HTML minutes', () => {
  const html = minutesToHtml(minutes);

  it('escape every user text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<a[\s>]/i);
    expect(html).not.toContain('href=');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt; Lena');
    expect(html).toContain('&amp;lt;b&amp;gt;');
  });

  it('are one self-contained document with a strict policy and no scripts', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${MINUTES_CSP}">`);
    expect(MINUTES_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/<(script|link|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:|\/\/)/i);
  });

  it('carry a print stylesheet for A4 with page breaks before the major sections', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('section.major { break-before: page; }');
    expect(html).toContain('tr, dt, dd, li, dl, p, table { break-inside: avoid; }');
    const long = minutesToHtml(buildMinutes(longSnapshot(), { now: NOW, timeZone: TIME_ZONE }));
    expect(long).toContain('<section id="decisions" class="major">');
    // A small meeting runs on: no half-empty pages before its decisions.
    expect(html).toContain('<section id="decisions">');
  });

  it('share one stylesheet in every language, page numbers chosen by the document language', () => {
    const styleOf = (language: 'en' | 'de') =>
      /<style>([\s\S]*?)<\/style>/.exec(minutesToHtml({ ...minutes, language }))?.[1];
    expect(styleOf('de')).toBe(styleOf('en'));
    expect(styleOf('en')).toContain(':root { --page-number: "Page " counter(page) " of " counter(pages); }');
    expect(styleOf('en')).toContain(
      ':root:lang(de) { --page-number: "Seite " counter(page) " von " counter(pages); }',
    );
    expect(styleOf('en')).toContain('@bottom-center { content: var(--page-number);');
  });

  it('let long unbroken text wrap without splitting words, escapes or emoji', () => {
    expect(breakableHtml('Organisationseinheit <b> & Zuständigkeiten')).toBe(
      'Organisationseinheit &lt;b&gt; &amp; Zuständigkeiten',
    );
    const pieces = breakableHtml('<&>'.repeat(11)).split('<wbr>');
    expect(pieces).toEqual(['&lt;&amp;&gt;'.repeat(5), '&lt;&amp;&gt;'.repeat(5), '&lt;&amp;&gt;']);
    const family = '👩‍👩‍👧';
    const emoji = breakableHtml(family.repeat(20)).split('<wbr>');
    expect(emoji).toEqual([family.repeat(15), family.repeat(5)]);
  });

  it('escapeHtml covers the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('the Markdown minutes', () => {
  const markdown = minutesToMarkdown(minutes);

  it('contain no raw markup, link or image from user text', () => {
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(markdown).not.toMatch(/(^|[^\\])\[click me(\\)?\]\(/);
    expect(markdown).not.toMatch(/(^|[^\\])!\[img/);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('\\[click me\\](javascript:alert(3))');
    expect(markdown).toContain('\\<javascript:alert(4)\\>');
  });

  it('keep user text from opening headings, lists or table cells', () => {
    expect(markdown).toContain('| a \\| b \\<script\\>');
    expect(escapeMarkdown('# Heading\n- item\n+ plus\n1. first\n2) second\n=====')).toBe(
      '\\# Heading\\\n\\- item\\\n\\+ plus\\\n1\\. first\\\n2\\) second\\\n\\=====',
    );
    expect(escapeMarkdown('**bold** _it_ `code` ~~s~~ &lt; &#106; a & b')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\&lt; &\\#106; a & b',
    );
    for (const line of markdown.split('\n')) expect(line).not.toMatch(/^(#+ |- |\d+\. )(Heading|item|first)/);
  });

  it('keep every table row on one line and with the header’s number of cells', () => {
    const cellsOf = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    let expected = 0;
    let previous = '';
    for (const line of markdown.split('\n')) {
      if (line.startsWith('|') && previous === '') expected = cellsOf(line);
      else if (line.startsWith('|')) expect(cellsOf(line)).toBe(expected);
      previous = line;
    }
    expect(markdown).toContain('| 1 | \\# Heading<br>\\- item<br>1\\. first<br>\\*\\*bold\\*\\*');
  });
});
