/**
 * Guards the stored schema: a shipped version must never change, and every table of the domain
 * has a store. When this fails because you changed a store, add a new version instead.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema';

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

describe('the database schema', () => {
  it('still has version 1 exactly as it shipped', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: SHIPPED_V1 });
  });

  it('has version 2 exactly as it shipped, adding only the speaker turns', () => {
    expect(SCHEMA_VERSIONS[1]).toEqual({ version: 2, stores: SHIPPED_V2 });
  });

  it('numbers its versions in increasing order', () => {
    const numbers = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('opens with a store for every record type of the domain', async () => {
    const db = openDatabase(`schema-${Math.random()}`);
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [...Object.keys(SHIPPED_V1), ...Object.keys(SHIPPED_V2)].sort(),
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
      createdAt: 't',
      updatedAt: 't',
    };
    await db.decisions.add({ ...base, id: 'd1', number: 1 });
    await expect(db.decisions.add({ ...base, id: 'd2', number: 1 })).rejects.toThrow();
    expect(await db.decisions.count()).toBe(1);
    db.close();
  });
});
