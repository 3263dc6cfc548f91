/**
 * Version 3 adds indexes to the conflict points so the conflict log reads only what it shows. This
 * opens a database written by version 2 holding real rows (points of two meetings and items, of
 * both levels, open and settled, deleted and not, with and without an item), through the app's
 * `openDatabase`, and checks that every row came through unchanged, is found through every index of
 * version 2 and through the new ones, and that the log's page and balance read through them agree
 * with the domain's own count over all points.
 */
import Dexie, { type IndexableType } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase, type TandemDatabase } from '../../renderer/data/database';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema';
import { readConflictBalances, readConflictLog } from '../../renderer/data/queries/conflicts';
import { balance, visibleConflicts } from '../../renderer/domain/conflicts';
import type { ConflictPoint, ConflictStatus, SpeakerTurn } from '../../renderer/domain/types';
import { V1_STORES, V2_STORES } from './shipped-stores';

const BASE = Date.parse('2026-11-27T09:00:00.000Z');
const STATUSES: ConflictStatus[] = ['open', 'resolved', 'parked', 'escalated', 'reframed'];

/** 260 points of meeting m1 (items a1, a2 and none) and 20 of meeting m2, varied in every indexed field. */
function points(): ConflictPoint[] {
  return Array.from({ length: 280 }, (_, index) => {
    const at = new Date(BASE + index * 1000).toISOString();
    const point: ConflictPoint = {
      id: `c${String(index).padStart(3, '0')}`,
      createdAt: at,
      updatedAt: at,
      meetingId: index < 260 ? 'm1' : 'm2',
      statement: `Point ${index}`,
      level: index % 3 === 0 ? 'relationship' : 'content',
      positionMarketing: '',
      positionSales: '',
      status: STATUSES[index % STATUSES.length] ?? 'open',
      resolution: '',
      private: index % 7 === 0,
    };
    if (index < 260 && index % 5 !== 4) point.agendaItemId = index % 2 === 0 ? 'a1' : 'a2';
    if (index >= 260) point.agendaItemId = 'b1';
    if (index % 11 === 0) point.deletedAt = at;
    if (index % 13 === 0) point.carriedFromId = 'c-earlier';
    if (index % 4 === 0) point.category = point.level === 'content' ? 'goals' : 'trust';
    return point;
  });
}

const T = new Date(BASE).toISOString();
const turn: SpeakerTurn = {
  id: 's1',
  createdAt: T,
  updatedAt: T,
  meetingId: 'm1',
  personId: 'p1',
  raisedAt: T,
};

async function writeVersion2(name: string, rows: ConflictPoint[]) {
  const v2 = new Dexie(name);
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores(V2_STORES);
  await v2.open();
  await v2.table('conflictPoints').bulkAdd(rows);
  await v2.table('speakerTurns').add(turn);
  v2.close();
}

async function upgraded(label: string): Promise<{ db: TandemDatabase; rows: ConflictPoint[] }> {
  const rows = points();
  const name = `upgrade-v3-${label}-${Math.random().toString(36).slice(2)}`;
  await writeVersion2(name, rows);
  const db = openDatabase(name);
  await db.open();
  return { db, rows };
}

describe('upgrading the database from version 2 to version 3', () => {
  it('keeps every row unchanged and finds each through every index, old and new', async () => {
    const { db, rows } = await upgraded('rows');
    // Opened by the app, the database goes on to the newest version.
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.conflictPoints.toArray()).toEqual(rows);
    expect(await db.speakerTurns.toArray()).toEqual([turn]);
    const indexes = [
      'meetingId',
      'agendaItemId',
      '[meetingId+createdAt]',
      'status',
      'level',
      'carriedFromId',
      '[agendaItemId+createdAt]',
      '[meetingId+level+status]',
      '[agendaItemId+level+status]',
      '[meetingId+deletedAt]',
    ];
    for (const row of rows as unknown as Record<string, unknown>[]) {
      for (const index of indexes) {
        const paths = index.replace(/^\[|\]$/g, '').split('+');
        const values = paths.map((path) => row[path]);
        const key = (paths.length > 1 ? values : values[0]) as IndexableType;
        const found = values.some((value) => value === undefined)
          ? []
          : await db.conflictPoints.where(index).equals(key).primaryKeys();
        // A key with a missing part is not indexed: the deleted-points index holds exactly the deleted.
        if (values.some((value) => value === undefined)) continue;
        expect(found, `${String(row.id)} in ${index}`).toContain(row.id);
      }
    }
    const deleted = await db.conflictPoints
      .where('[meetingId+deletedAt]')
      .between(['m1', Dexie.minKey], ['m1', Dexie.maxKey])
      .primaryKeys();
    expect(deleted.sort()).toEqual(
      rows.filter((row) => row.meetingId === 'm1' && row.deletedAt !== undefined).map((row) => row.id),
    );
    db.close();
  });

  it('reads the same balance through index counts as the domain counts over every point', async () => {
    const { db, rows } = await upgraded('balance');
    const m1 = rows.filter((row) => row.meetingId === 'm1');
    for (const item of ['a1', 'a2', undefined]) {
      const balances = await readConflictBalances(db, 'm1', item);
      expect(balances.meeting).toEqual(balance(m1));
      expect(balances.item).toEqual(item === undefined ? undefined : balance(m1, item));
    }
    expect((await readConflictBalances(db, 'm2', 'b1')).meeting).toEqual(
      balance(rows.filter((row) => row.meetingId === 'm2')),
    );
    db.close();
  });

  it('reads a page of the log newest first, as the domain orders every live point', async () => {
    const { db, rows } = await upgraded('log');
    const m1 = rows.filter((row) => row.meetingId === 'm1');
    expect(await readConflictLog(db, 'm1', undefined, 200)).toEqual(visibleConflicts(m1).slice(0, 200));
    expect(await readConflictLog(db, 'm1', undefined, 400)).toEqual(visibleConflicts(m1));
    expect(await readConflictLog(db, 'm1', 'a1', 50)).toEqual(visibleConflicts(m1, 'a1').slice(0, 50));
    expect(await readConflictLog(db, 'm1', 'a2', 400)).toEqual(visibleConflicts(m1, 'a2'));
    expect(await readConflictLog(db, 'm1', 'b1', 400)).toEqual([]);
    db.close();
  });
});
