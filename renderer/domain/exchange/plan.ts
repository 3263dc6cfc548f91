/**
 * Planning an import, purely: which of the file's records are added and which update records of the
 * same meeting here, which ids are taken by another meeting and get new ones, which links leave the
 * file and are left out, which decision numbers move, and which people and definitions differ from
 * the ones here. The data layer reads what the plan needs (`LocalView`), plans and applies the plan
 * in one transaction; the import dialog shows the same plan before anything is written.
 *
 * The rules:
 * - An import creates or updates only records of the meeting it imports. A record id that belongs
 *   to another meeting here is a conflict: the file's record gets a new id (its links rewritten) and
 *   the plan says so; the other meeting's record is never moved or rewritten.
 * - A link may point into the file or to people and definitions. A link that leaves the file
 *   (`supersedesId`, `carriedFromId`, an action's decision, a question's action, the previous
 *   meeting, the series) is kept only where the record here already has the same link, as when a
 *   backup of this meeting is restored; otherwise it is left out, and the plan says so.
 * - People and definitions are shared by every meeting: a missing one is added; one that differs is
 *   listed and changes only when the user takes the file's version, never when the file's version
 *   is older. Times are compared as instants, so `…:07Z` is older than `…:07.465Z`.
 * - A copy gives every record a fresh id, a title that says it is a copy, and decisions that are no
 *   longer decided (proposed again, nothing superseded), so the register never holds a binding
 *   decision twice.
 */
import type { Attendance, Decision, Definition, Id, Meeting, Person, RoundEntry } from '../types';
import { fitDecisionNumbers, renameIds, withFreshIds, type Renumbering } from './copy';
import { TABLES_WITH_MEETING } from './references';
import { compareShared, type SharedDifference, type SharedPlan } from './shared-records';
import type { MeetingRecords } from './write';

/** 'update' writes the meeting under its own id (restore in place); 'copy' under fresh ids. */
export type ImportMode = 'copy' | 'update';

/** The tables whose records belong to one meeting. */
export const OWN_TABLES = TABLES_WITH_MEETING;
export type OwnTable = (typeof OWN_TABLES)[number];

type OwnRecords = Pick<MeetingRecords, OwnTable>;
type OwnRecord = { id: Id; meetingId: Id };

/** What the workspace holds that an import of one file meets. */
export interface LocalView {
  /** The stored meeting with the file's meeting id, deleted or not. */
  meeting?: Meeting;
  /** Stored records (of any meeting) with the ids of the file's own records, per table. */
  records: OwnRecords;
  /** Stored people and definitions with the ids the file has. */
  people: readonly Person[];
  definitions: readonly Definition[];
  /** Every stored decision's id, meeting and number. */
  decisions: readonly Pick<Decision, 'id' | 'meetingId' | 'number'>[];
  /** The stored attendance of the file's meeting. */
  attendance: readonly Attendance[];
  /** The stored check-in and check-out answers of the file's meeting. */
  roundEntries: readonly RoundEntry[];
  /** Stored live agreements among those the file's reviews name (a review may name an earlier meeting's). */
  ledgerEntryIds: ReadonlySet<Id>;
  /** The ids of every stored record of the file's meeting, all tables. */
  meetingRecordIds: ReadonlySet<Id>;
}

/** A record the plan mentions by a label the user can recognise. */
export interface RecordNote {
  table: OwnTable | 'meeting';
  id: Id;
  label: string;
}

export type { SharedDifference };

export interface ImportPlan extends SharedPlan {
  mode: ImportMode;
  /** The id the meeting is written under. */
  meetingId: Id;
  /** The meeting here with the file's id (update only). */
  existing?: { title: string; deleted: boolean };
  /** The meeting's own records as they will be written (people and definitions aside). */
  records: Omit<MeetingRecords, 'people' | 'definitions'>;
  /** How many of the meeting's records (meeting included) are added, updated, or stay as they are here. */
  added: number;
  updated: number;
  keptHere: number;
  /** Records whose id belongs to another meeting here, imported under a new id. */
  remapped: RecordNote[];
  /** Records whose links out of the file are left out. */
  linksDropped: RecordNote[];
  renumbered: Renumbering[];
  /** Decisions of a copy that are proposed again instead of decided (or superseded). */
  undecided: number;
  /** Attendance rows here of the same meeting and person under another id, replaced by the file's. */
  replacedAttendance: Id[];
  /** Answers here to the same round by the same person under another id, replaced by the file's. */
  replacedRoundEntries: Id[];
}

export interface PlanOptions {
  newId: () => Id;
  /** The title of a copy, e.g. "Q1 (copy)" in the user's language. */
  copyTitle: (title: string) => string;
}

/** Plans importing `file` into the workspace `local` describes; nothing is written. */
export function planImport(
  file: MeetingRecords,
  local: LocalView,
  mode: ImportMode,
  options: PlanOptions,
): ImportPlan {
  const meetingId = file.meeting.id;
  const renamed = mode === 'copy' ? asCopy(file, options) : withOwnIds(file, local, options.newId);
  const here = mode === 'copy' ? emptyHere() : storedOfMeeting(local, meetingId);
  const existing = mode === 'update' ? local.meeting : undefined;
  const linked = keepOwnLinks(renamed.records, here, existing);
  const updatedIds = new Set(OWN_TABLES.flatMap((table) => linked.records[table].map((r) => r.id)));
  const taken = new Set(
    local.decisions.filter((d) => !(here.decisions.has(d.id) && updatedIds.has(d.id))).map((d) => d.number),
  );
  const fitted = fitDecisionNumbers(linked.records.decisions, taken);
  const reviews = reviewsWithTheirAgreement(linked.records, mode, local);
  linked.dropped.push(...reviews.dropped);
  const records = { ...linked.records, decisions: fitted.decisions, ledgerReviews: reviews.kept };
  const updated = OWN_TABLES.flatMap((table) => records[table].filter((r) => here[table].has(r.id)));
  const count = OWN_TABLES.reduce((sum, table) => sum + records[table].length, 1);
  const replacedAttendance = mode === 'update' ? replaced(records.attendance, local.attendance) : [];
  const replacedRoundEntries =
    mode === 'update' ? replacedAnswers(records.roundEntries, local.roundEntries) : [];
  const replacedHere = new Set([...replacedAttendance, ...replacedRoundEntries]);
  const people = compareShared(file.people, local.people);
  const definitions = compareShared(file.definitions, local.definitions);
  return {
    mode,
    meetingId: records.meeting.id,
    ...(existing && { existing: { title: existing.title, deleted: existing.deletedAt !== undefined } }),
    records,
    added: count - updated.length - (existing ? 1 : 0),
    updated: updated.length + (existing ? 1 : 0),
    keptHere: existing
      ? [...local.meetingRecordIds].filter((id) => !updatedIds.has(id) && !replacedHere.has(id)).length
      : 0,
    remapped: renamed.remapped.map((note) => labelled(note, records, file.people)),
    linksDropped: linked.dropped.map((note) => labelled(note, records, file.people)),
    renumbered: fitted.renumbered,
    undecided: renamed.undecided,
    newPeople: people.added,
    newDefinitions: definitions.added,
    differing: [
      ...people.differing.map((d) => ({ kind: 'person' as const, ...d })),
      ...definitions.differing.map((d) => ({ kind: 'definition' as const, ...d })),
    ],
    replacedAttendance,
    replacedRoundEntries,
  };
}

/**
 * A review travels with the meeting that recorded it; its agreement may be one an earlier meeting of
 * the series made, outside the file. Such a review is kept only when that agreement is here and the
 * meeting keeps its ids (update); a copy, or a workspace without the agreement, leaves it out (the
 * plan says so), so no review ever points at nothing or at the original's agreement.
 */
function reviewsWithTheirAgreement(records: MeetingRecords, mode: ImportMode, local: LocalView) {
  const inFile = new Set(records.ledgerEntries.map((entry) => entry.id));
  const kept = records.ledgerReviews.filter(
    (review) => inFile.has(review.entryId) || (mode === 'update' && local.ledgerEntryIds.has(review.entryId)),
  );
  const dropped: RecordNote[] = records.ledgerReviews
    .filter((review) => !kept.includes(review))
    .map((review) => ({ table: 'ledgerReviews', id: review.id, label: '' }));
  return { kept, dropped };
}

/** True when the plan has something the user should see before it is applied. */
export function needsReview(plan: ImportPlan): boolean {
  return (
    plan.existing !== undefined ||
    plan.remapped.length > 0 ||
    plan.linksDropped.length > 0 ||
    plan.differing.length > 0
  );
}

interface Renamed {
  records: MeetingRecords;
  remapped: RecordNote[];
  undecided: number;
}

/** The file under its own ids, except records whose id another meeting here holds. */
function withOwnIds(file: MeetingRecords, local: LocalView, newId: () => Id): Renamed {
  const fresh = new Map<Id, Id>();
  const remapped: RecordNote[] = [];
  for (const table of OWN_TABLES) {
    const owners = new Map(local.records[table].map((r: OwnRecord) => [r.id, r.meetingId]));
    for (const record of file[table]) {
      const owner = owners.get(record.id);
      if (owner === undefined || owner === file.meeting.id) continue;
      const to = newId();
      fresh.set(record.id, to);
      remapped.push({ table, id: to, label: '' });
    }
  }
  return { records: fresh.size === 0 ? file : renameIds(file, fresh), remapped, undecided: 0 };
}

/** A copy: fresh ids, a title that says so, and no decision binding a second time. */
function asCopy(file: MeetingRecords, options: PlanOptions): Renamed {
  const copy = withFreshIds(file, options.newId);
  let undecided = 0;
  const decisions = copy.decisions.map((decision) => {
    const { supersedesId: _dropped, ...rest } = decision;
    if (decision.status !== 'decided' && decision.status !== 'superseded') return rest;
    undecided++;
    return { ...rest, status: 'proposed' as const };
  });
  const meeting = { ...copy.meeting, title: options.copyTitle(file.meeting.title) };
  return { records: { ...copy, meeting, decisions }, remapped: [], undecided };
}

type Here = { [T in OwnTable]: ReadonlyMap<Id, MeetingRecords[T][number]> };

function emptyHere(): Here {
  return Object.fromEntries(OWN_TABLES.map((table) => [table, new Map()])) as unknown as Here;
}

/** The stored records of the meeting itself, by id, per table. */
function storedOfMeeting(local: LocalView, meetingId: Id): Here {
  // Each entry keeps the record type of its table; Object.fromEntries loses the pairing.
  return Object.fromEntries(
    OWN_TABLES.map((table) => [
      table,
      new Map(
        (local.records[table] as readonly OwnRecord[])
          .filter((r) => r.meetingId === meetingId)
          .map((r) => [r.id, r]),
      ),
    ]),
  ) as unknown as Here;
}

/**
 * Leaves out every link that points outside the file unless the same record here already has it.
 * Which links may leave a file is listed in references.ts.
 */
function keepOwnLinks(
  records: MeetingRecords,
  here: Here,
  meetingHere: Meeting | undefined,
): { records: MeetingRecords; dropped: RecordNote[] } {
  const dropped: RecordNote[] = [];
  const inFile = {
    decisions: new Set(records.decisions.map((r) => r.id)),
    actionItems: new Set(records.actionItems.map((r) => r.id)),
  };
  function prune<T extends { id: Id }>(
    table: OwnTable | 'meeting',
    record: T,
    stored: T | undefined,
    fields: readonly (keyof T & string)[],
    inside: (field: keyof T & string, value: Id) => boolean,
  ): T {
    let result = record;
    for (const field of fields) {
      const value = record[field];
      if (typeof value !== 'string' || inside(field, value) || stored?.[field] === value) continue;
      const { [field]: _left, ...rest } = result;
      // Leaving out an optional field keeps the record's type.
      result = rest as T;
      if (!dropped.some((note) => note.id === record.id)) dropped.push({ table, id: record.id, label: '' });
    }
    return result;
  }
  const carried = <T extends { id: Id; carriedFromId?: Id }>(
    table: OwnTable,
    rows: T[],
    stored: ReadonlyMap<Id, T>,
  ) => rows.map((row) => prune(table, row, stored.get(row.id), ['carriedFromId'], () => false));
  const meeting = prune(
    'meeting',
    records.meeting,
    meetingHere,
    ['previousMeetingId', 'seriesId'],
    () => false,
  );
  const seriesId = meeting.seriesId ?? meeting.id;
  return {
    records: {
      ...records,
      meeting,
      // An agreement belongs to its meeting's series, whatever the file said.
      ledgerEntries: records.ledgerEntries.map((entry) => ({ ...entry, seriesId })),
      agendaItems: carried('agendaItems', records.agendaItems, here.agendaItems),
      conflictPoints: carried('conflictPoints', records.conflictPoints, here.conflictPoints),
      parkingLot: carried('parkingLot', records.parkingLot, here.parkingLot),
      decisions: records.decisions.map((row) =>
        prune('decisions', row, here.decisions.get(row.id), ['supersedesId'], (_, id) =>
          inFile.decisions.has(id),
        ),
      ),
      actionItems: records.actionItems.map((row) =>
        prune(
          'actionItems',
          row,
          here.actionItems.get(row.id),
          ['decisionId', 'carriedFromId'],
          (field, id) => (field === 'decisionId' ? inFile.decisions.has(id) : false),
        ),
      ),
      knowledgeItems: records.knowledgeItems.map((row) =>
        prune(
          'knowledgeItems',
          row,
          here.knowledgeItems.get(row.id),
          ['actionItemId', 'carriedFromId'],
          (field, id) => (field === 'actionItemId' ? inFile.actionItems.has(id) : false),
        ),
      ),
    },
    dropped,
  };
}

/** Attendance here of the same person under another id: the unique index allows only one. */
function replaced(incoming: readonly Attendance[], stored: readonly Attendance[]): Id[] {
  const byPerson = new Map(incoming.map((row) => [row.personId, row.id]));
  return stored
    .filter((row) => byPerson.has(row.personId) && byPerson.get(row.personId) !== row.id)
    .map((row) => row.id);
}

/** Answers here by the same person to the same round under another id: the unique index allows only one. */
function replacedAnswers(incoming: readonly RoundEntry[], stored: readonly RoundEntry[]): Id[] {
  const key = (entry: RoundEntry) => `${entry.kind} ${entry.personId}`;
  const byAnswer = new Map(incoming.map((entry) => [key(entry), entry.id]));
  return stored
    .filter((entry) => byAnswer.has(key(entry)) && byAnswer.get(key(entry)) !== entry.id)
    .map((entry) => entry.id);
}

const MAX_LABEL = 80;

/** A note with the label of its record as written: "D-4 Split the budget", a title, a name. */
function labelled(
  note: RecordNote,
  records: Omit<MeetingRecords, 'people' | 'definitions'>,
  people: readonly Person[],
): RecordNote {
  const name = (personId: Id) => people.find((person) => person.id === personId)?.name ?? personId;
  const find = <T extends { id: Id }>(rows: readonly T[]) => rows.find((row) => row.id === note.id);
  const label = ((): string => {
    switch (note.table) {
      case 'meeting':
        return records.meeting.title;
      case 'attendance': {
        const row = find(records.attendance);
        return row ? name(row.personId) : '';
      }
      case 'speakerTurns': {
        const row = find(records.speakerTurns);
        return row ? name(row.personId) : '';
      }
      case 'decisions': {
        const row = find(records.decisions);
        return row ? `D-${row.number} ${row.statement}` : '';
      }
      case 'agendaItems':
        return find(records.agendaItems)?.title ?? '';
      case 'conflictPoints':
        return find(records.conflictPoints)?.statement ?? '';
      case 'actionItems':
        return find(records.actionItems)?.what ?? '';
      case 'knowledgeItems':
        return find(records.knowledgeItems)?.text ?? '';
      case 'parkingLot':
        return find(records.parkingLot)?.text ?? '';
      case 'votes':
        return find(records.votes)?.question ?? '';
      case 'roundEntries': {
        const row = find(records.roundEntries);
        return row ? name(row.personId) : '';
      }
      case 'ledgerEntries':
        return find(records.ledgerEntries)?.title ?? '';
      case 'ledgerReviews': {
        const review = find(records.ledgerReviews);
        return records.ledgerEntries.find((entry) => entry.id === review?.entryId)?.title ?? '';
      }
      case 'mirrorRounds': {
        const round = find(records.mirrorRounds);
        const point = records.conflictPoints.find((p) => p.id === round?.conflictPointId);
        const decision = records.decisions.find((d) => d.id === round?.decisionId);
        return point?.statement ?? (decision ? `D-${decision.number} ${decision.statement}` : '');
      }
    }
  })();
  return { ...note, label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label };
}
