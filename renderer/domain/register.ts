/**
 * The cross-meeting register: every decision and action item of the workspace, joined once with
 * its meeting, its owner and the decisions it is linked to, so that filtering (register-filter.ts)
 * is a cheap scan of prepared entries. Each entry carries the export row of `export/rows.ts`, so
 * the CSV and ICS of the filtered view are made from exactly what the screen shows.
 *
 * The owner of a decision is its accountable owner; of an action item, its owner. An entry's
 * department and organisation unit are those of that owner (a person's department and unit).
 * An action item's scope is the scope of the decision it carries out, when it has one.
 *
 * An open action item carried over to the next meeting of a series is a copy there, while the
 * original stays as it was. The register lists each task once: the latest copy, where its status
 * is kept from then on; an item that was carried on is left out.
 */
import { formatNumber } from './decisions';
import { actionRow, decisionRow, type ActionItemRow, type DecisionRegisterRow } from './export/rows';
import { foldForSearch } from './text';
import type {
  ActionItem,
  CalendarDate,
  CascadeResponse,
  Decision,
  DepartmentId,
  Id,
  Meeting,
  Party,
  Person,
} from './types';

/** The stored records the register is built from; soft-deleted ones already left out. */
export interface RegisterRecords {
  decisions: readonly Decision[];
  actions: readonly ActionItem[];
  meetings: readonly Meeting[];
  people: readonly Person[];
  /** The units' responses to decisions (cascade, issue 17); live ones. */
  cascadeResponses?: readonly CascadeResponse[];
}

/** A decision linked from another: its id and register number. */
export interface DecisionLink {
  id: Id;
  number: number;
}

/** What filters look at, shared by decisions and action items. */
interface EntryFacts {
  meetingId: Id;
  meetingDate: CalendarDate;
  ownerId?: Id;
  departmentId?: DepartmentId;
  orgUnit?: string;
  /** Regions or units; empty means global; `undefined` when the entry has no scope (an unlinked action). */
  scope?: readonly string[];
  /** Case- and accent-folded text that the search looks in. */
  search: string;
}

export interface DecisionEntry extends EntryFacts {
  row: DecisionRegisterRow;
  /** The decision that superseded this one. */
  successor?: DecisionLink;
  /** The decision this one supersedes. */
  predecessor?: DecisionLink;
  /** The responses of the units its scope asks (domain/cascade.ts), by unit. */
  cascade: readonly CascadeResponse[];
}

export interface ActionEntry extends EntryFacts {
  row: ActionItemRow;
  decisionId?: Id;
}

export interface Register {
  /** Newest first (highest number first). */
  decisions: DecisionEntry[];
  /** Soonest due first; items without a due date last; then by meeting date and text. */
  actions: ActionEntry[];
}

/** Builds the register; `partyName` names a RACI party in the UI language. */
export function buildRegister(records: RegisterRecords, partyName: (party: Party) => string): Register {
  const meetings = new Map(records.meetings.map((meeting) => [meeting.id, meeting]));
  const people = new Map(records.people.map((person) => [person.id, person]));
  const decisions = new Map(records.decisions.map((decision) => [decision.id, decision]));
  const successors = new Map<Id, DecisionLink>();
  for (const decision of records.decisions) {
    if (decision.supersedesId !== undefined)
      successors.set(decision.supersedesId, { id: decision.id, number: decision.number });
  }
  const lookups = {
    meeting: (id: Id) => meetings.get(id),
    personName: (id: Id) => people.get(id)?.name,
    partyName,
    decisionNumber: (id: Id) => decisions.get(id)?.number,
  };
  const owner = (id: Id | undefined) => (id === undefined ? undefined : people.get(id));
  const cascade = new Map<Id, CascadeResponse[]>();
  for (const response of records.cascadeResponses ?? []) {
    if (response.deletedAt !== undefined) continue;
    const rows = cascade.get(response.decisionId);
    if (rows) rows.push(response);
    else cascade.set(response.decisionId, [response]);
  }

  const decisionEntries = records.decisions.map((decision): DecisionEntry => {
    const row = decisionRow(decision, lookups);
    const person = owner(decision.accountablePersonId);
    const predecessor =
      decision.supersedesId === undefined ? undefined : decisions.get(decision.supersedesId);
    return {
      row,
      meetingId: decision.meetingId,
      meetingDate: row.meetingDate,
      ownerId: person?.id,
      departmentId: person?.departmentId,
      orgUnit: person?.orgUnit,
      scope: decision.scope,
      successor: successors.get(decision.id),
      predecessor: predecessor && { id: predecessor.id, number: predecessor.number },
      cascade: (cascade.get(decision.id) ?? []).sort((a, b) => compare(a.unit, b.unit)),
      search: foldForSearch(
        [
          formatNumber(row.number),
          row.statement,
          decision.rationale,
          decision.alternatives,
          row.meetingTitle,
          row.accountable ?? '',
          ...row.scope,
        ].join('\n'),
      ),
    };
  });

  const carriedOn = new Set(records.actions.flatMap((item) => item.carriedFromId ?? []));
  const latest = records.actions.filter((item) => !carriedOn.has(item.id));
  const actionEntries = latest.map((item): ActionEntry => {
    const row = actionRow(item, lookups);
    const person = owner(item.ownerPersonId);
    const decision = item.decisionId === undefined ? undefined : decisions.get(item.decisionId);
    return {
      row,
      meetingId: item.meetingId,
      meetingDate: row.meetingDate,
      ownerId: person?.id,
      departmentId: person?.departmentId,
      orgUnit: person?.orgUnit,
      scope: decision?.scope,
      decisionId: decision?.id,
      search: foldForSearch(
        [
          row.what,
          row.owner ?? '',
          row.meetingTitle,
          row.decisionNumber === undefined ? '' : formatNumber(row.decisionNumber),
        ].join('\n'),
      ),
    };
  });

  return {
    decisions: decisionEntries.sort((a, b) => b.row.number - a.row.number),
    actions: actionEntries.sort(compareActions),
  };
}

/** Plain code-unit order: ISO dates sort right, and it is much faster than `localeCompare` on thousands of rows. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareActions(a: ActionEntry, b: ActionEntry): number {
  return (
    compare(a.row.dueDate ?? '\uffff', b.row.dueDate ?? '\uffff') ||
    compare(a.meetingDate, b.meetingDate) ||
    compare(a.row.what, b.row.what)
  );
}

/** True when an action item is still open and its due date has passed (`today` is the local date). */
export function isOverdue(row: Pick<ActionItemRow, 'status' | 'dueDate'>, today: CalendarDate): boolean {
  return row.status === 'open' && row.dueDate !== undefined && row.dueDate < today;
}
