/**
 * Rules of the decision register (docs/product.md success factor 4): checking a draft, the workspace-wide
 * numbers (D-1, D-2, … never reused), the status transitions proposed → decided → superseded /
 * revoked, and the sign-off of both sides. A decision counts as decided only with an accountable
 * owner and without an objection nobody confirmed. Pure functions: the clock and the id source are
 * parameters, and history is kept (nothing here deletes a decision).
 */
import { LIMITS } from './limits';
import { isCalendarDate } from './calendar';
import { cleanLine } from './text';
import {
  checkRevisitIf,
  needsReopenReason,
  reopenReason,
  type ReopenDraft,
  type ReopenRefusal,
} from './reopen-gate';
import type {
  CalendarDate,
  Decision,
  DecisionMethod,
  DecisionStatus,
  Id,
  Party,
  Stance,
  Timestamp,
} from './types';

/** The longest statement the register accepts. */
export const MAX_STATEMENT_LENGTH = LIMITS.decision.statement;
/** The longest rationale or list of alternatives the register accepts. */
export const MAX_DECISION_TEXT_LENGTH = LIMITS.decision.text;
/** The longest name of one scope tag (a region or unit). */
export const MAX_SCOPE_TAG_LENGTH = LIMITS.decision.scopeTag;

export const DECISION_METHODS: readonly DecisionMethod[] = [
  'consensus',
  'consent',
  'majority',
  'vote',
  'delegated',
  'management-call',
];
export const STANCES: readonly Stance[] = ['agree', 'agree-with-reservations', 'object'];

/** The two sides that sign off a decision. */
export type Side = 'marketing' | 'sales';
export const SIDES: readonly Side[] = ['marketing', 'sales'];

/** What the record and edit forms collect. Empty strings mean "not given". */
export interface DecisionDraft {
  statement: string;
  rationale: string;
  alternatives: string;
  method: DecisionMethod;
  accountablePersonId: Id | '';
  responsible: Party[];
  consulted: Party[];
  informed: Party[];
  /** As typed: units or regions separated by commas; empty means global. */
  scope: string;
  dueDate: string;
  reviewDate: string;
  settlesConflictIds: Id[];
  supersedesId: Id | '';
  agendaItemId: Id | '';
  stanceMarketing: Stance | '';
  stanceSales: Stance | '';
  /** "Revisit if …" conditions, one a line; left out, a stored decision keeps its own. */
  revisitIf?: string[];
  /** Why the decided decision it supersedes is reopened (the reopen gate). */
  reopen?: ReopenDraft;
}

/** Why a draft was refused; the UI translates each code. */
export type DecisionFieldError =
  | { field: 'statement'; code: 'statement-empty' | 'statement-too-long' }
  | { field: 'rationale'; code: 'text-too-long' }
  | { field: 'alternatives'; code: 'text-too-long' }
  | { field: 'accountable'; code: 'owner-unknown' | 'owner-required' }
  | { field: 'scope'; code: 'scope-too-long' | 'scope-too-many' }
  | { field: 'links'; code: 'links-too-many' | 'settles-too-many' }
  | { field: 'dueDate'; code: 'date-invalid' }
  | { field: 'reviewDate'; code: 'date-invalid' }
  | { field: 'revisitIf'; code: 'condition-too-long' | 'conditions-too-many' };

/** The cleaned values of an accepted draft. */
export interface CheckedDecision {
  statement: string;
  rationale: string;
  alternatives: string;
  method: DecisionMethod;
  accountablePersonId?: Id;
  responsible: Party[];
  consulted: Party[];
  informed: Party[];
  scope: string[];
  dueDate?: CalendarDate;
  reviewDate?: CalendarDate;
  settlesConflictIds: Id[];
  supersedesId?: Id;
  agendaItemId?: Id;
  stanceMarketing?: Stance;
  stanceSales?: Stance;
  revisitIf?: string[];
}

export type DecisionCheck =
  { ok: true; value: CheckedDecision } | { ok: false; errors: DecisionFieldError[] };

/** Splits the scope as typed into its tags, without blanks or repeats; no tags means global. */
export function parseScope(text: string): string[] {
  const tags = text
    .split(/[,;\n]/)
    .map(cleanLine)
    .filter(Boolean);
  return [...new Set(tags)];
}

/**
 * Checks every field of a draft and reports all problems at once. `personIds` are the people an
 * owner may be; `deciding` says the decision is (or stays) decided, which needs an owner.
 */
export function checkDecisionDraft(
  draft: DecisionDraft,
  context: { personIds: ReadonlySet<Id>; deciding?: boolean },
): DecisionCheck {
  const errors: DecisionFieldError[] = [];
  const statement = draft.statement.trim();
  const rationale = draft.rationale.trim();
  const alternatives = draft.alternatives.trim();
  const scope = parseScope(draft.scope);
  if (statement === '') errors.push({ field: 'statement', code: 'statement-empty' });
  else if (statement.length > MAX_STATEMENT_LENGTH)
    errors.push({ field: 'statement', code: 'statement-too-long' });
  if (rationale.length > MAX_DECISION_TEXT_LENGTH) errors.push({ field: 'rationale', code: 'text-too-long' });
  if (alternatives.length > MAX_DECISION_TEXT_LENGTH)
    errors.push({ field: 'alternatives', code: 'text-too-long' });
  if (draft.accountablePersonId !== '' && !context.personIds.has(draft.accountablePersonId))
    errors.push({ field: 'accountable', code: 'owner-unknown' });
  else if (draft.accountablePersonId === '' && context.deciding)
    errors.push({ field: 'accountable', code: 'owner-required' });
  if (scope.some((tag) => tag.length > MAX_SCOPE_TAG_LENGTH))
    errors.push({ field: 'scope', code: 'scope-too-long' });
  else if (scope.length > LIMITS.decision.scopeTags) errors.push({ field: 'scope', code: 'scope-too-many' });
  const parties = [draft.responsible, draft.consulted, draft.informed];
  if (parties.some((list) => list.length > LIMITS.decision.parties))
    errors.push({ field: 'links', code: 'links-too-many' });
  else if (new Set(draft.settlesConflictIds).size > LIMITS.decision.settlesConflictIds)
    errors.push({ field: 'links', code: 'settles-too-many' });
  if (draft.dueDate !== '' && !isCalendarDate(draft.dueDate))
    errors.push({ field: 'dueDate', code: 'date-invalid' });
  if (draft.reviewDate !== '' && !isCalendarDate(draft.reviewDate))
    errors.push({ field: 'reviewDate', code: 'date-invalid' });
  const revisitIf = draft.revisitIf === undefined ? undefined : checkRevisitIf(draft.revisitIf);
  if (revisitIf && !revisitIf.ok) errors.push({ field: 'revisitIf', code: revisitIf.error.code });
  if (errors.length > 0) return { ok: false, errors };
  const value = cleaned(draft, { statement, rationale, alternatives, scope });
  if (revisitIf?.ok) value.revisitIf = revisitIf.value;
  return { ok: true, value };
}

function cleaned(
  draft: DecisionDraft,
  texts: Pick<CheckedDecision, 'statement' | 'rationale' | 'alternatives' | 'scope'>,
): CheckedDecision {
  const value: CheckedDecision = {
    ...texts,
    method: draft.method,
    responsible: [...draft.responsible],
    consulted: [...draft.consulted],
    informed: [...draft.informed],
    settlesConflictIds: [...new Set(draft.settlesConflictIds)],
  };
  if (draft.accountablePersonId !== '') value.accountablePersonId = draft.accountablePersonId;
  if (draft.dueDate !== '') value.dueDate = draft.dueDate;
  if (draft.reviewDate !== '') value.reviewDate = draft.reviewDate;
  if (draft.supersedesId !== '') value.supersedesId = draft.supersedesId;
  if (draft.agendaItemId !== '') value.agendaItemId = draft.agendaItemId;
  if (draft.stanceMarketing !== '') value.stanceMarketing = draft.stanceMarketing;
  if (draft.stanceSales !== '') value.stanceSales = draft.stanceSales;
  return value;
}

/**
 * The next register number after `existing`: one more than the highest, so none is ever reused;
 * `undefined` once the highest is the last number of the range every file may hold.
 */
export function nextDecisionNumber(existing: Iterable<number>): number | undefined {
  let highest = 0;
  for (const number of existing) highest = Math.max(highest, number);
  return highest < LIMITS.decision.number.max ? highest + 1 : undefined;
}

/** The register number as people read and cite it: `D-17`. */
export function formatNumber(number: number): string {
  return `D-${number}`;
}

/** The sides whose recorded stance is an objection. */
export function objectingSides(decision: Pick<Decision, 'stanceMarketing' | 'stanceSales'>): Side[] {
  return SIDES.filter((side) => stanceOf(decision, side) === 'object');
}

export function stanceOf(
  decision: Pick<Decision, 'stanceMarketing' | 'stanceSales'>,
  side: Side,
): Stance | undefined {
  return side === 'marketing' ? decision.stanceMarketing : decision.stanceSales;
}

/**
 * A new decision with its register number. It is recorded as decided when it can count as one
 * (an accountable owner and no objection); otherwise as proposed, to be marked decided later.
 */
export function newDecision(
  meetingId: Id,
  checked: CheckedDecision,
  number: number,
  context: { now: Timestamp; newId: () => Id },
): Decision {
  const decision: Decision = {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    number,
    status: 'proposed',
    revisitIf: [],
    ...checked,
  };
  return { ...decision, status: whyNotDecided(decision) === undefined ? 'decided' : 'proposed' };
}

/**
 * A stored decision with the fields of an edited draft. Its number, status, stances and what it
 * supersedes stay as they are: those change only through their own transitions.
 */
export function reviseDecision(decision: Decision, checked: CheckedDecision, now: Timestamp): Decision {
  const {
    accountablePersonId: _owner,
    dueDate: _due,
    reviewDate: _review,
    agendaItemId: _item,
    supersedesId,
    stanceMarketing,
    stanceSales,
    ...kept
  } = decision;
  const {
    supersedesId: _newSupersedes,
    stanceMarketing: _newMarketing,
    stanceSales: _newSales,
    ...fields
  } = checked;
  const revised: Decision = { ...kept, ...fields, updatedAt: now };
  if (supersedesId !== undefined) revised.supersedesId = supersedesId;
  if (stanceMarketing !== undefined) revised.stanceMarketing = stanceMarketing;
  if (stanceSales !== undefined) revised.stanceSales = stanceSales;
  return revised;
}

/**
 * Whether the decision is still open to edits (its fields, such as its method): proposed or decided.
 * A superseded or revoked decision is history and stays as it was.
 */
export function isOpen(decision: Pick<Decision, 'status'>): boolean {
  return decision.status === 'proposed' || decision.status === 'decided';
}

/** Why a transition or a sign-off was refused; the UI translates each code. */
export type DecisionRefusal =
  | { code: 'owner-missing' }
  | { code: 'objection-unconfirmed'; sides: Side[] }
  | { code: 'objection-note-missing'; sides: Side[] }
  | { code: 'not-allowed'; from: DecisionStatus; to: DecisionStatus }
  | { code: 'stances-locked'; status: DecisionStatus }
  | { code: 'supersede-invalid' }
  | { code: 'register-full' }
  | ReopenRefusal;

export type Transition = { ok: true; value: Decision } | { ok: false; refusal: DecisionRefusal };

/** The confirmation that marks a decision decided although a side objects. */
export interface ObjectionOverride {
  /** The sides the facilitator confirmed by name; must include every objecting side. */
  confirmedSides: readonly Side[];
  /** Why the decision stands despite the objection; recorded in the rationale. */
  note: string;
  /** The translated line that introduces the note in the rationale, e.g. "Decided despite …:". */
  heading?: string;
}

function whyNotDecided(decision: Decision, override?: ObjectionOverride): DecisionRefusal | undefined {
  if (decision.accountablePersonId === undefined) return { code: 'owner-missing' };
  const sides = objectingSides(decision);
  if (sides.length === 0) return undefined;
  if (!override || !sides.every((side) => override.confirmedSides.includes(side)))
    return { code: 'objection-unconfirmed', sides };
  if (override.note.trim() === '') return { code: 'objection-note-missing', sides };
  return undefined;
}

/**
 * Marks a proposed decision decided. Refused without an accountable owner, and refused when a side
 * objects unless the facilitator confirmed that side by name and recorded why.
 */
export function decide(decision: Decision, now: Timestamp, override?: ObjectionOverride): Transition {
  if (decision.status !== 'proposed')
    return { ok: false, refusal: { code: 'not-allowed', from: decision.status, to: 'decided' } };
  const refusal = whyNotDecided(decision, override);
  if (refusal) return { ok: false, refusal };
  let rationale = decision.rationale;
  if (override && objectingSides(decision).length > 0) {
    const line = [override.heading, override.note.trim()].filter(Boolean).join(' ');
    rationale = [rationale, line].filter(Boolean).join('\n\n');
  }
  return { ok: true, value: { ...decision, rationale, status: 'decided', updatedAt: now } };
}

/**
 * Revokes a proposed or decided decision; it keeps its number and stays in the register. A decided
 * one passes the reopen gate: the condition that was met or the new fact must be named, in `reopen`,
 * and is stored with the meeting (`meetingId`) where it was revoked.
 */
export function revoke(
  decision: Decision,
  now: Timestamp,
  reopen?: { draft: ReopenDraft; meetingId: Id },
): Transition {
  if (decision.status !== 'proposed' && decision.status !== 'decided')
    return { ok: false, refusal: { code: 'not-allowed', from: decision.status, to: 'revoked' } };
  if (!needsReopenReason(decision))
    return { ok: true, value: { ...decision, status: 'revoked', updatedAt: now } };
  const reason = reopenReason(decision, reopen?.draft, {
    meetingId: reopen?.meetingId ?? decision.meetingId,
    now,
  });
  if (!reason.ok) return reason;
  return {
    ok: true,
    value: { ...decision, status: 'revoked', reopenedBecause: reason.value, updatedAt: now },
  };
}

/**
 * Marks `old` superseded by `by`. Only a decided decision of another meeting can be superseded,
 * and a decision never supersedes itself. The reopen gate: the condition that was met or the new
 * fact (`reopen`) is required and stored on `old`, with the meeting of `by`.
 */
export function supersede(
  old: Decision,
  by: Pick<Decision, 'id' | 'meetingId'>,
  now: Timestamp,
  reopen?: ReopenDraft,
): Transition {
  if (old.id === by.id || old.meetingId === by.meetingId || old.status !== 'decided')
    return { ok: false, refusal: { code: 'supersede-invalid' } };
  const reason = reopenReason(old, reopen, { meetingId: by.meetingId, now });
  if (!reason.ok) return reason;
  return { ok: true, value: { ...old, status: 'superseded', reopenedBecause: reason.value, updatedAt: now } };
}

/**
 * Records the stances of both sides. Only a proposed decision takes stances: once decided, the
 * sign-off it was decided on is history, and a later change of mind is a new decision.
 */
export function recordStances(
  decision: Decision,
  stances: { marketing: Stance | ''; sales: Stance | '' },
  now: Timestamp,
): Transition {
  if (decision.status !== 'proposed')
    return { ok: false, refusal: { code: 'stances-locked', status: decision.status } };
  const { stanceMarketing: _marketing, stanceSales: _sales, ...rest } = decision;
  const value: Decision = { ...rest, updatedAt: now };
  if (stances.marketing !== '') value.stanceMarketing = stances.marketing;
  if (stances.sales !== '') value.stanceSales = stances.sales;
  return { ok: true, value };
}
