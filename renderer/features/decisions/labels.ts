/**
 * How the Decision register shows stored values and refusals: party and side names in the user's
 * language, field errors and refusals as messages, and the form values of a stored decision.
 */
import {
  MAX_DECISION_TEXT_LENGTH,
  MAX_SCOPE_TAG_LENGTH,
  MAX_STATEMENT_LENGTH,
  formatNumber,
  type DecisionDraft,
  type DecisionFieldError,
  type DecisionRefusal,
  type Side,
} from '../../domain/decisions';
import { LIMITS } from '../../domain/limits';
import type { Decision, DepartmentId, Id, Party } from '../../domain/types';
import type { Translate } from '../../i18n/react';

export type DecisionMessages = Partial<Record<DecisionFieldError['field'], string>>;

const MAX: Record<DecisionFieldError['code'], number> = {
  'statement-empty': 0,
  'statement-too-long': MAX_STATEMENT_LENGTH,
  'text-too-long': MAX_DECISION_TEXT_LENGTH,
  'owner-unknown': 0,
  'owner-required': 0,
  'scope-too-long': MAX_SCOPE_TAG_LENGTH,
  'scope-too-many': LIMITS.decision.scopeTags,
  'links-too-many': LIMITS.decision.parties,
  'settles-too-many': LIMITS.decision.settlesConflictIds,
  'date-invalid': 0,
  'condition-too-long': LIMITS.decisionGate.condition,
  'conditions-too-many': LIMITS.decisionGate.conditions,
};

export function decisionMessages(t: Translate, errors: readonly DecisionFieldError[]): DecisionMessages {
  const messages: DecisionMessages = {};
  for (const error of errors) {
    messages[error.field] ??= t(`decisions.error.${error.code}`, { max: MAX[error.code] });
  }
  return messages;
}

/** Names the sides, e.g. "Sales" or "Marketing and Sales". */
export function sidesText(
  t: Translate,
  nameOf: (id: DepartmentId) => string,
  sides: readonly Side[],
): string {
  const [first, second] = sides.map(nameOf);
  return second === undefined ? (first ?? '') : t('decisions.sides.both', { first: first ?? '', second });
}

/** The messages about objecting sides whose verb agrees with one side ("objects") or two ("object"). */
export type ObjectionMessage =
  | 'decisions.objection.title'
  | 'decisions.objection.unconfirmed'
  | 'decisions.savedProposed.objection'
  | 'decisions.refusal.objection-unconfirmed';

/** An objection message naming `sides`, its verb in the singular for one side and the plural for two. */
export function objectionMessage(
  t: Translate,
  nameOf: (id: DepartmentId) => string,
  key: ObjectionMessage,
  sides: readonly Side[],
  number: string,
): string {
  const form = sides.length === 1 ? 'one' : 'other';
  return t(`${key}.${form}`, { number, sides: sidesText(t, nameOf, sides) });
}

/** A refused transition as a message naming the decision. */
export function refusalMessage(
  t: Translate,
  nameOf: (id: DepartmentId) => string,
  decision: Pick<Decision, 'number'>,
  refusal: DecisionRefusal,
): string {
  const number = formatNumber(decision.number);
  switch (refusal.code) {
    case 'objection-unconfirmed':
      return objectionMessage(t, nameOf, 'decisions.refusal.objection-unconfirmed', refusal.sides, number);
    case 'objection-note-missing':
      return t(`decisions.refusal.${refusal.code}`, { number, sides: sidesText(t, nameOf, refusal.sides) });
    case 'owner-missing':
    case 'not-allowed':
    case 'stances-locked':
    case 'supersede-invalid':
    case 'register-full':
    case 'reopen-reason-missing':
    case 'reopen-condition-unknown':
      return t(`decisions.refusal.${refusal.code}`, { number });
    case 'reopen-reason-too-long':
      return t('decisions.refusal.reopen-reason-too-long', { max: refusal.max });
  }
}

/** A stable key of a party, also the value of its option in the picker. */
export function partyKey(party: Party): string {
  switch (party.kind) {
    case 'person':
      return `person:${party.personId}`;
    case 'department':
      return `department:${party.departmentId}`;
    case 'org-unit':
      return `org-unit:${party.name}`;
  }
}

/** The party a picker option stands for. */
export function partyOfKey(key: string): Party | undefined {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (colon < 0 || rest === '') return undefined;
  if (kind === 'person') return { kind, personId: rest };
  if (kind === 'department') return { kind, departmentId: rest };
  if (kind === 'org-unit') return { kind, name: rest };
  return undefined;
}

/** An empty record form; the agenda item defaults to the one running now. */
export function emptyDraft(agendaItemId: Id | undefined): DecisionDraft {
  return {
    statement: '',
    rationale: '',
    alternatives: '',
    method: 'consensus',
    accountablePersonId: '',
    responsible: [],
    consulted: [],
    informed: [],
    scope: '',
    dueDate: '',
    reviewDate: '',
    settlesConflictIds: [],
    supersedesId: '',
    agendaItemId: agendaItemId ?? '',
    stanceMarketing: '',
    stanceSales: '',
    revisitIf: [],
  };
}

/** The form values that show a stored decision for editing. */
export function draftOf(decision: Decision): DecisionDraft {
  return {
    statement: decision.statement,
    rationale: decision.rationale,
    alternatives: decision.alternatives,
    method: decision.method,
    accountablePersonId: decision.accountablePersonId ?? '',
    responsible: decision.responsible,
    consulted: decision.consulted,
    informed: decision.informed,
    scope: decision.scope.join(', '),
    dueDate: decision.dueDate ?? '',
    reviewDate: decision.reviewDate ?? '',
    settlesConflictIds: decision.settlesConflictIds,
    supersedesId: decision.supersedesId ?? '',
    agendaItemId: decision.agendaItemId ?? '',
    stanceMarketing: decision.stanceMarketing ?? '',
    stanceSales: decision.stanceSales ?? '',
    revisitIf: decision.revisitIf,
  };
}
