import { describe, expect, it } from 'vitest';
import {
  currentTurn,
  formatTalkTime,
  isQueuedOrSpeaking,
  raiseHand,
  speakingBalance,
  stopSpeaker,
  takeNextSpeaker,
  talkTimeByDepartment,
  talkTimeByPerson,
  turnDuration,
  waitingQueue,
} from '../../../renderer/domain/speakers';
import type { SpeakerTurn } from '../../../renderer/domain/types';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 27, 9, minute, second)).toISOString();

function hand(id: string, personId: string, minute: number): SpeakerTurn {
  return raiseHand('m1', personId, { now: at(minute), newId: () => id });
}

const departments: Record<string, string> = {
  ana: 'sales',
  ben: 'marketing',
  cleo: 'marketing',
  dev: 'product',
};
const departmentOf = (id: string) => departments[id];

describe('the speaker queue', () => {
  it('keeps raised hands in the order they were raised', () => {
    const turns = [hand('t2', 'ben', 2), hand('t1', 'ana', 1), hand('t3', 'cleo', 3)];
    expect(waitingQueue(turns).map((turn) => turn.personId)).toEqual(['ana', 'ben', 'cleo']);
    expect(currentTurn(turns)).toBeUndefined();
  });

  it('takes the first waiting hand, ending the current turn at the same moment', () => {
    const first = takeNextSpeaker([hand('t1', 'ana', 1), hand('t2', 'ben', 2)], at(5));
    expect(first.ended).toBeUndefined();
    expect(first.started).toMatchObject({ id: 't1', start: at(5), updatedAt: at(5) });

    if (!first.started) throw new Error('nobody started');
    const turns = [first.started, hand('t2', 'ben', 2)];
    expect(currentTurn(turns)?.personId).toBe('ana');
    const second = takeNextSpeaker(turns, at(7));
    expect(second.ended).toMatchObject({ id: 't1', start: at(5), end: at(7) });
    expect(second.started).toMatchObject({ id: 't2', start: at(7) });
  });

  it('stops the current speaker and does nothing when nobody speaks', () => {
    const speaking = { ...hand('t1', 'ana', 1), start: at(2) };
    expect(stopSpeaker([speaking], at(4))).toEqual({ ...speaking, end: at(4), updatedAt: at(4) });
    expect(stopSpeaker([hand('t2', 'ben', 1)], at(4))).toBeUndefined();
  });

  it('knows who already waits or speaks, but not who has finished or lowered a hand', () => {
    const turns = [
      hand('t1', 'ana', 1),
      { ...hand('t2', 'ben', 1), start: at(2) },
      { ...hand('t3', 'cleo', 1), start: at(2), end: at(3) },
      { ...hand('t4', 'dev', 1), deletedAt: at(2) },
    ];
    expect(['ana', 'ben', 'cleo', 'dev'].map((id) => isQueuedOrSpeaking(turns, id))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('talk time', () => {
  const turns: SpeakerTurn[] = [
    { ...hand('t1', 'ana', 0), start: at(1), end: at(3, 30) }, // 2:30 Sales
    { ...hand('t2', 'ben', 0), start: at(4), end: at(5) }, // 1:00 Marketing
    { ...hand('t3', 'ana', 0), start: at(6), end: at(7) }, // 1:00 Sales
    { ...hand('t4', 'cleo', 0), start: at(8) }, // running: 2:10 at 9:10:10
    { ...hand('t5', 'dev', 0), start: at(1), end: at(2) }, // 1:00 Product
    hand('t6', 'ben', 9), // waiting: nothing yet
    { ...hand('t7', 'ben', 0), start: at(1), end: at(9), deletedAt: at(9) }, // deleted: never counted
  ];
  const now = at(10, 10);

  it('counts a running turn up to now and a waiting one as nothing', () => {
    const [, , , running, , waiting] = turns;
    if (!running || !waiting) throw new Error('fixture turns missing');
    expect(turnDuration(running, now)).toBe(130_000);
    expect(turnDuration(waiting, now)).toBe(0);
  });

  it('sums per person', () => {
    expect(talkTimeByPerson(turns, now)).toEqual(
      new Map([
        ['ana', 210_000],
        ['ben', 60_000],
        ['cleo', 130_000],
        ['dev', 60_000],
      ]),
    );
  });

  it('sums per department and compares Marketing with Sales', () => {
    const byDepartment = talkTimeByDepartment(turns, departmentOf, now);
    expect(byDepartment).toEqual(
      new Map([
        ['sales', 210_000],
        ['marketing', 190_000],
        ['product', 60_000],
      ]),
    );
    expect(speakingBalance(byDepartment)).toEqual({
      marketingMs: 190_000,
      salesMs: 210_000,
      marketingShare: 190_000 / 400_000,
    });
  });

  it('has no share while neither side has spoken', () => {
    expect(speakingBalance(new Map([['product', 5000]]))).toEqual({
      marketingMs: 0,
      salesMs: 0,
      marketingShare: undefined,
    });
  });

  it('reads like a clock', () => {
    expect(formatTalkTime(0)).toBe('00:00');
    expect(formatTalkTime(750_999)).toBe('12:30');
    expect(formatTalkTime(490_000)).toBe('08:10');
    expect(formatTalkTime(3_725_000)).toBe('1:02:05');
  });
});
