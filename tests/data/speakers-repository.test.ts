// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import { createWorkspace } from '../../renderer/data/workspace';
import { currentTurn, talkTimeByPerson, waitingQueue } from '../../renderer/domain/speakers';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

const turnsOf = () => workspace.db.speakerTurns.where('meetingId').equals('m1').toArray();

describe('speakers repository', () => {
  it('queues raised hands in order and refuses a second hand of the same person', async () => {
    workspace = testWorkspace();
    await workspace.speakers.raiseHand('m1', 'ana');
    workspace.advance(1);
    await workspace.speakers.raiseHand('m1', 'ben');
    expect(await workspace.speakers.raiseHand('m1', 'ana')).toBeUndefined();
    expect(waitingQueue(await turnsOf()).map((turn) => turn.personId)).toEqual(['ana', 'ben']);
  });

  it('takes speakers in order, ends turns, and sums talk time', async () => {
    workspace = testWorkspace();
    await workspace.speakers.raiseHand('m1', 'ana');
    await workspace.speakers.raiseHand('m1', 'ben');
    await workspace.speakers.next('m1');
    expect(currentTurn(await turnsOf())?.personId).toBe('ana');
    workspace.advance(3);
    await workspace.speakers.next('m1');
    expect(currentTurn(await turnsOf())?.personId).toBe('ben');
    workspace.advance(2);
    await workspace.speakers.stop('m1');
    const turns = await turnsOf();
    expect(currentTurn(turns)).toBeUndefined();
    expect(talkTimeByPerson(turns, '2030-01-01T00:00:00.000Z')).toEqual(
      new Map([
        ['ana', 180_000],
        ['ben', 120_000],
      ]),
    );
    // Once finished, a person may raise a hand again.
    expect(await workspace.speakers.raiseHand('m1', 'ana')).toBeDefined();
  });

  it('lowers a waiting hand softly and keeps turns of other meetings apart', async () => {
    workspace = testWorkspace();
    const turn = await workspace.speakers.raiseHand('m1', 'ana');
    if (!turn) throw new Error('raise failed');
    await workspace.speakers.raiseHand('m2', 'ben');
    await workspace.speakers.lowerHand(turn.id);
    expect(waitingQueue(await turnsOf())).toEqual([]);
    expect((await workspace.db.speakerTurns.get(turn.id))?.deletedAt).toBeDefined();
    await workspace.speakers.next('m1');
    expect(currentTurn(await turnsOf())).toBeUndefined();
  });

  it('finds the queue and the running turn again after the database is reopened', async () => {
    workspace = testWorkspace('speakers-reopen');
    await workspace.speakers.raiseHand('m1', 'ana');
    await workspace.speakers.raiseHand('m1', 'ben');
    await workspace.speakers.next('m1');
    await workspace.close();
    const reopened = createWorkspace(openDatabase('speakers-reopen'));
    const turns = await reopened.db.speakerTurns.where('meetingId').equals('m1').toArray();
    expect(currentTurn(turns)?.personId).toBe('ana');
    expect(waitingQueue(turns).map((entry) => entry.personId)).toEqual(['ben']);
    reopened.db.close();
  });
});
