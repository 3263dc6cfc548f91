import { describe, expect, it } from 'vitest';
import {
  checkMeetingDraft,
  groupMeetings,
  isPassedNotHeld,
  listMeetings,
  MAX_TITLE_LENGTH,
  newMeeting,
  type MeetingDraft,
} from '../../../renderer/domain/meetings';
import type { Meeting } from '../../../renderer/domain/types';

const draft: MeetingDraft = {
  title: '  Q1   joint strategy ',
  date: '2026-11-27',
  startTime: '09:30',
  language: 'de',
};

function meeting(overrides: Partial<Meeting>): Meeting {
  const checked = checkMeetingDraft(draft);
  if (!checked.ok) throw new Error('fixture draft must be valid');
  return {
    ...newMeeting(checked.value, { now: '2026-11-01T10:00:00.000Z', newId: () => 'm' }),
    ...overrides,
  };
}

describe('checking a new meeting', () => {
  it('cleans the title and keeps the other fields', () => {
    expect(checkMeetingDraft(draft)).toEqual({
      ok: true,
      value: { title: 'Q1 joint strategy', date: '2026-11-27', startTime: '09:30', language: 'de' },
    });
  });

  it('refuses an empty or blank title', () => {
    for (const title of ['', '   ', '\n\t']) {
      expect(checkMeetingDraft({ ...draft, title })).toEqual({
        ok: false,
        errors: [{ field: 'title', code: 'title-empty' }],
      });
    }
  });

  it('refuses a title longer than the limit but accepts one at the limit', () => {
    expect(checkMeetingDraft({ ...draft, title: 'x'.repeat(MAX_TITLE_LENGTH) }).ok).toBe(true);
    expect(checkMeetingDraft({ ...draft, title: 'x'.repeat(MAX_TITLE_LENGTH + 1) })).toEqual({
      ok: false,
      errors: [{ field: 'title', code: 'title-too-long' }],
    });
  });

  it('reports every wrong field at once', () => {
    expect(checkMeetingDraft({ title: '', date: '2026-02-30', startTime: '25:00', language: 'en' })).toEqual({
      ok: false,
      errors: [
        { field: 'title', code: 'title-empty' },
        { field: 'date', code: 'date-invalid' },
        { field: 'startTime', code: 'time-invalid' },
      ],
    });
  });
});

describe('creating a meeting', () => {
  it('starts planned, with the given clock and id and a two-hour plan', () => {
    const created = meeting({});
    expect(created).toMatchObject({
      id: 'm',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      status: 'planned',
      durationMinutes: 120,
      language: 'de',
    });
    expect(created.deletedAt).toBeUndefined();
    expect(created.groundRules[0]).toBe('Wir streiten über die Sache, nie über die Person.');
    expect(created.groundRules).toHaveLength(5);
  });
});

describe('the Meetings list', () => {
  const meetings = [
    meeting({ id: 'a', title: 'Lead definitions', date: '2026-11-20', startTime: '14:00' }),
    meeting({ id: 'b', title: 'Quartalsstrategie Über alles', date: '2026-12-01', startTime: '09:00' }),
    meeting({ id: 'c', title: 'Campaign planning', date: '2026-11-20', startTime: '16:00' }),
    meeting({ id: 'd', title: 'Deleted one', date: '2026-12-24', deletedAt: '2026-11-02T00:00:00.000Z' }),
  ];

  it('shows the newest first and leaves out deleted meetings', () => {
    expect(listMeetings(meetings, '').map((m) => m.id)).toEqual(['b', 'c', 'a']);
  });

  it('lists meetings at the same date and time newest created first, and a blank query finds all', () => {
    const same = [
      meeting({ id: 'old', date: '2026-11-20', startTime: '09:00', createdAt: '2026-11-01T08:00:00.000Z' }),
      meeting({ id: 'new', date: '2026-11-20', startTime: '09:00', createdAt: '2026-11-02T08:00:00.000Z' }),
      meeting({ id: 'late', date: '2026-11-20', startTime: '10:00', createdAt: '2026-10-01T08:00:00.000Z' }),
    ];
    expect(listMeetings(same, '   ').map((m) => m.id)).toEqual(['late', 'new', 'old']);
  });

  it('finds meetings by any part of the title, ignoring case and accents', () => {
    expect(listMeetings(meetings, 'LEAD').map((m) => m.id)).toEqual(['a']);
    expect(listMeetings(meetings, 'uber').map((m) => m.id)).toEqual(['b']);
    expect(listMeetings(meetings, 'plan camp').map((m) => m.id)).toEqual(['c']);
    expect(listMeetings(meetings, 'nothing like this')).toEqual([]);
  });

  it('never finds a deleted meeting', () => {
    expect(listMeetings(meetings, 'deleted')).toEqual([]);
  });
});

describe('the groups of the Meetings list', () => {
  const today = '2026-12-05';
  const running = meeting({ id: 'run', status: 'running', date: '2026-12-05' });
  const soon = meeting({ id: 'soon', date: '2026-12-08' });
  const later = meeting({ id: 'later', date: '2027-02-01' });
  const todayPlanned = meeting({ id: 'today', date: '2026-12-05' });
  const held = meeting({ id: 'held', status: 'ended', date: '2026-12-01' });
  const missed = meeting({ id: 'missed', date: '2026-11-20' });

  it('puts running first, upcoming soonest first and past newest first', () => {
    const groups = groupMeetings(listMeetings([missed, soon, held, later, running, todayPlanned], ''), today);
    expect(groups.running.map((m) => m.id)).toEqual(['run']);
    expect(groups.upcoming.map((m) => m.id)).toEqual(['today', 'soon', 'later']);
    expect(groups.past.map((m) => m.id)).toEqual(['held', 'missed']);
  });

  it('says a planned meeting was not held only once its day is over', () => {
    expect(isPassedNotHeld(missed, today)).toBe(true);
    expect(isPassedNotHeld(todayPlanned, today)).toBe(false);
    expect(isPassedNotHeld(held, today)).toBe(false);
    expect(isPassedNotHeld({ ...running, date: '2026-12-01' }, today)).toBe(false);
  });
});
