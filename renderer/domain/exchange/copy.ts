/**
 * The pure halves of an import: giving a meeting fresh ids ("Import as a copy") and fitting its
 * decision numbers into the receiving workspace's register.
 *
 * A copy gives the meeting and every record that belongs to it (attendance, agenda, conflict
 * points, decisions, actions, knowledge, parking lot, speaker turns, votes, round answers, mirror
 * rounds, agreements and their reviews) a fresh id and rewrites every
 * link between them. People and definitions keep their ids: they are the workspace's shared
 * directory and glossary, not part of one meeting, and copying them would put every participant in
 * the directory twice. Links that point outside the file (see `references.ts`) stay as they are.
 */
import { DECISION_NUMBERS } from '../limits';
import type { Decision, Id } from '../types';
import type { MeetingRecords } from './write';

/** The same meeting with fresh ids for itself and its own records, every internal link rewritten. */
export function withFreshIds(records: MeetingRecords, newId: () => Id): MeetingRecords {
  const fresh = new Map<Id, Id>();
  const own = [
    records.meeting,
    ...records.attendance,
    ...records.agendaItems,
    ...records.conflictPoints,
    ...records.decisions,
    ...records.actionItems,
    ...records.knowledgeItems,
    ...records.parkingLot,
    ...records.speakerTurns,
    ...records.votes,
    ...records.roundEntries,
    ...records.mirrorRounds,
    ...records.ledgerEntries,
    ...records.ledgerReviews,
  ];
  for (const record of own) fresh.set(record.id, newId());
  return renameIds(records, fresh);
}

/**
 * The same meeting with the ids in `fresh` replaced, on its records and on every link to them;
 * ids not in `fresh` stay as they are.
 */
export function renameIds(records: MeetingRecords, fresh: ReadonlyMap<Id, Id>): MeetingRecords {
  const to = (id: Id) => fresh.get(id) ?? id;
  const opt = (id: Id | undefined) => (id === undefined ? undefined : to(id));
  const owned = <T extends { id: Id; meetingId: Id; carriedFromId?: Id }>(record: T): T =>
    withoutUndefined({
      ...record,
      id: to(record.id),
      meetingId: to(record.meetingId),
      carriedFromId: opt(record.carriedFromId),
    });
  const linked = <T extends { agendaItemId?: Id }>(record: T): T =>
    withoutUndefined({ ...record, agendaItemId: opt(record.agendaItemId) });

  return {
    meeting: withoutUndefined({
      ...records.meeting,
      id: to(records.meeting.id),
      activeAgendaItemId: opt(records.meeting.activeAgendaItemId),
    }),
    people: records.people,
    definitions: records.definitions,
    attendance: records.attendance.map(owned),
    speakerTurns: records.speakerTurns.map(owned),
    agendaItems: records.agendaItems.map(owned),
    parkingLot: records.parkingLot.map((point) => linked(owned(point))),
    conflictPoints: records.conflictPoints.map((point) =>
      withoutUndefined({
        ...linked(owned(point)),
        reframedAsId: opt(point.reframedAsId),
        reframedFromId: opt(point.reframedFromId),
        decisionId: opt(point.decisionId),
      }),
    ),
    decisions: records.decisions.map((decision) =>
      withoutUndefined({
        ...linked(owned(decision)),
        supersedesId: opt(decision.supersedesId),
        settlesConflictIds: decision.settlesConflictIds.map(to),
      }),
    ),
    actionItems: records.actionItems.map((item) =>
      withoutUndefined({ ...linked(owned(item)), decisionId: opt(item.decisionId) }),
    ),
    knowledgeItems: records.knowledgeItems.map((item) =>
      withoutUndefined({ ...linked(owned(item)), actionItemId: opt(item.actionItemId) }),
    ),
    votes: records.votes.map((vote) =>
      withoutUndefined({ ...linked(owned(vote)), decisionId: opt(vote.decisionId) }),
    ),
    roundEntries: records.roundEntries.map(owned),
    mirrorRounds: records.mirrorRounds.map((round) =>
      withoutUndefined({
        ...owned(round),
        conflictPointId: opt(round.conflictPointId),
        decisionId: opt(round.decisionId),
      }),
    ),
    ledgerEntries: records.ledgerEntries.map((entry) =>
      withoutUndefined({ ...owned(entry), seriesId: opt(entry.seriesId), decisionId: opt(entry.decisionId) }),
    ),
    ledgerReviews: records.ledgerReviews.map((review) => ({ ...owned(review), entryId: to(review.entryId) })),
  };
}

/** Optional fields stay absent rather than present-and-undefined, as stored records have them. */
function withoutUndefined<T extends object>(record: T): T {
  // Dropping keys whose value is undefined leaves a value of the same type: those keys are optional.
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** A decision whose register number was taken on this machine and was given the next free one. */
export interface Renumbering {
  decisionId: Id;
  from: number;
  to: number;
}

/**
 * Keeps each decision's number when the workspace has it free, otherwise gives it the next number
 * after the highest in use. `taken` holds the numbers of the workspace's *other* decisions. Every
 * number given stays inside `DECISION_NUMBERS`, so the register can be exported and imported again:
 * when the highest in use is the top of the range (a file may carry it), the lowest free number is
 * given instead.
 */
export function fitDecisionNumbers(
  decisions: readonly Decision[],
  taken: ReadonlySet<number>,
): { decisions: Decision[]; renumbered: Renumbering[] } {
  const used = new Set(taken);
  for (const decision of decisions) if (!taken.has(decision.number)) used.add(decision.number);
  let highest = 0;
  for (const number of used) highest = Math.max(highest, number);
  let next = highest + 1;
  let lowest = DECISION_NUMBERS.min;
  const free = (): number => {
    if (next <= DECISION_NUMBERS.max) return next++;
    while (used.has(lowest)) lowest++;
    used.add(lowest);
    return lowest;
  };
  const renumbered: Renumbering[] = [];
  const fitted = [...decisions]
    .sort((a, b) => a.number - b.number)
    .map((decision) => {
      if (!taken.has(decision.number)) return decision;
      const to = free();
      renumbered.push({ decisionId: decision.id, from: decision.number, to });
      return { ...decision, number: to };
    });
  return { decisions: fitted, renumbered };
}
