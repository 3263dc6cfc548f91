/**
 * Upgrade from schema version 5 to 6 over real rows: a database written by version 5 exactly as it
 * shipped (tests/data/shipped-stores.ts) holds decisions of two meetings, live and deleted, decided,
 * proposed and superseded, and other records. After the upgrade every decision has an empty list of
 * "revisit if" conditions and is otherwise unchanged, every other row is unchanged, and the new
 * tables of follow-through (ledger entries and reviews, cascade responses, two-number checks) take
 * rows, one review per agreement and meeting and one response per decision and unit.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema';
import type { Decision } from '../../renderer/domain/types';
import { V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_STORES } from './shipped-stores';

const T = '2026-12-06T09:00:00.000Z';
const STATUSES = ['decided', 'proposed', 'superseded', 'revoked'] as const;

/** 30 decisions as version 5 stored them: no `revisitIf`. */
function decisionsOfVersion5(): Omit<Decision, 'revisitIf'>[] {
  return Array.from({ length: 30 }, (_, index) => ({
    id: `d${String(index).padStart(2, '0')}`,
    createdAt: T,
    updatedAt: T,
    meetingId: index < 20 ? 'm1' : 'm2',
    number: index + 1,
    statement: `Decision ${index}`,
    rationale: index % 2 === 0 ? 'Because the data says so' : '',
    alternatives: '',
    method: 'consensus',
    ...(index % 3 === 0 ? { accountablePersonId: 'p1' } : {}),
    responsible: [{ kind: 'department', departmentId: 'marketing' }],
    consulted: [],
    informed: [],
    scope: index % 4 === 0 ? ['Sales Iberia', 'Sales Nordics'] : [],
    ...(index % 5 === 0 ? { reviewDate: '2027-03-01' } : {}),
    status: STATUSES[index % STATUSES.length] ?? 'decided',
    settlesConflictIds: [],
    ...(index % 7 === 0 ? { deletedAt: T } : {}),
  }));
}

async function writeVersion5(name: string, decisions: readonly object[]): Promise<void> {
  const v5 = new Dexie(name);
  v5.version(1).stores(V1_STORES);
  v5.version(2).stores(V2_STORES);
  v5.version(3).stores(V3_STORES);
  v5.version(4).stores(V4_STORES);
  v5.version(5).stores(V5_STORES);
  await v5.open();
  await v5.table('decisions').bulkAdd(decisions);
  await v5.table('meetings').add({ id: 'm1', title: 'Quarterly joint strategy', status: 'ended' });
  await v5.table('votes').add({ id: 'v1', meetingId: 'm1', question: 'Which date?', decisionId: 'd01' });
  v5.close();
}

async function upgraded(tag: string) {
  const name = `upgrade-v6-${tag}-${Math.random().toString(36).slice(2)}`;
  const decisions = decisionsOfVersion5();
  await writeVersion5(name, decisions);
  const db = openDatabase(name);
  await db.open();
  return { db, decisions };
}

describe('upgrading the database from version 5 to version 6', () => {
  it('gives every decision an empty list of conditions and keeps every other field and row', async () => {
    const { db, decisions } = await upgraded('rows');
    try {
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
      expect(await db.decisions.toArray()).toEqual(decisions.map((row) => ({ ...row, revisitIf: [] })));
      expect(await db.meetings.toArray()).toEqual([
        { id: 'm1', title: 'Quarterly joint strategy', status: 'ended' },
      ]);
      expect(await db.votes.toArray()).toEqual([
        { id: 'v1', meetingId: 'm1', question: 'Which date?', decisionId: 'd01' },
      ]);
      // The indexes of version 5 still find the rows.
      expect(await db.decisions.where('number').equals(13).primaryKeys()).toEqual(['d12']);
      expect(await db.votes.where('decisionId').equals('d01').primaryKeys()).toEqual(['v1']);
    } finally {
      db.close();
    }
  });

  it('stores the follow-through records, one review per agreement and meeting, one answer per unit', async () => {
    const { db } = await upgraded('tables');
    try {
      const meta = { createdAt: T, updatedAt: T };
      const side = { gives: 'Leads with score ≥ 60', measure: 'leads a month', target: 300, unit: 'leads' };
      await db.ledgerEntries.add({
        ...meta,
        id: 'l1',
        meetingId: 'm1',
        seriesId: 's1',
        decisionId: 'd00',
        title: 'Leads for follow-up',
        marketing: side,
        sales: { gives: 'Follow-up of each lead', measure: 'hours to first call', target: 48, unit: 'h' },
        period: 'a month',
        startDate: '2026-12-07',
        status: 'active',
      });
      const review = { marketing: { verdict: 'kept' as const, note: '', figure: 310 }, sales: { note: '' } };
      await db.ledgerReviews.add({ ...meta, id: 'r1', entryId: 'l1', meetingId: 'm2', ...review });
      await expect(
        db.ledgerReviews.add({ ...meta, id: 'r2', entryId: 'l1', meetingId: 'm2', ...review }),
      ).rejects.toThrow();
      await db.cascadeResponses.add({
        ...meta,
        id: 'c1',
        decisionId: 'd00',
        unit: 'Sales Iberia',
        explanation: '',
      });
      await expect(
        db.cascadeResponses.add({
          ...meta,
          id: 'c2',
          decisionId: 'd00',
          unit: 'Sales Iberia',
          explanation: '',
        }),
      ).rejects.toThrow();
      const claim = { value: 1200, unit: 'leads', source: 'CRM', definition: 'Score ≥ 60' };
      await db.figureChecks.add({
        ...meta,
        id: 'f1',
        meetingId: 'm2',
        subject: 'Qualified leads in Q3',
        marketing: claim,
        sales: { ...claim, value: 800, definition: 'Accepted by sales' },
      });
      expect(await db.ledgerEntries.where('seriesId').equals('s1').primaryKeys()).toEqual(['l1']);
      expect(await db.ledgerReviews.where('meetingId').equals('m2').primaryKeys()).toEqual(['r1']);
      expect(await db.cascadeResponses.where('decisionId').equals('d00').primaryKeys()).toEqual(['c1']);
      expect(await db.figureChecks.where('meetingId').equals('m2').primaryKeys()).toEqual(['f1']);
    } finally {
      db.close();
    }
  });
});
