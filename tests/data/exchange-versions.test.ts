// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
/**
 * Importing meeting files of both versions into a workspace: a version 1 file (frozen in
 * tests/unit/domain/fixtures) becomes a meeting without votes, answers, mirror rounds or extensions,
 * and exports again as version 2; a version 2 file brings them all, and restoring it over the
 * meeting here replaces an answer the same person gave under another id instead of failing on the
 * one-answer-per-round index.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportMeetingJson, parseExchange, type MeetingFile } from '../../renderer/domain/exchange/format';
import { ids, nth, sampleMeeting } from '../unit/domain/exchange-fixture';
import { testWorkspace, type TestWorkspace } from './fixtures';

const NOW = '2026-12-05T08:00:00.000Z';
const VERSION_1 = readFileSync(new URL('../unit/domain/fixtures/meeting-v1.json', import.meta.url), 'utf8');
const VERSION_2 = readFileSync(new URL('../unit/domain/fixtures/meeting-v2.json', import.meta.url), 'utf8');
const open: TestWorkspace[] = [];
function workspace(): TestWorkspace {
  const created = testWorkspace();
  open.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

function parsed(text: string): MeetingFile {
  const result = parseExchange(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('importing meeting files of versions 1, 2 and 3', () => {
  it('imports a version 1 file as a meeting with no votes, answers or mirror rounds, and exports it as the current version', async () => {
    const target = workspace();
    await target.exchange.importMeeting(parsed(VERSION_1), 'update');
    expect((await target.db.agendaItems.get(ids.item))?.extensions).toEqual([]);
    expect(await target.db.votes.count()).toBe(0);
    expect(await target.db.roundEntries.count()).toBe(0);
    expect(await target.db.mirrorRounds.count()).toBe(0);
    const again = JSON.parse(await target.exchange.exportMeeting(ids.meeting)) as Record<string, unknown>;
    expect(again).toMatchObject({ version: 3, votes: [], roundEntries: [], mirrorRounds: [] });
    expect(again.decisions).toEqual(
      (JSON.parse(VERSION_1) as MeetingFile).decisions.map((row) => ({ ...row, revisitIf: [] })),
    );
  });

  it('imports a version 2 file with every record, its decisions without "revisit if" conditions', async () => {
    const target = workspace();
    const file = JSON.parse(VERSION_2) as MeetingFile;
    await target.exchange.importMeeting(parsed(VERSION_2), 'update');
    expect(await target.db.decisions.orderBy('id').toArray()).toEqual(
      file.decisions.map((row) => ({ ...row, revisitIf: [] })),
    );
    expect(await target.db.votes.toArray()).toEqual(file.votes);
    expect(await target.db.mirrorRounds.toArray()).toEqual(file.mirrorRounds);
    const again = JSON.parse(await target.exchange.exportMeeting(ids.meeting)) as Record<string, unknown>;
    expect(again).toMatchObject({ version: 3 });
  });

  it('imports the votes, answers, mirror rounds and extensions of a version 2 file', async () => {
    const target = workspace();
    await target.exchange.importMeeting(parsed(exportMeetingJson(sampleMeeting(), NOW)), 'update');
    const sample = sampleMeeting();
    expect(await target.db.votes.toArray()).toEqual(sample.votes);
    expect(await target.db.roundEntries.orderBy('id').toArray()).toEqual(sample.roundEntries);
    expect(await target.db.mirrorRounds.toArray()).toEqual(sample.mirrorRounds);
    expect((await target.db.agendaItems.get(ids.item))?.extensions).toEqual(
      nth(sample.agendaItems).extensions,
    );
  });

  it('replaces an answer here by the same person to the same round when the file is restored over it', async () => {
    const target = workspace();
    const text = exportMeetingJson(sampleMeeting(), NOW);
    await target.exchange.importMeeting(parsed(text), 'update');
    const checkIn = nth(sampleMeeting().roundEntries);
    // Typed again here after the export: the same person's check-in under a new id.
    await target.db.roundEntries.delete(checkIn.id);
    await target.db.roundEntries.add({ ...checkIn, id: 'typed-here', word: 'tired' });
    const plan = await target.exchange.planImport(parsed(text), 'update');
    expect(plan.replacedRoundEntries).toEqual(['typed-here']);
    await target.exchange.importMeeting(parsed(text), 'update');
    expect(await target.db.roundEntries.get('typed-here')).toBeUndefined();
    expect((await target.db.roundEntries.get(checkIn.id))?.word).toBe('curious');
  });

  it('imports a copy of a version 2 file with its votes, answers and mirror rounds under new ids', async () => {
    const target = workspace();
    const text = exportMeetingJson(sampleMeeting(), NOW);
    await target.exchange.importMeeting(parsed(text), 'update');
    const outcome = await target.exchange.importMeeting(parsed(text), 'copy');
    const votes = await target.db.votes.where('meetingId').equals(outcome.meetingId).toArray();
    const copiedDecision = await target.db.decisions.where('meetingId').equals(outcome.meetingId).first();
    expect(votes).toHaveLength(1);
    expect(nth(votes).decisionId).toBe(copiedDecision?.id);
    expect(await target.db.roundEntries.where('meetingId').equals(outcome.meetingId).count()).toBe(2);
    expect(await target.db.mirrorRounds.where('meetingId').equals(outcome.meetingId).count()).toBe(1);
  });
});
