import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, PRODID, registerIcs } from '../../../../renderer/domain/export/ics';
import type { ActionItemRow, DecisionRegisterRow } from '../../../../renderer/domain/export/rows';

const NOW = '2026-11-27T09:30:00.000Z';

const action: ActionItemRow = {
  id: 'a1',
  what: 'Draft the lead score',
  owner: 'Jon Lee',
  dueDate: '2026-12-31',
  channel: 'call',
  status: 'open',
  meetingTitle: 'Q4 alignment',
  meetingDate: '2026-11-27',
};

const decision: DecisionRegisterRow = {
  id: 'd7',
  number: 7,
  meetingTitle: 'Q4 alignment',
  meetingDate: '2026-11-27',
  statement: 'Leads count as qualified after a call',
  method: 'consent',
  status: 'decided',
  accountable: 'Anna Weber',
  responsible: [],
  consulted: [],
  informed: [],
  scope: [],
  reviewDate: '2027-02-28',
};

/** The events of a calendar text, read by ical.js (the parser Thunderbird uses). */
function parsedEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('the calendar of due dates', () => {
  it('is a VCALENDAR 2.0 with our PRODID, every line ending in CRLF', () => {
    const text = registerIcs({ actions: [], decisions: [] }, 'en', NOW);
    expect(text).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//Tandem//EN\r\nCALSCALE:GREGORIAN\r\n' +
        'METHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('prodid')).toBe(PRODID);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has an all-day event per action due date and per decision review date', () => {
    const [due, review, ...rest] = parsedEvents(
      registerIcs({ actions: [action], decisions: [decision] }, 'en', NOW),
    );
    expect(rest).toEqual([]);
    expect(due?.uid).toBe('a1@tandem');
    expect(due?.summary).toBe('Action: Draft the lead score');
    expect(due?.description).toBe('Owner: Jon Lee\nMeeting: Q4 alignment (2026-11-27)');
    expect(due?.startDate.isDate).toBe(true);
    expect(due?.startDate.toString()).toBe('2026-12-31');
    // DTEND is exclusive: the next day, across the year's end.
    expect(due?.endDate.toString()).toBe('2027-01-01');
    expect(review?.uid).toBe('d7-review@tandem');
    expect(review?.summary).toBe('Review D-7: Leads count as qualified after a call');
    expect(review?.description).toBe('Accountable owner: Anna Weber\nMeeting: Q4 alignment (2026-11-27)');
    expect(review?.startDate.toString()).toBe('2027-02-28');
    expect(review?.endDate.toString()).toBe('2027-03-01');
  });

  it('stamps every event with the injected now, in UTC', () => {
    const text = registerIcs({ actions: [action], decisions: [decision] }, 'en', NOW);
    const stamps = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => vevent.getFirstPropertyValue('dtstamp')?.toString());
    expect(stamps).toEqual(['2026-11-27T09:30:00Z', '2026-11-27T09:30:00Z']);
    expect(text).toContain('\r\nDTSTAMP:20261127T093000Z\r\n');
  });

  it('words the summaries and descriptions in German', () => {
    const [due, review] = parsedEvents(registerIcs({ actions: [action], decisions: [decision] }, 'de', NOW));
    expect(due?.summary).toBe('Aufgabe: Draft the lead score');
    expect(due?.description).toBe('Verantwortlich: Jon Lee\nBesprechung: Q4 alignment (2026-11-27)');
    expect(review?.summary).toBe('Überprüfung D-7: Leads count as qualified after a call');
  });

  it('leaves out rows without the date, and the owner line when nobody owns it', () => {
    const undated: ActionItemRow = { ...action, id: 'a2' };
    delete undated.dueDate;
    const unowned: ActionItemRow = { ...action, id: 'a3' };
    delete unowned.owner;
    const unreviewed: DecisionRegisterRow = { ...decision, id: 'd8' };
    delete unreviewed.reviewDate;
    const events = parsedEvents(
      registerIcs({ actions: [undated, unowned], decisions: [unreviewed] }, 'en', NOW),
    );
    expect(events.map((event) => event.uid)).toEqual(['a3@tandem']);
    expect(events[0]?.description).toBe('Meeting: Q4 alignment (2026-11-27)');
  });
});

describe('text in the calendar', () => {
  it('escapes backslashes, semicolons, commas and line breaks, and drops other controls', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('comes back from a real parser exactly as typed', () => {
    const what = 'Budget; Q1, Q2 \\ "final"\nthen tell Sales';
    const [event] = parsedEvents(
      registerIcs(
        { actions: [{ ...action, what, meetingTitle: 'Kick-off, DACH; Iberia' }], decisions: [] },
        'en',
        NOW,
      ),
    );
    expect(event?.summary).toBe(`Action: ${what}`);
    expect(event?.description).toBe('Owner: Jon Lee\nMeeting: Kick-off, DACH; Iberia (2026-11-27)');
  });

  it('folds long lines at 75 octets without splitting a character, and a parser unfolds them', () => {
    const what = `Überprüfen 🚀 der Lead-Definition für Österreich 👩🏽‍💼 und die Schweiz — ${'äöü🎯'.repeat(20)}`;
    const text = registerIcs({ actions: [{ ...action, what }], decisions: [] }, 'de', NOW);
    const lines = physicalLines(text);
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    const continued = lines.filter((line) => line.startsWith(' '));
    expect(continued.length).toBeGreaterThan(2);
    // Each physical line is valid UTF-8 on its own: no lone surrogate where a character was split.
    for (const line of lines) expect(new TextDecoder().decode(encoder.encode(line))).toBe(line);
    const [event] = parsedEvents(text);
    expect(event?.summary).toBe(`Aufgabe: ${what}`);
  });

  it('fills a folded line to exactly 75 octets, continuations to 74 after the space', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.map((line) => line.length)).toEqual([75, 75, 60]); // 208 octets: 75 + 74 + 59;
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('moves a four-octet emoji whole to the next line rather than split it', () => {
    const folded = foldLine(`${'x'.repeat(73)}🚀`);
    expect(folded).toBe(`${'x'.repeat(73)}\r\n 🚀`);
  });
});
