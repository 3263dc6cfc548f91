/**
 * Every version of the IndexedDB schema, in one place. A version that has shipped is never edited:
 * a change adds a new entry with its upgrade function and a test that opens a database of the
 * previous version holding real rows (see tests/data). Booleans are not valid IndexedDB keys, so
 * flags such as `archived` or `private` are never indexed.
 */

import type { Transaction } from 'dexie';
import { talliesOf, TALLIES } from './middleware/conflict-tally';
import type { AgendaItem, ConflictPoint, Decision } from '../domain/types';

/** Table name → Dexie index spec (primary key first). */
export type StoreSpec = Record<string, string>;

export interface SchemaVersion {
  version: number;
  stores: StoreSpec;
  /** Fills what the version adds from the rows already stored, in the upgrade's transaction. */
  upgrade?: (transaction: Transaction) => Promise<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
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
    },
  },
  {
    // Adds the speaker queue: one row per raised hand, started and ended as the turn runs.
    version: 2,
    stores: {
      speakerTurns: 'id, meetingId, personId, [meetingId+start]',
    },
  },
  {
    // Lets the conflict log read only what it shows: the newest points of an item in order, and the
    // level balance as index counts. A compound key with a missing part is not indexed, so
    // [meetingId+deletedAt] holds exactly the deleted points, which the counts then leave out.
    version: 3,
    stores: {
      conflictPoints:
        'id, meetingId, agendaItemId, [meetingId+createdAt], status, level, carriedFromId, ' +
        '[agendaItemId+createdAt], [meetingId+level+status], [agendaItemId+level+status], [meetingId+deletedAt]',
    },
  },
  {
    // The conflict balance as a tally kept with every write (conflict-tally.ts): one row per meeting
    // and per agenda item with its live points by level, so the balance is read by key, not counted.
    version: 4,
    stores: { [TALLIES]: 'key' },
    upgrade: async (transaction) => {
      const points = (await transaction.table('conflictPoints').toArray()) as ConflictPoint[];
      await transaction.table(TALLIES).bulkPut(talliesOf(points));
    },
  },
  {
    // The facilitation tools of the live cockpit: quick votes, check-in/check-out rounds and mirror
    // rounds get tables of their own; an agenda item keeps the time added to it while it ran.
    version: 5,
    stores: {
      votes: 'id, meetingId, decisionId',
      roundEntries: 'id, meetingId, &[meetingId+kind+personId]',
      mirrorRounds: 'id, meetingId, conflictPointId, decisionId',
    },
    upgrade: (transaction) =>
      transaction
        .table('agendaItems')
        .toCollection()
        .modify((item: Partial<AgendaItem>) => {
          item.extensions ??= [];
        }),
  },
  {
    // Follow-through between meetings (issue 17): give-and-get agreements and their reviews, the
    // answers of organisation units to decisions that name them, and two-number checks. Decisions
    // gain their "revisit if" conditions (an empty list for every stored decision).
    version: 6,
    stores: {
      ledgerEntries: 'id, meetingId, seriesId, decisionId, status',
      ledgerReviews: 'id, entryId, meetingId, &[entryId+meetingId]',
      cascadeResponses: 'id, decisionId, unit, meetingId, dueDate, &[decisionId+unit]',
      figureChecks: 'id, meetingId, knowledgeItemId, conflictPointId',
    },
    upgrade: (transaction) =>
      transaction
        .table('decisions')
        .toCollection()
        .modify((decision: Partial<Decision>) => {
          decision.revisitIf ??= [];
        }),
  },
];

/** The name of the workspace database in the app's origin. */
export const DATABASE_NAME = 'tandem';
