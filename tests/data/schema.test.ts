/**
 * Guards the stored schema: a shipped version must never change, and every table of the domain
 * has a store. When this fails because you changed a store, add a new version instead.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase, type TandemDatabase } from '../../renderer/data/database';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema';
import { V5_STORES } from './shipped-stores';

/** Version 1 as it shipped. Never edit this copy. */
const SHIPPED_V1 = {
  people: 'id, name, departmentId, orgUnit',
  meetings: 'id, [date+startTime], seriesId, status, updatedAt',
  attendance: 'id, meetingId, personId, &[meetingId+personId]',
  agendaItems: 'id, meetingId, [meetingId+position], carriedFromId',
  conflictPoints: 'id, meetingId, agendaItemId, [meetingId+createdAt], status, level, carriedFromId',
  decisions: 'id, meetingId, &number, status, accountablePersonId, supersedesId, dueDate',
  actionItems: 'id, meetingId, ownerPersonId, status, dueDate, decisionId, carriedFromId',
  knowledgeItems: 'id, meetingId, agendaItemId, kind, status, carriedFromId',
  parkingLot: 'id, meetingId, status, carriedFromId',
  definitions: 'id, term',
  templates: 'id, language, name',
  settings: 'key',
};

/** Version 2 as it shipped: the speaker queue. Never edit this copy. */
const SHIPPED_V2 = {
  speakerTurns: 'id, meetingId, personId, [meetingId+start]',
};

/** Version 3 as it shipped: indexes for reading only what the conflict log shows. Never edit this copy. */
const SHIPPED_V3 = {
  conflictPoints:
    'id, meetingId, agendaItemId, [meetingId+createdAt], status, level, carriedFromId, ' +
    '[agendaItemId+createdAt], [meetingId+level+status], [agendaItemId+level+status], [meetingId+deletedAt]',
};

/**
 * What IndexedDB really holds at the newest version: every object store with its key path and its
 * indexes (`&` unique, `*` multi-entry), read from the database, not from our declarations. When the
 * schema changes, this snapshot fails until a new version is added to SCHEMA_VERSIONS and the
 * snapshot moves to it, with an upgrade test of its own.
 */
const STORED = {
  version: 6,
  stores: {
    actionItems: 'id | carriedFromId, decisionId, dueDate, meetingId, ownerPersonId, status',
    agendaItems: 'id | carriedFromId, meetingId, meetingId+position',
    attendance: 'id | &meetingId+personId, meetingId, personId',
    conflictTallies: 'key | ',
    conflictPoints:
      'id | agendaItemId, agendaItemId+createdAt, agendaItemId+level+status, carriedFromId, level, ' +
      'meetingId, meetingId+createdAt, meetingId+deletedAt, meetingId+level+status, status',
    cascadeResponses: 'id | &decisionId+unit, decisionId, dueDate, meetingId, unit',
    decisions: 'id | &number, accountablePersonId, dueDate, meetingId, status, supersedesId',
    definitions: 'id | term',
    figureChecks: 'id | conflictPointId, knowledgeItemId, meetingId',
    knowledgeItems: 'id | agendaItemId, carriedFromId, kind, meetingId, status',
    ledgerEntries: 'id | decisionId, meetingId, seriesId, status',
    ledgerReviews: 'id | &entryId+meetingId, entryId, meetingId',
    meetings: 'id | date+startTime, seriesId, status, updatedAt',
    mirrorRounds: 'id | conflictPointId, decisionId, meetingId',
    parkingLot: 'id | carriedFromId, meetingId, status',
    people: 'id | departmentId, name, orgUnit',
    roundEntries: 'id | &meetingId+kind+personId, meetingId',
    settings: 'key | ',
    speakerTurns: 'id | meetingId, meetingId+start, personId',
    templates: 'id | language, name',
    votes: 'id | decisionId, meetingId',
  },
};

/** Each object store of an open database as `keyPath | index, index…`, indexes by key path. */
async function storedSchema(
  db: TandemDatabase,
): Promise<{ version: number; stores: Record<string, string> }> {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames];
  const transaction = idb.transaction(names, 'readonly');
  const keyPath = (path: string | string[]) => (Array.isArray(path) ? path.join('+') : path);
  const stores = Object.fromEntries(
    names.map((name) => {
      const store = transaction.objectStore(name);
      const indexes = [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return `${index.unique ? '&' : ''}${index.multiEntry ? '*' : ''}${keyPath(index.keyPath)}`;
      });
      return [name, `${keyPath(store.keyPath ?? '')} | ${indexes.sort().join(', ')}`];
    }),
  );
  // Dexie stores version n as IndexedDB version n × 10.
  return { version: idb.version / 10, stores };
}

describe('the database schema', () => {
  it('is in IndexedDB exactly as the snapshot of the newest version says', async () => {
    const db = openDatabase(`stored-${Math.random()}`);
    await db.open();
    expect(await storedSchema(db)).toEqual(STORED);
    expect(SCHEMA_VERSIONS.at(-1)?.version).toBe(STORED.version);
    db.close();
  });

  it('only ever adds: no version deletes a table or drops an index of an earlier one', () => {
    const seen = new Map<string, string[]>();
    for (const { stores } of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(stores)) {
        expect(spec, table).not.toBeNull();
        const indexes = spec.split(',').map((index) => index.trim());
        for (const earlier of seen.get(table) ?? []) expect(indexes, table).toContain(earlier);
        seen.set(table, indexes);
      }
    }
  });

  it('still has version 1 exactly as it shipped', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: SHIPPED_V1 });
  });

  it('has version 2 exactly as it shipped, adding only the speaker turns', () => {
    expect(SCHEMA_VERSIONS[1]).toEqual({ version: 2, stores: SHIPPED_V2 });
  });

  it('has version 3 exactly as it shipped, adding only indexes of the conflict points', () => {
    expect(SCHEMA_VERSIONS[2]).toEqual({ version: 3, stores: SHIPPED_V3 });
  });

  it('has version 4 adding only the conflict tallies, filled from the stored points on upgrade', () => {
    expect(SCHEMA_VERSIONS[3]).toMatchObject({ version: 4, stores: { conflictTallies: 'key' } });
    expect(Object.keys(SCHEMA_VERSIONS[3]?.stores ?? {})).toEqual(['conflictTallies']);
    expect(SCHEMA_VERSIONS[3]?.upgrade).toBeTypeOf('function');
  });

  it('has version 5 adding only the tables of votes, rounds and mirror rounds, with an upgrade of the agenda', () => {
    expect(Object.keys(SCHEMA_VERSIONS[4]?.stores ?? {})).toEqual(['votes', 'roundEntries', 'mirrorRounds']);
    expect(SCHEMA_VERSIONS[4]?.upgrade).toBeTypeOf('function');
  });

  it('has version 5 exactly as it shipped: votes, rounds and mirror rounds', () => {
    expect(SCHEMA_VERSIONS[4]?.stores).toEqual(V5_STORES);
  });

  it('has version 6 adding only the tables of follow-through, with an upgrade of the decisions', () => {
    expect(Object.keys(SCHEMA_VERSIONS[5]?.stores ?? {})).toEqual([
      'ledgerEntries',
      'ledgerReviews',
      'cascadeResponses',
      'figureChecks',
    ]);
    expect(SCHEMA_VERSIONS[5]?.upgrade).toBeTypeOf('function');
  });

  it('numbers its versions in increasing order', () => {
    const numbers = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('opens with a store for every record type of the domain, and the conflict tallies', async () => {
    const db = openDatabase(`schema-${Math.random()}`);
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        ...Object.keys(SHIPPED_V1),
        ...Object.keys(SHIPPED_V2),
        'conflictTallies',
        'votes',
        'roundEntries',
        'mirrorRounds',
        'ledgerEntries',
        'ledgerReviews',
        'cascadeResponses',
        'figureChecks',
      ].sort(),
    );
    db.close();
  });

  it('refuses a second decision with the same register number', async () => {
    const db = openDatabase(`numbers-${Math.random()}`);
    const base = {
      meetingId: 'm',
      statement: 's',
      rationale: '',
      alternatives: '',
      method: 'consensus' as const,
      responsible: [],
      consulted: [],
      informed: [],
      scope: [],
      status: 'proposed' as const,
      settlesConflictIds: [],
      revisitIf: [],
      createdAt: 't',
      updatedAt: 't',
    };
    await db.decisions.add({ ...base, id: 'd1', number: 1 });
    await expect(db.decisions.add({ ...base, id: 'd2', number: 1 })).rejects.toThrow();
    expect(await db.decisions.count()).toBe(1);
    db.close();
  });
});
