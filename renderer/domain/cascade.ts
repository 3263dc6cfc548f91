/**
 * Cascade to local units (issue 17): a decided decision whose scope names organisation units asks
 * each unit for a response — adopt, adapt (how) or object (why) — with a named owner and a due date.
 *
 * When rows exist: one `CascadeResponse` per decision and unit, created when the decision is
 * decided (recorded as decided, or decided later) and kept in step with its scope whenever a
 * decided decision is edited. A unit that leaves the scope has its row soft-deleted (its answer is
 * kept, and comes back if the unit is named again); a proposed, superseded or revoked decision's
 * rows are left as they are. Planning is idempotent: planning again over its own result changes
 * nothing. Units are matched ignoring case and accents, as the register's scope filter does.
 *
 * The owner suggested for a new row is the first person (by name) whose organisation unit is the
 * unit; the due date is the decision's due date when it is still ahead, else four weeks from the day
 * it was decided. A row is overdue when it has no response and its due date has passed.
 */
import { addDays, isCalendarDate } from './calendar';
import { LIMITS } from './limits';
import { foldForSearch } from './text';
import type {
  CalendarDate,
  CascadeResponse,
  CascadeResponseKind,
  Decision,
  Id,
  Person,
  Timestamp,
} from './types';

export const CASCADE_KINDS: readonly CascadeResponseKind[] = ['adopt', 'adapt', 'object'];
/** Days a unit has to respond when the decision names no due date still ahead. */
export const CASCADE_DEFAULT_DAYS = 28;

/** The same unit, however it is written ("sales iberia", "Sales Ibéria"). */
export const unitKey = (unit: string): string => foldForSearch(unit.trim());

/** The units a decision asks, once each in the order named; none unless it is decided. */
export function cascadeUnitsOf(decision: Pick<Decision, 'status' | 'scope'>): string[] {
  if (decision.status !== 'decided') return [];
  const seen = new Set<string>();
  const units: string[] = [];
  for (const raw of decision.scope) {
    const unit = raw.trim();
    const key = unitKey(unit);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    units.push(unit);
  }
  return units;
}

/** The person suggested to answer for `unit`: the first by name whose organisation unit it is. */
export function suggestOwner(unit: string, people: readonly Person[]): Person | undefined {
  const key = unitKey(unit);
  return people
    .filter((person) => !person.archived && person.deletedAt === undefined && unitKey(person.orgUnit) === key)
    .sort((a, b) => a.name.localeCompare(b.name))[0];
}

/** The due date of a new row: the decision's own when still ahead, else four weeks from `today`. */
export function cascadeDueDate(decision: Pick<Decision, 'dueDate'>, today: CalendarDate): CalendarDate {
  return decision.dueDate !== undefined && decision.dueDate >= today
    ? decision.dueDate
    : addDays(today, CASCADE_DEFAULT_DAYS);
}

export interface CascadeContext {
  now: Timestamp;
  today: CalendarDate;
  newId: () => Id;
}

/**
 * The rows to write so that `decision`'s responses match its scope: new rows for new units, a
 * soft-deleted row brought back when its unit is named again, rows of units no longer named
 * soft-deleted. `existing`: every stored row of the decision, deleted ones too. Empty when nothing
 * changes (and always for a decision that is not decided).
 */
export function planCascade(
  decision: Decision,
  existing: readonly CascadeResponse[],
  people: readonly Person[],
  context: CascadeContext,
): CascadeResponse[] {
  if (decision.status !== 'decided') return [];
  const units = cascadeUnitsOf(decision);
  const wanted = new Set(units.map(unitKey));
  const byKey = new Map(existing.map((row) => [unitKey(row.unit), row]));
  const writes: CascadeResponse[] = [];
  for (const unit of units) {
    const row = byKey.get(unitKey(unit));
    if (row === undefined) {
      writes.push({
        id: context.newId(),
        createdAt: context.now,
        updatedAt: context.now,
        decisionId: decision.id,
        unit,
        ownerPersonId: suggestOwner(unit, people)?.id,
        dueDate: cascadeDueDate(decision, context.today),
        explanation: '',
      });
    } else if (row.deletedAt !== undefined) {
      const { deletedAt: _deleted, ...kept } = row;
      writes.push({ ...kept, updatedAt: context.now });
    }
  }
  for (const row of existing) {
    if (row.deletedAt === undefined && !wanted.has(unitKey(row.unit)))
      writes.push({ ...row, deletedAt: context.now, updatedAt: context.now });
  }
  return writes;
}

/** True while the unit has not answered. */
export const isAwaiting = (row: Pick<CascadeResponse, 'response'>): boolean => row.response === undefined;

/** True when the unit has not answered and its due date has passed (`today`: the local date). */
export function isCascadeOverdue(
  row: Pick<CascadeResponse, 'response' | 'dueDate'>,
  today: CalendarDate,
): boolean {
  return row.response === undefined && row.dueDate !== undefined && row.dueDate < today;
}

/** Where a decision's cascade stands: "3 of 5 adopted, 1 adapted, 1 objection, 1 overdue". */
export interface CascadeState {
  total: number;
  adopted: number;
  adapted: number;
  objected: number;
  awaiting: number;
  overdue: number;
}

/** The state of one decision's live rows on `today`. */
export function cascadeStateOf(rows: readonly CascadeResponse[], today: CalendarDate): CascadeState {
  const state: CascadeState = { total: 0, adopted: 0, adapted: 0, objected: 0, awaiting: 0, overdue: 0 };
  for (const row of rows) {
    if (row.deletedAt !== undefined) continue;
    state.total += 1;
    if (row.response === 'adopt') state.adopted += 1;
    else if (row.response === 'adapt') state.adapted += 1;
    else if (row.response === 'object') state.objected += 1;
    else {
      state.awaiting += 1;
      if (isCascadeOverdue(row, today)) state.overdue += 1;
    }
  }
  return state;
}

/** A unit's answer as a form, the register or a response file gives it. */
export interface CascadeAnswerDraft {
  response: CascadeResponseKind | '';
  /** How the unit adapts it, or why it objects; ignored for an adoption. */
  explanation: string;
  ownerPersonId?: Id;
  dueDate?: CalendarDate | '';
}

export type CascadeAnswerError =
  | { field: 'response'; code: 'required' }
  | { field: 'explanation'; code: 'required' | 'too-long' }
  | { field: 'ownerPersonId'; code: 'unknown' }
  | { field: 'dueDate'; code: 'invalid' };

export type CascadeAnswerCheck =
  | { ok: true; value: Required<Pick<CascadeAnswerDraft, 'explanation'>> & CascadeAnswerDraft }
  | { ok: false; errors: CascadeAnswerError[] };

/**
 * Checks an answer: a response may be left open only to change owner or due date; adapting says
 * how and objecting says why (not empty, within the limit); the owner must be a known person.
 */
export function checkCascadeAnswer(
  draft: CascadeAnswerDraft,
  known: { personIds: ReadonlySet<Id> },
): CascadeAnswerCheck {
  const errors: CascadeAnswerError[] = [];
  const explanation = draft.response === 'adopt' || draft.response === '' ? '' : draft.explanation.trim();
  if ((draft.response === 'adapt' || draft.response === 'object') && explanation === '')
    errors.push({ field: 'explanation', code: 'required' });
  if (explanation.length > LIMITS.cascade.explanation)
    errors.push({ field: 'explanation', code: 'too-long' });
  if (
    draft.ownerPersonId !== undefined &&
    draft.ownerPersonId !== '' &&
    !known.personIds.has(draft.ownerPersonId)
  )
    errors.push({ field: 'ownerPersonId', code: 'unknown' });
  if (draft.dueDate !== undefined && draft.dueDate !== '' && !isCalendarDate(draft.dueDate))
    errors.push({ field: 'dueDate', code: 'invalid' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...draft, explanation } };
}

export type CascadeSource = NonNullable<CascadeResponse['source']>;

/** The row with a checked answer recorded (or cleared, when the response is left open). */
export function answerCascade(
  row: CascadeResponse,
  checked: CascadeAnswerDraft,
  how: { now: Timestamp; source: CascadeSource; meetingId?: Id },
): CascadeResponse {
  const {
    response: _response,
    respondedAt: _respondedAt,
    source: _source,
    meetingId: _meetingId,
    ownerPersonId: _owner,
    dueDate: _due,
    ...rest
  } = row;
  const next: CascadeResponse = { ...rest, explanation: checked.explanation, updatedAt: how.now };
  const owner = checked.ownerPersonId === undefined ? row.ownerPersonId : checked.ownerPersonId || undefined;
  if (owner !== undefined) next.ownerPersonId = owner;
  const due = checked.dueDate === undefined ? row.dueDate : checked.dueDate || undefined;
  if (due !== undefined) next.dueDate = due;
  if (checked.response === '') return next;
  const same = row.response === checked.response && row.explanation === checked.explanation;
  next.response = checked.response;
  next.respondedAt = same && row.respondedAt !== undefined ? row.respondedAt : how.now;
  next.source = same && row.source !== undefined ? row.source : how.source;
  const meetingId = same ? row.meetingId : how.meetingId;
  if (meetingId !== undefined) next.meetingId = meetingId;
  return next;
}

/** One decision as a unit's response file lists it (domain/cascade-file.ts). */
export interface UnitFileDecision {
  decision: Pick<Decision, 'id' | 'number' | 'statement' | 'rationale'>;
  row: CascadeResponse;
  ownerName?: string;
}

/** The entries of a unit's file: its live rows whose decision is (still) decided. */
export function unitFileEntries(
  unit: string,
  rows: readonly CascadeResponse[],
  decisions: ReadonlyMap<Id, Decision>,
  ownerName: (id: Id | undefined) => string | undefined,
): UnitFileDecision[] {
  const key = unitKey(unit);
  return rows.flatMap((row) => {
    const decision = decisions.get(row.decisionId);
    if (row.deletedAt !== undefined || unitKey(row.unit) !== key) return [];
    if (!decision || decision.status !== 'decided' || decision.deletedAt !== undefined) return [];
    return [{ decision, row, ownerName: ownerName(row.ownerPersonId) }];
  });
}
