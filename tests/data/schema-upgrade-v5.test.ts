/**
 * Upgrade from schema version 4 to 5 over real rows: a database written by version 4 exactly as it
 * shipped (tests/data/shipped-stores.ts) holds agenda items of two meetings, run and not run, live
 * and deleted, and other records. After the upgrade every item has an empty list of timer
 * extensions and is otherwise unchanged, every other row is unchanged, and the new tables of votes,
 * rounds and mirror rounds take rows (a second check-in of the same person is refused).
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema';
import type { AgendaItem, RoundEntry } from '../../renderer/domain/types';
import { V1_STORES, V2_STORES, V3_STORES, V4_STORES } from './shipped-stores';

const T = '2026-12-05T09:00:00.000Z';

/** 40 agenda items as version 4 stored them: no `extensions`. */
function itemsOfVersion4(): Omit<AgendaItem, 'extensions'>[] {
  return Array.from({ length: 40 }, (_, index) => ({
    id: `a${String(index).padStart(2, '0')}`,
    createdAt: T,
    updatedAt: T,
    meetingId: index < 30 ? 'm1' : 'm2',
    position: index,
    title: `Item ${index}`,
    description: '',
    kind: 'discussion',
    presenterIds: [],
    timeboxMinutes: 10 + index,
    status: index < 5 ? 'done' : index === 5 ? 'active' : 'pending',
    spans: index <= 5 ? [{ start: T, ...(index < 5 ? { end: T } : {}) }] : [],
    notes: `Notes ${index}`,
    ...(index % 9 === 0 ? { deletedAt: T } : {}),
  }));
}

async function writeVersion4(name: string, items: readonly object[]): Promise<void> {
  const v4 = new Dexie(name);
  v4.version(1).stores(V1_STORES);
  v4.version(2).stores(V2_STORES);
  v4.version(3).stores(V3_STORES);
  v4.version(4).stores(V4_STORES);
  await v4.open();
  await v4.table('agendaItems').bulkAdd(items);
  await v4.table('meetings').add({ id: 'm1', title: 'Quarterly joint strategy', status: 'running' });
  await v4.table('parkingLot').add({ id: 'p1', meetingId: 'm1', text: 'Pricing', status: 'open' });
  v4.close();
}

describe('upgrading the database from version 4 to version 5', () => {
  it('gives every agenda item an empty list of extensions and keeps every other field and row', async () => {
    const items = itemsOfVersion4();
    const name = `upgrade-v5-${Math.random().toString(36).slice(2)}`;
    await writeVersion4(name, items);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.agendaItems.toArray()).toEqual(items.map((item) => ({ ...item, extensions: [] })));
    expect(await db.meetings.toArray()).toEqual([
      { id: 'm1', title: 'Quarterly joint strategy', status: 'running' },
    ]);
    expect(await db.parkingLot.toArray()).toEqual([
      { id: 'p1', meetingId: 'm1', text: 'Pricing', status: 'open' },
    ]);
    db.close();
  });

  it('stores votes, rounds and mirror rounds after the upgrade, one check-in per person', async () => {
    const name = `upgrade-v5-tables-${Math.random().toString(36).slice(2)}`;
    await writeVersion4(name, itemsOfVersion4());
    const db = openDatabase(name);
    await db.open();
    const meta = { createdAt: T, updatedAt: T, meetingId: 'm1' };
    await db.votes.add({
      ...meta,
      id: 'v1',
      question: 'Which launch date?',
      kind: 'options',
      options: ['March', 'April'],
      counts: [{ option: 0, departmentId: 'sales', count: 4 }],
      openedAt: T,
    });
    await db.mirrorRounds.add({ ...meta, id: 'r1', marketingRestates: '', salesRestates: '', startedAt: T });
    const checkIn: RoundEntry = {
      ...meta,
      id: 'e1',
      kind: 'check-in',
      personId: 'p1',
      departmentId: 'sales',
      mood: 4,
    };
    await db.roundEntries.add(checkIn);
    await expect(db.roundEntries.add({ ...checkIn, id: 'e2' })).rejects.toThrow();
    await db.roundEntries.add({ ...checkIn, id: 'e3', kind: 'check-out', worthTime: 5, heard: 4 });
    expect(await db.votes.where({ meetingId: 'm1' }).count()).toBe(1);
    expect(await db.mirrorRounds.where({ meetingId: 'm1' }).count()).toBe(1);
    expect(await db.roundEntries.where({ meetingId: 'm1' }).count()).toBe(2);
    db.close();
  });
});
