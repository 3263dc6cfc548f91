import { describe, expect, it } from 'vitest';
import {
  checkRoundAnswer,
  fittingRound,
  roundSummary,
  upsertRoundEntry,
} from '../../../renderer/domain/rounds';
import type { RoundEntry } from '../../../renderer/domain/types';

const T = '2026-11-27T09:00:00.000Z';
const entry = (id: string, change: Partial<RoundEntry>): RoundEntry => ({
  id,
  createdAt: T,
  updatedAt: T,
  meetingId: 'm1',
  kind: 'check-in',
  personId: id,
  departmentId: 'marketing',
  ...change,
});

describe('round answers', () => {
  it('takes a trimmed word and whole ratings 1–5, leaving blank fields out', () => {
    expect(checkRoundAnswer('check-in', { word: '  curious  ', mood: 4 })).toEqual({
      ok: true,
      value: { word: 'curious', mood: 4 },
    });
    expect(checkRoundAnswer('check-in', { word: '   ' })).toEqual({ ok: true, value: {} });
    expect(checkRoundAnswer('check-out', { worthTime: 5, heard: 1 })).toEqual({
      ok: true,
      value: { worthTime: 5, heard: 1 },
    });
  });

  it('refuses a rating outside 1–5 or not whole, and a word over the limit', () => {
    for (const mood of [0, 6, 2.5, Number.NaN])
      expect(checkRoundAnswer('check-in', { mood })).toEqual({
        ok: false,
        errors: [{ field: 'mood', problem: 'out-of-range' }],
      });
    expect(checkRoundAnswer('check-in', { word: 'x'.repeat(61) })).toEqual({
      ok: false,
      errors: [{ field: 'word', problem: 'too-long' }],
    });
  });

  it('ignores fields that do not belong to the round', () => {
    expect(checkRoundAnswer('check-out', { word: 'tired', mood: 9, heard: 3 })).toEqual({
      ok: true,
      value: { heard: 3 },
    });
  });

  it('replaces an earlier answer and keeps the department it was given in', () => {
    const first = entry('p1', { word: 'calm', mood: 3 });
    const next = upsertRoundEntry(
      first,
      { meetingId: 'm1', kind: 'check-in', personId: 'p1', departmentId: 'sales' },
      { mood: 5 },
      { now: '2026-11-27T09:05:00.000Z', newId: () => 'unused' },
    );
    expect(next).toEqual({
      id: 'p1',
      createdAt: T,
      updatedAt: '2026-11-27T09:05:00.000Z',
      meetingId: 'm1',
      kind: 'check-in',
      personId: 'p1',
      departmentId: 'marketing',
      mood: 5,
    });
  });
});

describe('the round summary', () => {
  it('averages per department to one decimal, lists words and counts who answered', () => {
    const entries = [
      entry('a', { word: 'curious', mood: 4 }),
      entry('b', { mood: 3 }),
      entry('c', { departmentId: 'sales', word: 'sceptical', mood: 2 }),
      entry('d', { departmentId: 'sales' }),
      entry('e', { kind: 'check-out', worthTime: 4, heard: 5 }),
    ];
    expect(roundSummary(entries, 'check-in', ['sales', 'marketing'])).toEqual([
      { departmentId: 'sales', answered: 1, words: ['sceptical'], mood: 2 },
      { departmentId: 'marketing', answered: 2, words: ['curious'], mood: 3.5 },
    ]);
    expect(roundSummary(entries, 'check-out')).toEqual([
      { departmentId: 'marketing', answered: 1, words: [], worthTime: 4, heard: 5 },
    ]);
  });

  it('fits check-in before and early in the meeting, check-out late and after', () => {
    const items = (done: number, pending: number) => [
      ...Array.from({ length: done }, () => ({ status: 'done' as const })),
      ...Array.from({ length: pending }, () => ({ status: 'pending' as const })),
    ];
    expect(fittingRound('planned', items(0, 4))).toBe('check-in');
    expect(fittingRound('running', items(1, 3))).toBe('check-in');
    expect(fittingRound('running', items(2, 2))).toBe('check-out');
    expect(fittingRound('ended', items(0, 4))).toBe('check-out');
  });
});
