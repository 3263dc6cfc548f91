/**
 * Upgrade from schema version 3 to 4 over real rows: a database written by version 3 exactly as it
 * shipped (tests/data/shipped-stores.ts) holds conflict points of two meetings, live and deleted, on
 * both levels and in every status. After the upgrade every row is unchanged and the new tallies give
 * the balance the domain counts over every point; later writes keep them right.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readConflictBalances } from '../../renderer/data/queries/conflicts';
import { openDatabase } from '../../renderer/data/database';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema';
import { balance } from '../../renderer/domain/conflicts';
import type { ConflictPoint, ConflictStatus } from '../../renderer/domain/types';
import { V1_STORES, V2_STORES, V3_STORES } from './shipped-stores';

const BASE = Date.parse('2026-11-30T09:00:00.000Z');
const STATUSES: ConflictStatus[] = ['open', 'resolved', 'parked', 'escalated', 'reframed'];
const ITEMS = ['a1', 'a2', 'b1'];

/** 300 points: meeting m1 (items a1, a2, none) and m2 (item b1), every 7th deleted. */
function points(): ConflictPoint[] {
  return Array.from({ length: 300 }, (_, index) => {
    const at = new Date(BASE + index * 1000).toISOString();
    const inM1 = index < 240;
    const point: ConflictPoint = {
      id: `c${String(index).padStart(3, '0')}`,
      createdAt: at,
      updatedAt: at,
      meetingId: inM1 ? 'm1' : 'm2',
      statement: `Point ${index}`,
      level: index % 3 === 0 ? 'relationship' : 'content',
      positionMarketing: '',
      positionSales: '',
      status: STATUSES[index % STATUSES.length] ?? 'open',
      resolution: '',
      private: index % 5 === 0,
    };
    if (!inM1) point.agendaItemId = 'b1';
    else if (index % 4 !== 3) point.agendaItemId = index % 2 === 0 ? 'a1' : 'a2';
    if (index % 7 === 0) point.deletedAt = at;
    return point;
  });
}

async function writeVersion3(name: string, rows: ConflictPoint[]): Promise<void> {
  const v3 = new Dexie(name);
  v3.version(1).stores(V1_STORES);
  v3.version(2).stores(V2_STORES);
  v3.version(3).stores(V3_STORES);
  await v3.open();
  await v3.table('conflictPoints').bulkAdd(rows);
  await v3.table('meetings').add({ id: 'm1', title: 'Quarterly joint strategy' });
  v3.close();
}

async function expectBalances(db: ReturnType<typeof openDatabase>, rows: readonly ConflictPoint[]) {
  for (const meetingId of ['m1', 'm2']) {
    const ofMeeting = rows.filter((row) => row.meetingId === meetingId);
    expect((await readConflictBalances(db, meetingId, undefined)).meeting, meetingId).toEqual(
      balance(ofMeeting),
    );
    // An item's tally counts its points; item ids are unique to their meeting.
    for (const item of ITEMS) {
      expect((await readConflictBalances(db, meetingId, item)).item, item).toEqual(balance(rows, item));
    }
  }
}

describe('upgrading the database from version 3 to version 4', () => {
  it('keeps every row and counts the tallies of the stored points', async () => {
    const rows = points();
    const name = `upgrade-v4-${Math.random().toString(36).slice(2)}`;
    await writeVersion3(name, rows);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.conflictPoints.toArray()).toEqual(rows);
    expect(await db.meetings.toArray()).toEqual([{ id: 'm1', title: 'Quarterly joint strategy' }]);
    // One tally per meeting and per agenda item.
    expect((await db.conflictTallies.toCollection().primaryKeys()).sort()).toEqual([
      'item:a1',
      'item:a2',
      'item:b1',
      'meeting:m1',
      'meeting:m2',
    ]);
    await expectBalances(db, rows);
    db.close();
  });

  it('keeps the tallies right for writes after the upgrade', async () => {
    const rows = points();
    const name = `upgrade-v4-writes-${Math.random().toString(36).slice(2)}`;
    await writeVersion3(name, rows);
    const db = openDatabase(name);
    await db.open();
    const first = rows[1];
    if (!first) throw new Error('no rows');
    await db.conflictPoints.put({ ...first, level: 'relationship', status: 'open' });
    await db.conflictPoints.delete('c002');
    await db.conflictPoints.add({ ...first, id: 'c-new', agendaItemId: 'a2' });
    await expectBalances(db, await db.conflictPoints.toArray());
    db.close();
  });
});
