/**
 * The IndexedDB stores of earlier schema versions exactly as they shipped, frozen here so the upgrade
 * tests open a real old database without depending on the app's current list (renderer/data/schema.ts).
 */

/** Version 1. */
export const V1_STORES = {
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

/** What version 2 added to version 1. */
export const V2_STORES = { speakerTurns: 'id, meetingId, personId, [meetingId+start]' };

/** What version 3 changed: indexes for reading only what the conflict log shows. */
export const V3_STORES = {
  conflictPoints:
    'id, meetingId, agendaItemId, [meetingId+createdAt], status, level, carriedFromId, ' +
    '[agendaItemId+createdAt], [meetingId+level+status], [agendaItemId+level+status], [meetingId+deletedAt]',
};

/** What version 4 added: the conflict tallies. */
export const V4_STORES = { conflictTallies: 'key' };

/** What version 5 added: votes, rounds and mirror rounds. */
export const V5_STORES = {
  votes: 'id, meetingId, decisionId',
  roundEntries: 'id, meetingId, &[meetingId+kind+personId]',
  mirrorRounds: 'id, meetingId, conflictPointId, decisionId',
};
