import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../renderer/domain/export/file-names';
import { meetingRegisterRows } from '../../../../renderer/domain/export/meeting-rows';
import { exchangeFileName } from '../../../../renderer/domain/exchange/file-name';
import { minutesSnapshot } from '../minutes-fixture';

describe('names of exported files', () => {
  const meeting = { title: 'Q1: Marketing/Sales "joint" strategy', date: '2026-12-01' };

  it('start like the exchange file and end in the content, in the language of the export', () => {
    expect(exportFileName(meeting, 'minutes', 'en', 'md')).toBe(
      'Q1- Marketing-Sales -joint- strategy-2026-12-01-minutes.md',
    );
    expect(exportFileName(meeting, 'decisions', 'de', 'csv')).toBe(
      'Q1- Marketing-Sales -joint- strategy-2026-12-01-Entscheidungen.csv',
    );
    expect(exchangeFileName(meeting.title, meeting.date)).toBe(
      'Q1- Marketing-Sales -joint- strategy-2026-12-01.tandem.json',
    );
  });

  it('fall back to "meeting" when nothing of the title is safe', () => {
    expect(exportFileName({ title: '../..', date: '2026-12-01' }, 'calendar', 'en', 'ics')).toBe(
      'meeting-2026-12-01-due-dates.ics',
    );
  });
});

describe('register rows of one meeting', () => {
  it('joins decisions in number order and actions with the names and departments of the export language', () => {
    const snapshot = minutesSnapshot();
    const de = meetingRegisterRows(snapshot, 'de');
    const numbers = de.decisions.map((row) => row.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(de.decisions.length).toBe(snapshot.decisions.filter((d) => d.deletedAt === undefined).length);
    expect(de.decisions.every((row) => row.meetingTitle === snapshot.meeting.title)).toBe(true);
    const en = meetingRegisterRows(snapshot, 'en');
    const parties = (rows: typeof en.decisions) =>
      rows.flatMap((row) => [...row.responsible, ...row.consulted, ...row.informed]);
    expect(parties(en.decisions).join()).not.toEqual(parties(de.decisions).join());
    const owners = en.actions.flatMap((row) => (row.owner === undefined ? [] : [row.owner]));
    const people = new Set(snapshot.people.map((person) => person.name));
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.every((owner) => people.has(owner))).toBe(true);
  });
});
