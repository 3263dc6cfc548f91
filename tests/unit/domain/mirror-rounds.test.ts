import { describe, expect, it } from 'vitest';
import {
  checkMirrorDraft,
  endMirrorRound,
  newMirrorRound,
  roundsOf,
} from '../../../renderer/domain/mirror-rounds';
import { projectedMirrorRound } from '../../../renderer/domain/projection';
import type { ConflictPoint, MirrorRound } from '../../../renderer/domain/types';

const at = { now: '2026-11-27T09:00:00.000Z', newId: () => 'r1' };
const point = (id: string, change: Partial<ConflictPoint> = {}) => ({
  id,
  statement: `Point ${id}`,
  private: false,
  ...change,
});

describe('mirror rounds', () => {
  it('starts empty on its subject and ends once', () => {
    const round = newMirrorRound('m1', { conflictPointId: 'c1' }, at);
    expect(round).toMatchObject({ conflictPointId: 'c1', marketingRestates: '', salesRestates: '' });
    expect(round.endedAt).toBeUndefined();
    const ended = endMirrorRound(round, '2026-11-27T09:10:00.000Z');
    expect(ended.endedAt).toBe('2026-11-27T09:10:00.000Z');
    expect(endMirrorRound(ended, '2026-11-27T09:20:00.000Z')).toBe(ended);
  });

  it('refuses a restatement over the limit and an unknown confirmation', () => {
    expect(
      checkMirrorDraft({ marketingRestates: ' ok ', salesRestates: '', salesConfirms: 'partly' }),
    ).toEqual({
      ok: true,
      value: { marketingRestates: 'ok', salesRestates: '', salesConfirms: 'partly' },
    });
    expect(
      checkMirrorDraft({
        marketingRestates: 'x'.repeat(1001),
        salesRestates: '',
        marketingConfirms: 'maybe' as 'yes',
      }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'marketingRestates', problem: 'too-long' },
        { field: 'marketingConfirms', problem: 'unknown' },
      ],
    });
  });

  it('finds the rounds of one subject', () => {
    const a = newMirrorRound('m1', { conflictPointId: 'c1' }, at);
    const b = { ...newMirrorRound('m1', { decisionId: 'd1' }, at), id: 'r2' };
    expect(roundsOf([a, b], { decisionId: 'd1' })).toEqual([b]);
  });
});

describe('the projected mirror round', () => {
  const running = (id: string, subject: Partial<MirrorRound>, startedAt: string): MirrorRound => ({
    ...newMirrorRound('m1', { conflictPointId: 'x' }, { now: startedAt, newId: () => id }),
    conflictPointId: undefined,
    ...subject,
    marketingRestates: 'You need leads that close',
    salesRestates: 'You need reach',
    salesConfirms: 'yes',
  });

  it('shows the latest running round on a public point, with no name', () => {
    const rounds = [running('r1', { conflictPointId: 'c1' }, '2026-11-27T09:00:00.000Z')];
    const shown = projectedMirrorRound(rounds, [point('c1', { raisedByPersonId: 'p-ana' })], []);
    expect(shown).toEqual({
      id: 'r1',
      subject: 'Point c1',
      marketingRestates: 'You need leads that close',
      salesRestates: 'You need reach',
      salesConfirms: 'yes',
    });
    expect(JSON.stringify(shown)).not.toContain('p-ana');
  });

  it('never shows a round on a private point, nor an ended round', () => {
    const rounds = [
      running('r1', { conflictPointId: 'c1' }, '2026-11-27T09:00:00.000Z'),
      {
        ...running('r2', { decisionId: 'd1' }, '2026-11-27T09:05:00.000Z'),
        endedAt: '2026-11-27T09:06:00.000Z',
      },
    ];
    const decisions = [{ id: 'd1', statement: 'Enterprise first' }];
    expect(projectedMirrorRound(rounds, [point('c1', { private: true })], decisions)).toBeUndefined();
    const decisionRound = [running('r3', { decisionId: 'd1' }, '2026-11-27T09:07:00.000Z')];
    expect(projectedMirrorRound(decisionRound, [], decisions)?.subject).toBe('Enterprise first');
  });
});
