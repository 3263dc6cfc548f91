/**
 * Cross-references inside a meeting file. Every record must belong to the file's meeting, ids are
 * unique per table, and links point to records in the file — except these, which may point outside
 * it (to the series, to earlier meetings, or to records the receiving machine may not have):
 * `meeting.seriesId`, `meeting.previousMeetingId`, `meeting.templateId`, every `carriedFromId`,
 * `decision.supersedesId`, `actionItem.decisionId` (a carried-over action keeps its decision),
 * `knowledgeItem.actionItemId`, `definition.agreedInMeetingId`, `ledgerEntry.seriesId` (its meeting's
 * series) and `ledgerReview.entryId` (a review of an agreement an earlier meeting of the series made). Department ids are names from the
 * workspace's department list and are not checked. A vote's counts name options it has (0–5 fingers
 * for a fist-of-five), and a person answers each round of a meeting once.
 */
import { LIMITS } from '../limits';
import type { Decision, Id, Party } from '../types';
import type { ExchangeError } from './errors';
import type { MeetingFile } from './schemas';

type Tables = Omit<MeetingFile, 'format' | 'version' | 'exportedAt'>;

function idSet(records: readonly { id: Id }[]): Set<Id> {
  return new Set(records.map((record) => record.id));
}

function partyPersons(parties: readonly Party[]): Id[] {
  return parties.flatMap((party) => (party.kind === 'person' ? [party.personId] : []));
}

/** The people a meeting's records name: participants, presenters, owners, RACI, speakers, answers. */
export function referencedPersonIds(file: Omit<Tables, 'meeting' | 'people' | 'definitions'>): Set<Id> {
  return new Set([
    ...file.attendance.map((row) => row.personId),
    ...file.agendaItems.flatMap((item) => item.presenterIds),
    ...file.conflictPoints.flatMap((point) => (point.raisedByPersonId ? [point.raisedByPersonId] : [])),
    ...file.decisions.flatMap((decision) => personsOfDecision(decision)),
    ...file.actionItems.flatMap((item) => (item.ownerPersonId ? [item.ownerPersonId] : [])),
    ...file.speakerTurns.map((turn) => turn.personId),
    ...file.agendaItems.flatMap((item) => item.extensions.flatMap((e) => e.askedByPersonId ?? [])),
    ...file.roundEntries.map((entry) => entry.personId),
    ...file.ledgerEntries.flatMap((entry) =>
      [entry.marketing.ownerPersonId ?? [], entry.sales.ownerPersonId ?? []].flat(),
    ),
  ]);
}

function personsOfDecision(decision: Decision): Id[] {
  return [
    ...(decision.accountablePersonId ? [decision.accountablePersonId] : []),
    ...partyPersons(decision.responsible),
    ...partyPersons(decision.consulted),
    ...partyPersons(decision.informed),
  ];
}

/** Checks the references of a schema-valid file; an empty list means it is consistent. */
export function checkReferences(file: Tables): ExchangeError[] {
  return [...checkMembership(file), ...checkUniqueness(file), ...checkLinks(file), ...checkVoteOptions(file)];
}

/** Every record belongs to the file's meeting. */
function checkMembership(file: Tables): ExchangeError[] {
  return TABLES_WITH_MEETING.flatMap((table) =>
    file[table].flatMap((record, index): ExchangeError[] =>
      record.meetingId === file.meeting.id
        ? []
        : [{ code: 'wrong-meeting', path: `${table}[${index}].meetingId`, detail: record.meetingId }],
    ),
  );
}

/** Ids are unique per table (and none reuses the meeting's); numbers and participants too. */
function checkUniqueness(file: Tables): ExchangeError[] {
  const errors: ExchangeError[] = [];
  for (const table of ALL_TABLES) {
    const shared = table === 'people' || table === 'definitions';
    const ids = file[table].map((record) => record.id);
    checkUnique(
      errors,
      shared ? ids : [file.meeting.id, ...ids],
      table,
      'id',
      'duplicate-id',
      shared ? 0 : 1,
    );
  }
  const numbers = file.decisions.map((decision) => String(decision.number));
  checkUnique(errors, numbers, 'decisions', 'number', 'duplicate-number');
  const participants = file.attendance.map((row) => row.personId);
  checkUnique(errors, participants, 'attendance', 'personId', 'duplicate-attendance');
  const answers = file.roundEntries.map((entry) => `${entry.kind} ${entry.personId}`);
  checkUnique(errors, answers, 'roundEntries', 'personId', 'duplicate-answer');
  const reviewed = file.ledgerReviews.map((review) => review.entryId);
  checkUnique(errors, reviewed, 'ledgerReviews', 'entryId', 'duplicate-answer');
  return errors;
}

/** Links that must point into the file do. */
function checkLinks(file: Tables): ExchangeError[] {
  const errors: ExchangeError[] = [];
  const ids = {
    people: idSet(file.people),
    agendaItems: idSet(file.agendaItems),
    conflictPoints: idSet(file.conflictPoints),
    decisions: idSet(file.decisions),
    definitions: idSet(file.definitions),
  };
  const expect = (set: Set<Id>, id: Id | undefined, path: string) => {
    if (id !== undefined && !set.has(id)) errors.push({ code: 'dangling-reference', path, detail: id });
  };
  expect(ids.agendaItems, file.meeting.activeAgendaItemId, 'meeting.activeAgendaItemId');
  file.meeting.definitionIds.forEach((id, i) => expect(ids.definitions, id, `meeting.definitionIds[${i}]`));
  file.attendance.forEach((row, i) => expect(ids.people, row.personId, `attendance[${i}].personId`));
  file.speakerTurns.forEach((turn, i) => expect(ids.people, turn.personId, `speakerTurns[${i}].personId`));
  file.agendaItems.forEach((item, i) =>
    item.presenterIds.forEach((id, j) => expect(ids.people, id, `agendaItems[${i}].presenterIds[${j}]`)),
  );
  file.conflictPoints.forEach((point, i) => {
    const at = `conflictPoints[${i}]`;
    expect(ids.agendaItems, point.agendaItemId, `${at}.agendaItemId`);
    expect(ids.people, point.raisedByPersonId, `${at}.raisedByPersonId`);
    expect(ids.conflictPoints, point.reframedAsId, `${at}.reframedAsId`);
    expect(ids.conflictPoints, point.reframedFromId, `${at}.reframedFromId`);
    expect(ids.decisions, point.decisionId, `${at}.decisionId`);
  });
  file.decisions.forEach((decision, i) => {
    const at = `decisions[${i}]`;
    expect(ids.agendaItems, decision.agendaItemId, `${at}.agendaItemId`);
    expect(ids.people, decision.accountablePersonId, `${at}.accountablePersonId`);
    for (const role of ['responsible', 'consulted', 'informed'] as const) {
      decision[role].forEach((party, j) => {
        if (party.kind === 'person') expect(ids.people, party.personId, `${at}.${role}[${j}].personId`);
      });
    }
    decision.settlesConflictIds.forEach((id, j) =>
      expect(ids.conflictPoints, id, `${at}.settlesConflictIds[${j}]`),
    );
  });
  file.actionItems.forEach((item, i) => {
    expect(ids.people, item.ownerPersonId, `actionItems[${i}].ownerPersonId`);
    expect(ids.agendaItems, item.agendaItemId, `actionItems[${i}].agendaItemId`);
  });
  file.knowledgeItems.forEach((item, i) =>
    expect(ids.agendaItems, item.agendaItemId, `knowledgeItems[${i}].agendaItemId`),
  );
  file.parkingLot.forEach((point, i) =>
    expect(ids.agendaItems, point.agendaItemId, `parkingLot[${i}].agendaItemId`),
  );
  file.agendaItems.forEach((item, i) =>
    item.extensions.forEach((extension, j) =>
      expect(ids.people, extension.askedByPersonId, `agendaItems[${i}].extensions[${j}].askedByPersonId`),
    ),
  );
  file.votes.forEach((vote, i) => {
    expect(ids.agendaItems, vote.agendaItemId, `votes[${i}].agendaItemId`);
    expect(ids.decisions, vote.decisionId, `votes[${i}].decisionId`);
  });
  file.roundEntries.forEach((entry, i) => expect(ids.people, entry.personId, `roundEntries[${i}].personId`));
  file.mirrorRounds.forEach((round, i) => {
    expect(ids.conflictPoints, round.conflictPointId, `mirrorRounds[${i}].conflictPointId`);
    expect(ids.decisions, round.decisionId, `mirrorRounds[${i}].decisionId`);
  });
  file.ledgerEntries.forEach((entry, i) => {
    expect(ids.decisions, entry.decisionId, `ledgerEntries[${i}].decisionId`);
    expect(ids.people, entry.marketing.ownerPersonId, `ledgerEntries[${i}].marketing.ownerPersonId`);
    expect(ids.people, entry.sales.ownerPersonId, `ledgerEntries[${i}].sales.ownerPersonId`);
  });
  return errors;
}

/** Fingers of a fist-of-five: none to five. */
const FIST_OF_FIVE_OPTIONS = 6;

/** Each vote has options fit for its kind, and counts only for options it has. */
function checkVoteOptions(file: Tables): ExchangeError[] {
  return file.votes.flatMap((vote, i): ExchangeError[] => {
    const fist = vote.kind === 'fist-of-five';
    const optionCount = fist ? FIST_OF_FIVE_OPTIONS : vote.options.length;
    const optionsFit = fist ? vote.options.length === 0 : optionCount >= LIMITS.vote.options.min;
    const errors: ExchangeError[] = optionsFit
      ? []
      : [{ code: 'invalid-vote-option', path: `votes[${i}].options` }];
    vote.counts.forEach((count, j) => {
      if (count.option >= optionCount) {
        errors.push({
          code: 'invalid-vote-option',
          path: `votes[${i}].counts[${j}].option`,
          detail: String(count.option),
        });
      }
    });
    return errors;
  });
}

/** Reports each repeated value; `offset` skips leading values that are not rows of the table. */
function checkUnique(
  errors: ExchangeError[],
  values: readonly string[],
  table: string,
  field: string,
  code: 'duplicate-id' | 'duplicate-number' | 'duplicate-attendance' | 'duplicate-answer',
  offset = 0,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) errors.push({ code, path: `${table}[${index - offset}].${field}`, detail: value });
    seen.add(value);
  });
}

/** The tables whose records belong to one meeting. */
export const TABLES_WITH_MEETING = [
  'attendance',
  'agendaItems',
  'conflictPoints',
  'decisions',
  'actionItems',
  'knowledgeItems',
  'parkingLot',
  'speakerTurns',
  'votes',
  'roundEntries',
  'mirrorRounds',
  'ledgerEntries',
  'ledgerReviews',
] as const;
const ALL_TABLES = [...TABLES_WITH_MEETING, 'people', 'definitions'] as const;
