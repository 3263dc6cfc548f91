/**
 * The rows the register exports (CSV and ICS) take: decisions and action items already joined
 * with their meeting and with names resolved, so the register screen can pass exactly the
 * filtered view it shows. Enumerations stay codes here; the exporters word them per language.
 * `decisionRow` and `actionRow` do the join from stored records.
 */
import type {
  ActionChannel,
  ActionItem,
  ActionStatus,
  CalendarDate,
  Decision,
  DecisionMethod,
  DecisionStatus,
  Id,
  Meeting,
  Party,
  Stance,
} from '../types';

/** One decision of the register, joined for export. */
export interface DecisionRegisterRow {
  id: Id;
  /** The register number, written `D-n`. */
  number: number;
  meetingTitle: string;
  meetingDate: CalendarDate;
  statement: string;
  method: DecisionMethod;
  status: DecisionStatus;
  /** The accountable owner's name. */
  accountable?: string;
  /** Names of the parties in each RACI role (people, departments or units). */
  responsible: string[];
  consulted: string[];
  informed: string[];
  /** Regions or units; empty means global. */
  scope: string[];
  dueDate?: CalendarDate;
  reviewDate?: CalendarDate;
  stanceMarketing?: Stance;
  stanceSales?: Stance;
  /** The register number of the decision this one supersedes. */
  supersedesNumber?: number;
  /** "Revisit if …" conditions (the reopen gate). */
  revisitIf?: string[];
  /** Why it was reopened: the condition met or the new fact. */
  reopenedBecause?: string;
}

/** One action item, joined for export. */
export interface ActionItemRow {
  id: Id;
  what: string;
  /** The owner's name. */
  owner?: string;
  dueDate?: CalendarDate;
  channel?: ActionChannel;
  status: ActionStatus;
  meetingTitle: string;
  meetingDate: CalendarDate;
  /** The register number of the decision the action carries out. */
  decisionNumber?: number;
}

/**
 * How the exporters' rows find what a record only refers to. The caller supplies these from the
 * records it has loaded; a party is named by the caller because built-in departments are
 * translated by the UI.
 */
export interface RowLookups {
  meeting: (meetingId: Id) => Pick<Meeting, 'title' | 'date'> | undefined;
  personName: (personId: Id) => string | undefined;
  partyName: (party: Party) => string;
  decisionNumber: (decisionId: Id) => number | undefined;
}

/** A decision joined for export. An unknown meeting or person leaves its cells empty. */
export function decisionRow(decision: Decision, lookups: RowLookups): DecisionRegisterRow {
  const meeting = lookups.meeting(decision.meetingId);
  const find = <T>(id: Id | undefined, lookup: (id: Id) => T | undefined): T | undefined =>
    id === undefined ? undefined : lookup(id);
  return {
    id: decision.id,
    number: decision.number,
    meetingTitle: meeting?.title ?? '',
    meetingDate: meeting?.date ?? '',
    statement: decision.statement,
    method: decision.method,
    status: decision.status,
    accountable: find(decision.accountablePersonId, lookups.personName),
    responsible: decision.responsible.map(lookups.partyName),
    consulted: decision.consulted.map(lookups.partyName),
    informed: decision.informed.map(lookups.partyName),
    scope: [...decision.scope],
    dueDate: decision.dueDate,
    reviewDate: decision.reviewDate,
    stanceMarketing: decision.stanceMarketing,
    stanceSales: decision.stanceSales,
    supersedesNumber: find(decision.supersedesId, lookups.decisionNumber),
    ...(decision.revisitIf.length > 0 && { revisitIf: [...decision.revisitIf] }),
    ...(decision.reopenedBecause && { reopenedBecause: decision.reopenedBecause.text }),
  };
}

/** An action item joined for export. An unknown meeting, owner or decision leaves its cells empty. */
export function actionRow(item: ActionItem, lookups: RowLookups): ActionItemRow {
  const meeting = lookups.meeting(item.meetingId);
  return {
    id: item.id,
    what: item.what,
    owner: item.ownerPersonId === undefined ? undefined : lookups.personName(item.ownerPersonId),
    dueDate: item.dueDate,
    channel: item.channel,
    status: item.status,
    meetingTitle: meeting?.title ?? '',
    meetingDate: meeting?.date ?? '',
    decisionNumber: item.decisionId === undefined ? undefined : lookups.decisionNumber(item.decisionId),
  };
}
