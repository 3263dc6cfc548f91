// @vitest-environment jsdom
/**
 * The Word minutes read back: the fixture meeting as DOCX in English and German is unzipped, every
 * XML part parsed strictly, and the content checked against what a reader expects — sections in
 * order, decisions, table rows, the page-number footer, the document's language and metadata — and
 * hostile text (markup, ampersands, quotes, right-to-left, emoji, 10,000 characters, characters XML
 * cannot hold) comes out as text in a file that still parses.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx, xmlSafe } from '../../../renderer/domain/minutes/docx';
import type { Minutes } from '../../../renderer/domain/minutes/model';
import { paragraphs, parseXml, readDocx, tables } from './docx-reader';
import { edit, germanSnapshot, longSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const cases = [
  {
    language: 'en',
    snapshot: minutesSnapshot,
    tag: 'en-GB',
    footer: ['Page ', 'PAGE', ' of ', 'NUMPAGES'],
    headings: [
      'Summary',
      'Meeting',
      'Participants',
      'Agenda',
      'Decision register',
      'Action items',
      'Conflict log',
      'Knowledge',
      'Parking lot',
      'Agreed definitions',
      'Next meeting',
      'Collaboration check',
      'Appendix: how the indicators are counted',
    ],
    statement: 'Statement: The Q1 campaign targets enterprise accounts first',
  },
  {
    language: 'de',
    snapshot: germanSnapshot,
    tag: 'de-DE',
    footer: ['Seite ', 'PAGE', ' von ', 'NUMPAGES'],
    headings: [
      'Zusammenfassung',
      'Besprechung',
      'Teilnehmende',
      'Tagesordnung',
      'Entscheidungsregister',
      'Aufgaben',
      'Konfliktprotokoll',
      'Wissensstand',
      'Themenspeicher',
      'Vereinbarte Definitionen',
      'Nächste Besprechung',
      'Kennzahlen der Zusammenarbeit',
      'Anhang: So werden die Kennzahlen gezählt',
    ],
    statement: 'Entscheidung: The Q1 campaign targets enterprise accounts first',
  },
] as const;

/** Text runs and field instructions of the footer, in order. */
function footerParts(footer: Document): string[] {
  return Array.from(footer.getElementsByTagNameNS(W, '*'))
    .filter((node) => node.localName === 't' || node.localName === 'instrText')
    .map((node) =>
      node.localName === 'instrText' ? (node.textContent ?? '').trim() : (node.textContent ?? ''),
    );
}

describe.each(cases)('the Word minutes in $language', (expected) => {
  const minutes = buildMinutes(expected.snapshot(), { now: NOW, timeZone: TIME_ZONE });
  const docx = minutesToDocx(minutes).then(readDocx);

  it('are a ZIP whose every XML part is well-formed', async () => {
    const { files } = await docx;
    // The check itself refuses what Word would refuse.
    expect(() => parseXml('<w:t>a & b</w:t>')).toThrow(/not well-formed/);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'word/document.xml',
        'word/styles.xml',
        'docProps/core.xml',
      ]),
    );
    for (const [name, file] of files) {
      if (name.endsWith('.xml') || name.endsWith('.rels'))
        expect(() => parseXml(file.toString('utf8'))).not.toThrow();
    }
  });

  it('open with the title, the generated line and one heading per section in order', async () => {
    const body = paragraphs((await docx).document);
    expect(body[0]).toMatchObject({ style: 'Title', text: minutes.title });
    expect(body[1]?.text).toBe(minutes.generated);
    expect(body.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(expected.headings);
  });

  it('run a small meeting on without page breaks, and start each major section of a long one on a new page', async () => {
    const breaking = async (of: Minutes) =>
      Array.from((await readDocx(await minutesToDocx(of))).document.getElementsByTagNameNS(W, 'p'))
        .filter((p) => p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') === 'Heading1')
        .filter((p) => p.getElementsByTagNameNS(W, 'pageBreakBefore').length > 0)
        .map((p) => p.textContent);
    expect(await breaking(minutes)).toEqual([]);
    const long = buildMinutes(longSnapshot(expected.language), { now: NOW, timeZone: TIME_ZONE });
    const breaks = await breaking(long);
    expect(breaks).toEqual(long.sections.filter((s) => s.major).map((s) => s.heading));
    expect(breaks).toContain(expected.headings[4]);
  });

  it('carry each decision with its number and statement', async () => {
    const texts = paragraphs((await docx).document).map((p) => p.text);
    expect(texts).toContain('D-18: The Q1 campaign targets enterprise accounts first');
    expect(texts).toContain('D-19: Qualified leads are handed over within 48 hours');
    expect(texts).toContain(expected.statement);
  });

  it('lay every table of the minutes out as a Word table, row for row and cell for cell', async () => {
    const model = minutes.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'table'));
    const written = tables((await docx).document);
    expect(written).toHaveLength(model.length);
    written.forEach((rows, index) => {
      const block = model[index];
      expect(rows).toEqual(block ? [block.header, ...block.rows] : []);
    });
    const header = (await docx).document.getElementsByTagNameNS(W, 'tblHeader');
    expect(header).toHaveLength(model.length);
  });

  it('number the pages in the footer with Word fields, in the minutes’ language', async () => {
    const footer = (await docx).xml('word/footer1.xml');
    expect(footerParts(footer)).toEqual(expected.footer);
    expect(footer.getElementsByTagNameNS(W, 'fldChar')).toHaveLength(6);
  });

  it('declare the language, the title and the creator', async () => {
    const { xml } = await docx;
    const lang = xml('word/styles.xml')
      .getElementsByTagNameNS(W, 'docDefaults')[0]
      ?.getElementsByTagNameNS(W, 'lang');
    expect(lang?.[0]?.getAttributeNS(W, 'val')).toBe(expected.tag);
    const core = xml('docProps/core.xml');
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe(minutes.title);
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe('Tandem');
  });
});

describe('hostile text in the Word minutes', () => {
  const SCRIPT = '<script>alert("x")</script>';
  const AMP = `Tom & Jerry's "best" <b>offer</b> &amp; more`;
  const RTL = 'مرحبا \u202Egnp.exe\u202C שלום';
  const EMOJI = 'Deal 🤝 by 👩🏽‍💼 at 🇪🇸';
  const LONG = 'Lorem ipsum dolor sit amet. '.repeat(358).slice(0, 10_000);

  function hostile(): Minutes {
    const snapshot = minutesSnapshot();
    snapshot.meeting = { ...snapshot.meeting, title: SCRIPT, goal: AMP, location: RTL };
    edit(snapshot.decisions, 0, { statement: EMOJI, rationale: LONG });
    edit(snapshot.actionItems, 0, { what: `${AMP}\n${SCRIPT}` });
    return buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE });
  }

  it('keep markup, ampersands, quotes, RTL, emoji and long text as text', async () => {
    const minutes = hostile();
    const { files, document } = readDocx(await minutesToDocx(minutes));
    const raw = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(raw).not.toContain('<script');
    expect(raw).not.toContain('<b>');
    expect(raw).toContain('&lt;script&gt;');
    expect(raw).toContain('&amp;amp; more');

    const texts = paragraphs(document).map((p) => p.text);
    expect(texts[0]).toBe(`Minutes: ${SCRIPT}`);
    expect(texts).toContain(`Goal: ${AMP}`);
    expect(texts).toContain(`Location: ${RTL}`);
    expect(texts).toContain(`Statement: ${EMOJI}`);
    expect(texts).toContain(`Rationale: ${LONG}`);
    expect(tables(document).flat(2)).toContain(`${AMP}\n${SCRIPT}`);
  });

  it('drop what XML cannot hold and still write a well-formed file', async () => {
    const minutes = hostile();
    const bad = 'a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h';
    const section = minutes.sections[0];
    if (!section) throw new Error('no first section');
    section.blocks.push({ kind: 'paragraph', text: bad }, { kind: 'table', header: [bad], rows: [[bad]] });
    const { document } = readDocx(await minutesToDocx({ ...minutes, title: bad }));
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts[0]).toBe('abcdefgh');
    expect(texts.filter((text) => text === 'abcdefgh')).toHaveLength(4);
    expect(xmlSafe('ok 🤝 \u05E9')).toBe('ok 🤝 \u05E9');
  });
});
